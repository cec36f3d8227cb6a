import type { BranchNode, Node, ParsedTemplate } from './template-ast';
import { tokenize, type Token } from './template-lexer';
import { emptyParsed, parsePipeFrom, splitTemplate, type Frame } from './template-parser';

/**
 * Parses one Go template file into an AST, recording syntax errors with their line instead of
 * throwing: unbalanced delimiters, unclosed or extra `end`, misplaced `else`, malformed pipelines.
 */
export function parseTemplate(file: string, src: string): ParsedTemplate {
  const out = emptyParsed(file);
  const { segments, issues } = splitTemplate(src);
  out.errors.push(...issues);
  const stack: Frame[] = [{ kind: 'root', line: 1, target: out.root, chained: 0 }];
  const top = () => stack[stack.length - 1] as Frame;
  for (const seg of segments) {
    if (seg.kind === 'text') {
      top().target.push({ k: 'text', text: seg.text, line: seg.line });
      continue;
    }
    if (seg.isComment) continue;
    try {
      handleAction(tokenize(seg.body), seg.line, stack, out);
    } catch (err) {
      out.errors.push({ line: seg.line, message: typeof err === 'string' ? err : 'malformed action' });
    }
  }
  for (let i = stack.length - 1; i > 0; i--) {
    const f = stack[i] as Frame;
    out.errors.push({
      line: f.line,
      message: `unexpected EOF: {{${f.kind}}} opened on line ${f.line} has no matching {{end}}`,
    });
  }
  return out;
}

function handleAction(toks: Token[], line: number, stack: Frame[], out: ParsedTemplate) {
  const top = stack[stack.length - 1] as Frame;
  const head = toks[0];
  const kw = head?.t === 'ident' ? head.v : undefined;
  if (!head) throw 'missing value for command';
  const rest = toks.slice(1);
  switch (kw) {
    case 'if':
    case 'with':
    case 'range': {
      const node = {
        k: kw,
        pipe: parsePipeFrom(rest, line, out, kw !== 'if'),
        list: [],
        elseList: [],
        line,
      } as BranchNode;
      top.target.push(node);
      stack.push({ kind: kw, line, node, target: node.list, chained: 0 });
      return;
    }
    case 'else': {
      if (!top.node || top.target === top.node.elseList) throw 'unexpected {{else}}';
      top.target = top.node.elseList;
      const chainKw = rest[0]?.t === 'ident' ? rest[0].v : undefined;
      if (chainKw === 'if' || chainKw === 'with') {
        const node = {
          k: chainKw,
          pipe: parsePipeFrom(rest.slice(1), line, out, chainKw === 'with'),
          list: [],
          elseList: [],
          line,
        } as BranchNode;
        top.node.elseList.push(node);
        top.node = node;
        top.target = node.list;
      } else if (rest.length) throw 'unexpected tokens after {{else}}';
      return;
    }
    case 'end': {
      if (rest.length) throw 'unexpected tokens after {{end}}';
      if (stack.length === 1) throw 'unexpected {{end}}';
      const closed = stack.pop() as Frame;
      if (closed.define) out.defines.push(closed.define);
      return;
    }
    case 'define':
    case 'block': {
      const name = rest[0];
      if (name?.t !== 'str') throw `missing name in {{${kw}}}`;
      if (kw === 'define' && stack.length !== 1)
        throw 'unexpected {{define}}: define is only allowed at the top level';
      const define = { name: name.v, list: [] as Node[], file: out.file, line };
      if (kw === 'block') {
        const pipe = rest.length > 1 ? parsePipeFrom(rest.slice(1), line, out, false) : undefined;
        top.target.push({ k: 'template', name: name.v, pipe, line });
      } else if (rest.length > 1) throw 'unexpected tokens after define name';
      stack.push({ kind: kw, line, target: define.list, define, chained: 0 });
      return;
    }
    case 'template': {
      const name = rest[0];
      if (name?.t !== 'str') throw 'missing template name in {{template}}';
      out.includes.push({ name: name.v, line });
      const pipe = rest.length > 1 ? parsePipeFrom(rest.slice(1), line, out, false) : undefined;
      top.target.push({ k: 'template', name: name.v, pipe, line });
      return;
    }
    case 'break':
    case 'continue':
      if (!stack.some((f) => f.kind === 'range')) throw `{{${kw}}} outside {{range}}`;
      top.target.push({ k: kw, line });
      return;
    default:
      top.target.push({ k: 'action', pipe: parsePipeFrom(toks, line, out, true), line });
  }
}
