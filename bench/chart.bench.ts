/**
 * Median time of one full chart preflight (analyzeChart: parse every template, render the chart twice
 * for images and regionalization, run every rule) on a generated ~5 MB chart with 300 templates:
 * 100 Deployments built through an image helper, 100 ConfigMaps embedding large config files, and
 * 100 Services/HPAs, plus a 300-component values.yaml. Target: under 300 ms. A second line times
 * reading the same chart from a .tgz in memory (gunzip + tar + safety checks).
 */
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { analyzeChart } from '../lib/chart';
import { readChartArchive } from '../lib/chart/io';
import { makeTar } from '../lib/chart/io/testing';

const REG = '709825985650.dkr.ecr.us-east-1.amazonaws.com';
const COMPONENTS = 300;
const RUNS = 15;
const WARMUP = 3;

const HELPERS = `{{- define "bench.fullname" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end }}
{{- define "bench.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
{{- define "bench.image" -}}
{{- $tag := .image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s/%s:%s" (.image.registry | default .root.Values.global.imageRegistry) .image.repository $tag -}}
{{- end }}
`;

function deployment(i: number): string {
  const v = `.Values.components.c${i}`;
  return `{{- $c := ${v} }}
{{- if $c.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "bench.fullname" . }}-c${i}
  labels:
    {{- include "bench.labels" . | nindent 4 }}
spec:
  replicas: {{ $c.replicas }}
  template:
    spec:
      serviceAccountName: {{ include "bench.fullname" . }}
      containers:
        - name: c${i}
          image: {{ include "bench.image" (dict "image" $c.image "root" $) | quote }}
          env:
            {{- range $k, $val := $c.env }}
            - name: {{ $k }}
              value: {{ $val | quote }}
            {{- end }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
{{- end }}
`;
}

function configMap(i: number): string {
  const config = Array.from(
    { length: 1050 },
    (_, n) => `    setting_${i}_${n} = "value-${n}-${'x'.repeat(12)}"`,
  ).join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "bench.fullname" . }}-config-${i}
  labels:
    {{- include "bench.labels" . | nindent 4 }}
data:
  region: {{ .Values.components.c${i}.region | default "us-east-1" | quote }}
  app.conf: |
${config}
`;
}

function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: {{ include "bench.fullname" . }}-c${i}
spec:
  ports:
    - port: {{ .Values.components.c${i}.port }}
{{- if gt (int .Values.components.c${i}.replicas) 1 }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "bench.fullname" . }}-c${i}
spec:
  minReplicas: {{ .Values.components.c${i}.replicas }}
  maxReplicas: {{ mul .Values.components.c${i}.replicas 3 }}
{{- end }}
`;
}

function values(): string {
  const comps = Array.from(
    { length: COMPONENTS },
    (_, i) =>
      `  c${i}:\n    enabled: true\n    replicas: ${(i % 3) + 1}\n    port: ${8000 + i}\n    region: us-east-1\n    image:\n      registry: "${REG}"\n      repository: "bench/c${i}"\n      tag: "1.0.${i}"\n    env:\n      LOG_LEVEL: info\n      COMPONENT: c${i}\n    resources:\n      requests:\n        cpu: 100m\n        memory: 128Mi`,
  );
  return `global:\n  imageRegistry: ""\nserviceAccount:\n  create: true\ncomponents:\n${comps.join('\n')}\n`;
}

function generate(): Map<string, string> {
  const files = new Map<string, string>([
    ['Chart.yaml', 'apiVersion: v2\nname: bench\nversion: 1.0.0\nappVersion: "1.0.0"\n'],
    ['values.yaml', values()],
    ['templates/_helpers.tpl', HELPERS],
  ]);
  for (let i = 0; i < 100; i++) {
    files.set(`templates/deploy-${i}.yaml`, deployment(i));
    files.set(`templates/config-${i}.yaml`, configMap(i));
    files.set(`templates/service-${i}.yaml`, service(i));
  }
  return files;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Wall-clock times of each run, and the mean CPU time (less distorted when other work shares the cores). */
function time(fn: () => void): { wall: number[]; cpuMean: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const cpu0 = process.cpuUsage();
  const wall = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpuMean: (cpu.user + cpu.system) / 1000 / RUNS };
}

const files = generate();
const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
const templates = [...files.keys()].filter((p) => p.startsWith('templates/') && !p.includes('/_')).length;
const first = analyzeChart(files, { addon: true });
if (first.images.length !== 100 || first.findings.some((f) => f.severity === 'error')) {
  throw new Error(
    `benchmark chart is not clean: ${first.images.length} images, ${first.findings.map((f) => f.rule).join(', ')}`,
  );
}
const mb = (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
const analyze = time(() => analyzeChart(files, { addon: true }));
console.log(
  `chart.analyze ${mb} MB / ${templates} templates: median ${median(analyze.wall).toFixed(1)} ms (${RUNS} runs)`,
);
console.log(
  `  mean CPU time ${analyze.cpuMean.toFixed(1)} ms per run; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
);

const tgz = new Uint8Array(
  gzipSync(makeTar([...files].map(([name, data]) => ({ name: `bench/${name}`, data })))),
);
const read = time(() => readChartArchive(tgz));
console.log(
  `chart.readArchive ${(tgz.length / 1024).toFixed(0)} KB .tgz -> ${mb} MB: median ${median(read.wall).toFixed(1)} ms (${RUNS} runs)`,
);
