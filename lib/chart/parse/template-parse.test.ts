import { describe, expect, it } from 'vitest';
import { parseTemplate } from './template-parse';

const errors = (src: string) => parseTemplate('t.yaml', src).errors;

describe('parseTemplate: well-formed templates', () => {
  it.each([
    ['if / else if / else chain closed by one end', '{{ if .a }}a{{ else if .b }}b{{ else }}c{{ end }}'],
    ['trim markers and comments', '{{- /* a comment with }} inside */ -}}\n{{- .Values.x -}}'],
    [
      'range with two variables, break and continue',
      '{{ range $i, $v := .Values.list }}{{ if $i }}{{ continue }}{{ end }}{{ break }}{{ end }}',
    ],
    ['with … else', '{{ with .Values.x }}{{ . }}{{ else }}none{{ end }}'],
    ['define and block', '{{ define "a" }}x{{ end }}{{ block "b" . }}y{{ end }}'],
    ['strings containing braces and quotes', '{{ printf "}}%s{{" "a\\"b" }}{{ `raw }} string` }}'],
    [
      'parenthesised pipelines and chained fields',
      '{{ (index .Values "a").b | default (printf "%s" .c) | quote }}',
    ],
    ['variable assignment', '{{ $x := 1 }}{{ $x = 2 }}{{ $x }}'],
  ])('%s', (_name, src) => expect(errors(src)).toEqual([]));
});

describe('parseTemplate: errors with their line', () => {
  it('reports an unclosed action', () => {
    expect(errors('a\nb: {{ .Values.x\n')).toEqual([
      { line: 2, message: 'unclosed action: "{{" has no matching "}}"' },
    ]);
  });
  it('reports an if without end at the line of the if', () => {
    expect(errors('x\n{{ if .a }}\ny\n')).toEqual([
      { line: 2, message: 'unexpected EOF: {{if}} opened on line 2 has no matching {{end}}' },
    ]);
  });
  it('reports an extra end', () => {
    expect(errors('{{ if .a }}{{ end }}\n{{ end }}')).toEqual([{ line: 2, message: 'unexpected {{end}}' }]);
  });
  it('reports else outside a block, break outside range, and define not at top level', () => {
    expect(errors('{{ else }}').map((e) => e.message)).toEqual(['unexpected {{else}}']);
    expect(errors('{{ break }}').map((e) => e.message)).toEqual(['{{break}} outside {{range}}']);
    expect(errors('{{ if .a }}{{ define "x" }}{{ end }}{{ end }}').map((e) => e.message)[0]).toMatch(
      /define is only allowed at the top level/,
    );
  });
  it('reports unterminated strings, unclosed parens and empty commands', () => {
    expect(errors('{{ "abc }}').length).toBeGreaterThan(0);
    expect(errors('{{ (printf "x" }}').map((e) => e.message)).toEqual(['unclosed left paren']);
    expect(errors('{{ .a | }}').map((e) => e.message)).toEqual(['missing command after "|"']);
    expect(errors('{{ }}').map((e) => e.message)).toEqual(['missing value for command']);
  });
  it('counts lines across multi-line actions and trimmed text', () => {
    expect(errors('{{- if .a -}}\n\n\n{{ printf\n "x"\n}}\n{{ end }}\n{{ end }}')).toEqual([
      { line: 8, message: 'unexpected {{end}}' },
    ]);
  });
});

describe('parseTemplate: what the rules read', () => {
  const p = parseTemplate(
    't.yaml',
    '{{ include "x.name" . }}\n{{ .Release.Service }} {{ $.Release.Name }}\n{{ lookup "v1" "Secret" "ns" "n" | toYaml }}',
  );
  it('records functions, includes and field chains with lines', () => {
    expect(p.functions).toEqual([
      { name: 'include', line: 1 },
      { name: 'lookup', line: 3 },
      { name: 'toYaml', line: 3 },
    ]);
    expect(p.includes).toEqual([{ name: 'x.name', line: 1 }]);
    expect(p.fields.filter((f) => f.path[0] === 'Release')).toEqual([
      { path: ['Release', 'Service'], line: 2 },
      { path: ['Release', 'Name'], line: 2 },
    ]);
  });
});

describe('parseTemplate: parenthesised operands', () => {
  it('chains a field glued to ")" but not one after a space', () => {
    const glued = parseTemplate('t', '{{ (index .a "b").c }}').root[0];
    const spaced = parseTemplate('t', '{{ printf "%s" (index .a "b") .c }}').root[0];
    expect(glued?.k === 'action' && glued.pipe.cmds[0]?.args).toEqual([
      { k: 'pipe', pipe: expect.anything(), path: ['c'] },
    ]);
    expect(spaced?.k === 'action' && spaced.pipe.cmds[0]?.args.map((a) => a.k)).toEqual([
      'ident',
      'str',
      'pipe',
      'field',
    ]);
  });
});
