import { describe, expect, it } from 'vitest';
import { analyzeChart } from '../analyze';

const REG = '709825985650.dkr.ecr.us-east-1.amazonaws.com';
const chartYaml = 'apiVersion: v2\nname: demo\nversion: 1.0.0\nappVersion: "9.9.9"\n';
const values = `image:\n  registry: ${REG}\n  repository: demo/app\n  tag: "1.2.3"\nbackend:\n  image:\n    registry: ${REG}\n    repository: demo/backend\n    tag: ""\nglobal:\n  imageRegistry: ${REG}\n`;

function imagesOf(template: string, extra: Record<string, string> = {}): string[] {
  const files = new Map([
    ['Chart.yaml', chartYaml],
    ['values.yaml', values],
    ['templates/_helpers.tpl', extra.helpers ?? ''],
    [
      'templates/deploy.yaml',
      `kind: Deployment\nspec:\n  containers:\n    - name: c\n      image: ${template}\n`,
    ],
  ]);
  return analyzeChart(files).images;
}

describe('image resolution patterns', () => {
  it.each([
    [
      'direct .Values paths',
      '"{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      `${REG}/demo/app:1.2.3`,
    ],
    [
      'printf',
      '{{ printf "%s/%s:%s" .Values.image.registry .Values.image.repository .Values.image.tag }}',
      `${REG}/demo/app:1.2.3`,
    ],
    [
      'default as a function',
      '"{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ default "0.0.1" .Values.backend.image.tag }}"',
      `${REG}/demo/app:0.0.1`,
    ],
    [
      'default in a pipeline',
      '"{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.backend.image.tag | default "0.0.2" }}"',
      `${REG}/demo/app:0.0.2`,
    ],
    [
      '.Chart.AppVersion as the tag default',
      '"{{ .Values.backend.image.registry }}/{{ .Values.backend.image.repository }}:{{ .Values.backend.image.tag | default .Chart.AppVersion }}"',
      `${REG}/demo/backend:9.9.9`,
    ],
    [
      'a variable holding the image map',
      '{{ $i := .Values.image }}"{{ $i.registry }}/{{ $i.repository }}:{{ $i.tag }}"',
      `${REG}/demo/app:1.2.3`,
    ],
    [
      'index and quote',
      '{{ printf "%s/%s:%s" (index .Values "image" "registry") .Values.image.repository .Values.image.tag | quote }}',
      `${REG}/demo/app:1.2.3`,
    ],
  ])('%s', (_name, template, expected) => expect(imagesOf(template)).toEqual([expected]));

  it('include of a helper that takes (dict "image" … "root" .)', () => {
    const helpers =
      '{{- define "demo.image" -}}\n{{- $tag := .image.tag | default .root.Chart.AppVersion -}}\n{{- printf "%s/%s:%s" (.image.registry | default .root.Values.global.imageRegistry) .image.repository $tag -}}\n{{- end }}';
    expect(
      imagesOf('{{ include "demo.image" (dict "image" .Values.backend.image "root" .) }}', { helpers }),
    ).toEqual([`${REG}/demo/backend:9.9.9`]);
  });

  it('include of a helper that takes the root context', () => {
    const helpers =
      '{{- define "demo.image" -}}\n{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\n{{- end }}';
    expect(imagesOf('{{ include "demo.image" . | quote }}', { helpers })).toEqual([`${REG}/demo/app:1.2.3`]);
  });

  it('template action, with and range', () => {
    const helpers = '{{- define "demo.img" -}}{{ .registry }}/{{ .repository }}:{{ .tag }}{{- end }}';
    expect(imagesOf('{{ with .Values.image }}{{ template "demo.img" . }}{{ end }}', { helpers })).toEqual([
      `${REG}/demo/app:1.2.3`,
    ]);
    expect(
      imagesOf(
        '{{ range $k, $v := .Values }}{{ if eq $k "image" }}{{ $v.registry }}/{{ $v.repository }}:{{ $v.tag }}{{ end }}{{ end }}',
      ),
    ).toEqual([`${REG}/demo/app:1.2.3`]);
  });

  it('marks images built by functions it does not model as unresolved', () => {
    const files = new Map([
      ['Chart.yaml', chartYaml],
      ['values.yaml', values],
      ['templates/d.yaml', 'kind: Deployment\nimage: {{ .Values.image.repository | sha256sum }}\n'],
    ]);
    const result = analyzeChart(files);
    expect(result.images).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toContain('chart-images-resolvable');
  });

  it('stops runaway recursion and loops instead of hanging', () => {
    const files = new Map([
      ['Chart.yaml', chartYaml],
      ['values.yaml', values],
      ['templates/_h.tpl', '{{ define "loop" }}{{ include "loop" . }}{{ end }}'],
      ['templates/d.yaml', '{{ include "loop" . }}\n{{ range 100000 }}{{ range 100000 }}x{{ end }}{{ end }}'],
    ]);
    expect(() => analyzeChart(files)).not.toThrow();
  });
});
