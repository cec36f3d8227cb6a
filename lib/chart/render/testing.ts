/** A chart that builds a 10^9-character string in a handful of steps (issue 14): for tests of the budget. */

/** Each pass multiplies the string by ten. */
export const HOSTILE_TEMPLATE =
  '{{- $s := .Values.seed }}{{- range $i := until 8 }}{{- $s = upper (replace "a" "aaaaaaaaaa" (lower $s)) }}{{- end }}\nkind: ConfigMap\nsize: {{ len $s }}\n';

export const HOSTILE_CHART: ReadonlyMap<string, string> = new Map([
  ['Chart.yaml', 'apiVersion: v2\nname: hostile\nversion: 0.1.0\n'],
  ['values.yaml', 'seed: aaaaaaaaaa\n'],
  ['templates/cm.yaml', HOSTILE_TEMPLATE],
]);
