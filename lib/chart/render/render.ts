import type { Arg, BranchNode, Cmd, Node, ParsedTemplate, Pipe } from '../parse/template-ast';
import { parseTemplate } from '../parse/template-parse';
import { callFunction, type CallContext } from './functions';
import { Scope } from './scope';
import { BudgetExceeded, RENDER_LIMITS, sizeOf, WorkBudget } from './budget';
import { resultCost, upfrontCost } from './cost';
import { API_VERSIONS, type Mark, type RenderEnv, type RenderResult } from './render-types';
import { isMap, isUnknown, rangeItems, toText, truthy, UNKNOWN, type Value } from './value';

export { API_VERSIONS, type Mark, type RenderEnv, type RenderResult };

const MAX_DEPTH = 40;

class Stop extends Error {}
class LoopSignal {
  constructor(public readonly kind: 'break' | 'continue') {}
}

class Renderer implements CallContext {
  out = '';
  marks: Mark[] = [];
  incomplete = false;
  private steps = 0;
  readonly budget = new WorkBudget();
  private depth = 0;
  private captureDepth = 0;
  private reads: Set<string> | undefined;
  private readonly tplCache = new Map<string, ParsedTemplate>();

  constructor(private readonly env: RenderEnv) {}

  list(nodes: Node[], dot: Value, scope: Scope, file: string) {
    for (const node of nodes) this.node(node, dot, scope, file);
  }

  private tick() {
    if (++this.steps > RENDER_LIMITS.steps) throw new BudgetExceeded('steps', this.budget.built);
    if (this.out.length > RENDER_LIMITS.outputChars) throw new BudgetExceeded('output', this.budget.built);
  }

  private emit(text: string, file: string, line: number, isText: boolean) {
    if (!text) return;
    if (this.captureDepth === 0)
      this.marks.push({
        offset: this.out.length,
        file,
        line,
        isText,
        reads: isText ? undefined : this.reads,
      });
    this.out += text;
  }

  private node(node: Node, dot: Value, scope: Scope, file: string) {
    this.tick();
    switch (node.k) {
      case 'text':
        return this.emit(node.text, file, node.line, true);
      case 'action': {
        if (this.captureDepth === 0) this.reads = new Set();
        const v = this.pipe(node.pipe, dot, scope);
        if (node.pipe.decl.length > 0) return;
        // Printing a list or map builds text as large as the whole value.
        if (typeof v === 'object' && v !== null) this.budget.spend(sizeOf(v, this.budget.remaining));
        this.emit(toText(v), file, node.line, false);
        return;
      }
      case 'if':
      case 'with': {
        if (this.captureDepth === 0) this.reads = undefined;
        const inner = scope.child();
        const v = this.pipe(node.pipe, dot, inner);
        if (truthy(v)) this.list(node.list, node.k === 'with' ? v : dot, inner, file);
        else this.list(node.elseList, dot, inner, file);
        return;
      }
      case 'range':
        if (this.captureDepth === 0) this.reads = undefined;
        return this.range(node, dot, scope, file);
      case 'template': {
        const data = node.pipe ? this.pipe(node.pipe, dot, scope) : undefined;
        const def = this.env.defines.get(node.name);
        if (def) this.call(() => this.list(def.list, data, rootScope(data), def.file));
        return;
      }
      case 'break':
      case 'continue':
        throw new LoopSignal(node.k);
    }
  }

  private range(node: BranchNode, dot: Value, scope: Scope, file: string) {
    const v = this.pipe({ ...node.pipe, decl: [] }, dot, scope);
    const items = rangeItems(v);
    this.budget.spend(items.length);
    if (items.length === 0) return this.list(node.elseList, dot, scope.child(), file);
    for (const [key, item] of items) {
      const inner = scope.child();
      const [a, b] = node.pipe.decl;
      if (a && b) {
        inner.declare(a, key);
        inner.declare(b, item);
      } else if (a) inner.declare(a, item);
      try {
        this.list(node.list, item, inner, file);
      } catch (sig) {
        if (!(sig instanceof LoopSignal)) throw sig;
        if (sig.kind === 'break') break;
      }
    }
  }

  private call(run: () => void) {
    if (this.depth >= MAX_DEPTH) throw new Stop();
    this.depth++;
    try {
      run();
    } finally {
      this.depth--;
    }
  }

  private capture(run: () => void): string {
    const saved = this.out;
    this.out = '';
    this.captureDepth++;
    try {
      run();
      return this.out;
    } finally {
      this.captureDepth--;
      this.out = saved;
    }
  }

  include(name: string, data: Value): Value {
    const def = this.env.defines.get(name);
    if (!def) return UNKNOWN;
    let text = '';
    this.call(() => {
      text = this.capture(() => this.list(def.list, data, rootScope(data), def.file));
    });
    return text;
  }

  tpl(text: string, data: Value): Value {
    let parsed = this.tplCache.get(text);
    if (!parsed) {
      parsed = parseTemplate('tpl', text);
      this.tplCache.set(text, parsed);
    }
    if (parsed.errors.length) return UNKNOWN;
    const p = parsed;
    let result = '';
    this.call(() => {
      result = this.capture(() => this.list(p.root, data, rootScope(data), 'tpl'));
    });
    return result;
  }

  private pipe(pipe: Pipe, dot: Value, scope: Scope): Value {
    let prev: Value = undefined;
    pipe.cmds.forEach((cmd, i) => {
      prev = this.cmd(cmd, dot, scope, i > 0, prev);
    });
    pipe.decl.forEach((name) => (pipe.isAssign ? scope.assign(name, prev) : scope.declare(name, prev)));
    return prev;
  }

  private cmd(cmd: Cmd, dot: Value, scope: Scope, piped: boolean, prev: Value): Value {
    this.tick();
    const [head, ...rest] = cmd.args;
    if (!head) return UNKNOWN;
    if (head.k === 'ident') {
      const args = rest.map((a) => this.arg(a, dot, scope));
      if (piped) args.push(prev);
      this.budget.spend(upfrontCost(head.name, args, this.budget.remaining));
      const result = callFunction(head.name, args, this);
      this.budget.spend(resultCost(result));
      return result;
    }
    if (rest.length === 0 && !piped) return this.arg(head, dot, scope);
    if ((head.k === 'field' || head.k === 'var') && head.path.at(-1) === 'Has') {
      const recv = this.arg({ ...head, path: head.path.slice(0, -1) }, dot, scope);
      const arg = piped ? prev : rest[0] ? this.arg(rest[0], dot, scope) : undefined;
      if (recv === API_VERSIONS && typeof arg === 'string') return this.env.apiVersions.has(arg);
    }
    return UNKNOWN;
  }

  private arg(a: Arg, dot: Value, scope: Scope): Value {
    switch (a.k) {
      case 'str':
      case 'num':
      case 'bool':
        return a.v;
      case 'nil':
        return null;
      case 'ident': {
        const result = callFunction(a.name, [], this);
        this.budget.spend(resultCost(result));
        return result;
      }
      case 'field':
        return this.walk(dot, a.path);
      case 'var':
        return this.walk(scope.get(a.name), a.path);
      case 'pipe':
        return this.walk(this.pipe(a.pipe, dot, scope.child()), a.path);
    }
  }

  private walk(v: Value, path: string[]): Value {
    let cur = v;
    for (const key of path) {
      if (isUnknown(cur) || cur === API_VERSIONS) return UNKNOWN;
      if (!isMap(cur)) return undefined;
      const base = this.env.paths.get(cur);
      if (base !== undefined) this.reads?.add(base ? `${base}.${key}` : key);
      cur = cur[key];
    }
    return cur;
  }
}

function rootScope(dot: Value): Scope {
  const s = new Scope();
  s.declare('$', dot);
  return s;
}

/**
 * Renders a parsed template with the given top-level object (`.Values`, `.Chart`, `.Release`, …).
 * Throws BudgetExceeded when the template needs more work than RENDER_LIMITS allow.
 */
export function renderTemplate(parsed: ParsedTemplate, root: Value, env: RenderEnv): RenderResult {
  const r = new Renderer(env);
  try {
    r.list(parsed.root, root, rootScope(root), parsed.file);
  } catch (err) {
    if (err instanceof BudgetExceeded) throw err;
    // A string past the engine's maximum length is a budget case too.
    if (err instanceof RangeError) throw new BudgetExceeded('values', r.budget.built);
    r.incomplete = true;
  }
  return { output: r.out, marks: r.marks, incomplete: r.incomplete };
}
