import type { Define } from '../parse/template-ast';

/** Where a stretch of output came from: a text node (line counts on) or an action (with the values it read). */
export interface Mark {
  offset: number;
  file: string;
  line: number;
  isText: boolean;
  reads?: ReadonlySet<string>;
}

export interface RenderEnv {
  defines: ReadonlyMap<string, Define>;
  /** Path of every values (and .Chart) object, so reads through variables and dicts are traced. */
  paths: WeakMap<object, string>;
  apiVersions: ReadonlySet<string>;
}

export interface RenderResult {
  output: string;
  marks: Mark[];
  /** Recursion went too deep, or an unexpected construct stopped rendering. */
  incomplete: boolean;
}

/** Marks the APIVersions object so `.Capabilities.APIVersions.Has "x"` can be answered. */
export const API_VERSIONS = Object.freeze({ __apiVersions: true });
