import { describe, expect, it } from 'vitest';
import { analyzeChart } from './analyze';
import { groupFindings } from './group-findings';

const pod = (name: string, containers: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n${containers}`;
const c = (name: string, image: string) => `    - name: ${name}\n      image: ${image}\n`;

const templates = Array.from({ length: 9 }, (_, i) => [
  `templates/t${i}.yaml`,
  pod(`p${i}`, c('a', '{{ frob .Values.image }}') + c('b', 'docker.io/nginx:1.2')),
]);
const files = new Map([
  ['Chart.yaml', 'apiVersion: v2\nname: demo\nversion: 0.1.0\n'],
  ['values.yaml', 'image: x\n'],
  ...(templates as [string, string][]),
  [
    'templates/lookup.yaml',
    pod(
      'l',
      c('a', '{{ lookup "v1" "ConfigMap" "ns" "cm" }}') +
        c('b', '{{ (lookup "v1" "ConfigMap" "ns" "cm").data.image }}'),
    ),
  ],
]);

describe('chart preflight: one root cause, one finding', () => {
  const r = analyzeChart(files, {});
  const of = (rule: string) => r.findings.filter((f) => f.rule === rule);

  it('reports the same unknown function in 9 templates once, listing file:line occurrences', () => {
    expect(of('chart-template-functions')).toHaveLength(1);
    const m = of('chart-template-functions')[0]!.message;
    expect(m).toMatch(/^Function "frob" not defined\. Found in 9 places: templates\/t0\.yaml:8, /);
    expect(m).toContain('templates/t8.yaml:8');
    expect(of('chart-template-functions')[0]!.location).toEqual({ file: 'templates/t0.yaml', line: 8 });
  });

  it('reports the same hard-coded image once', () => {
    expect(of('chart-image-not-hardcoded')).toHaveLength(1);
    expect(of('chart-image-not-hardcoded')[0]!.message).toMatch(
      /^Hard-coded image reference docker\.io\/nginx:1\.2\. Found in 9 places: /,
    );
  });

  it('does not take a lookup result for an image', () => {
    expect(r.images).toEqual(['docker.io/nginx:1.2']);
    expect(r.findings.filter((f) => f.message.includes('map['))).toEqual([]);
  });
});

describe('groupFindings', () => {
  const f = (message: string, line?: number) => ({
    rule: 'r',
    severity: 'error' as const,
    path: 'p',
    message,
    ...(line ? { location: { file: 'a.yaml', line } } : {}),
  });
  it('keeps single and different findings as they are, and lists at most 10 places', () => {
    expect(groupFindings([f('a.yaml:1: x.', 1), f('a.yaml:2: y.', 2)]).map((x) => x.message)).toEqual([
      'a.yaml:1: x.',
      'a.yaml:2: y.',
    ]);
    const many = Array.from({ length: 12 }, (_, i) => f(`a.yaml:${i + 1}: x.`, i + 1));
    expect(groupFindings(many)[0]!.message).toBe(
      'X. Found in 12 places: a.yaml:1, a.yaml:2, a.yaml:3, a.yaml:4, a.yaml:5, a.yaml:6, a.yaml:7, a.yaml:8, a.yaml:9, a.yaml:10 and 2 more.',
    );
    expect(groupFindings([f('Same.'), f('Same.')])).toHaveLength(1);
  });
});
