import type { Arg, BranchNode, Define, Node, ParsedTemplate, Pipe } from './template-ast';
import { splitTemplate, type Token } from './template-lexer';

interface Frame {
  kind: 'root' | 'if' | 'with' | 'range' | 'define' | 'block';
  line: number;
  node?: BranchNode;
  /** Where new nodes go: the main list or the else list. */
  target: Node[];
  define?: Define;
  /** `else if` chains close with a single `end`: count the nested ifs opened by them. */
  chained: number;
}

class PipeParser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly line: number,
    private readonly out: ParsedTemplate,
  ) {}

  parsePipe(allowDecl: boolean): Pipe {
    const pipe: Pipe = { decl: [], isAssign: false, cmds: [], line: this.line };
    if (allowDecl) this.parseDecl(pipe);
    for (;;) {
      const args: Arg[] = [];
      while (this.i < this.toks.length && !this.isPunct('|') && !this.isPunct(')'))
        args.push(this.parseArg());
      if (args.length === 0)
        throw pipe.cmds.length ? 'missing command after "|"' : 'missing value for command';
      this.noteCall(args);
      pipe.cmds.push({ args });
      if (!this.isPunct('|')) break;
      this.i++;
    }
    return pipe;
  }

  done(): boolean {
    return this.i >= this.toks.length;
  }

  private parseDecl(pipe: Pipe) {
    const t = this.toks;
    let j = this.i;
    const names: string[] = [];
    while (t[j]?.t === 'var' && (t[j] as { path: string[] }).path.length === 0) {
      names.push((t[j] as { name: string }).name);
      if (t[j + 1]?.t === 'punct' && (t[j + 1] as { v: string }).v === ',') j += 2;
      else {
        j++;
        break;
      }
    }
    const op = t[j];
    if (names.length && op?.t === 'punct' && (op.v === ':=' || op.v === '=')) {
      pipe.decl = names;
      pipe.isAssign = op.v === '=';
      this.i = j + 1;
    }
  }

  private isPunct(v: string): boolean {
    const t = this.toks[this.i];
    return t?.t === 'punct' && t.v === v;
  }

  private noteCall(args: Arg[]) {
    args.forEach((a, n) => {
      if (a.k === 'ident') this.out.functions.push({ name: a.name, line: this.line });
      if (n === 0 && a.k === 'ident' && (a.name === 'include' || a.name === 'template')) {
        const first = args[1];
        if (first?.k === 'str') this.out.includes.push({ name: first.v, line: this.line });
      }
    });
  }

  private parseArg(): Arg {
    const tok = this.toks[this.i++];
    if (!tok) throw 'unexpected end of action';
    let arg: Arg;
    switch (tok.t) {
      case 'str':
        return { k: 'str', v: tok.v };
      case 'num':
        return { k: 'num', v: tok.v };
      case 'field':
        this.out.fields.push({ path: tok.path, line: this.line });
        return { k: 'field', path: tok.path };
      case 'var':
        if (tok.name === '$' && tok.path.length) this.out.fields.push({ path: tok.path, line: this.line });
        return { k: 'var', name: tok.name, path: tok.path };
      case 'ident':
        if (tok.v === 'true' || tok.v === 'false') return { k: 'bool', v: tok.v === 'true' };
        if (tok.v === 'nil') return { k: 'nil' };
        if (KEYWORDS.has(tok.v)) throw `unexpected keyword "${tok.v}" in operand`;
        return { k: 'ident', name: tok.v };
      case 'punct': {
        if (tok.v !== '(') throw `unexpected "${tok.v}" in operand`;
        const pipe = this.parsePipe(true);
        if (!this.isPunct(')')) throw 'unclosed left paren';
        this.i++;
        const next = this.toks[this.i];
        const path = next?.t === 'field' && next.glued && next.path.length ? (this.i++, next.path) : [];
        arg = { k: 'pipe', pipe, path };
        return arg;
      }
    }
  }
}

const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'block',
  'template',
  'break',
  'continue',
]);

export function parsePipeFrom(toks: Token[], line: number, out: ParsedTemplate, allowDecl: boolean): Pipe {
  const p = new PipeParser(toks, line, out);
  const pipe = p.parsePipe(allowDecl);
  if (!p.done()) throw 'unexpected ")" in command';
  return pipe;
}

export function emptyParsed(file: string): ParsedTemplate {
  return { file, root: [], defines: [], errors: [], functions: [], fields: [], includes: [] };
}

export type { Frame };
export { splitTemplate };
