/** The parsed form of a Go template, enough to check it and to evaluate the common Helm idioms. */
export type Arg =
  | { k: 'field'; path: string[] }
  | { k: 'var'; name: string; path: string[] }
  | { k: 'ident'; name: string }
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'nil' }
  | { k: 'pipe'; pipe: Pipe; path: string[] };

export interface Cmd {
  args: Arg[];
}

export interface Pipe {
  decl: string[];
  /** `=` re-assigns an existing variable; `:=` declares. */
  isAssign: boolean;
  cmds: Cmd[];
  line: number;
}

export type Node =
  | { k: 'text'; text: string; line: number }
  | { k: 'action'; pipe: Pipe; line: number }
  | { k: 'if' | 'with' | 'range'; pipe: Pipe; list: Node[]; elseList: Node[]; line: number }
  | { k: 'template'; name: string; pipe?: Pipe; line: number }
  | { k: 'break' | 'continue'; line: number };

export interface Define {
  name: string;
  list: Node[];
  file: string;
  line: number;
}

interface FunctionUse {
  name: string;
  line: number;
}

export interface ParsedTemplate {
  file: string;
  root: Node[];
  defines: Define[];
  /** Syntax errors (helm lint would fail on these). */
  errors: { line: number; message: string }[];
  /** Every function called, with its line (checked against the known function set). */
  functions: FunctionUse[];
  /** Every field chain read, e.g. ["Release","Service"], with its line. */
  fields: { path: string[]; line: number }[];
  /** Names passed to include/template, with their line. */
  includes: { name: string; line: number }[];
}

/** if / with / range: the nodes that have a body and an else branch. */
export type BranchNode = Extract<Node, { list: Node[] }>;
