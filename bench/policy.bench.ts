/**
 * Median time of one full policy evaluation of the largest legal request: 20 AddDeliveryOptions
 * changes (one per product, since a change type may target an entity once), each with a Helm option
 * of 50 images, 15 override parameters and 4,000-character usage instructions, evaluated against a
 * product snapshot. Target: under 1 ms. A second line measures a heavier variant with a container
 * image, a Helm and an EKS add-on option per change (60 options, 3,000 images).
 * Wall-clock medians suffer when other processes share the CPU, so mean CPU time is printed too.
 */
import { evaluate, type PolicyContext } from '../lib/policy';
import { addon, change, ecr, helm, img, request, snapshot } from '../lib/policy/testing/builders';

const RUNS = 2_000;
const WARMUP = 300;

function instructions(seed: number): string {
  // Distinct text per option, so no memo makes the measured work cheaper than a real request.
  const base = `Option ${seed}. Deploy with helm install app -f values.yaml; check health with kubectl get pods and logs; upgrade with helm upgrade, rollback with helm rollback, back up values.yaml, uninstall with helm uninstall; contact support. `;
  return base.repeat(Math.ceil(4000 / base.length)).slice(0, 4000);
}

function largestRequest(methods: number) {
  const images = (k: number) => Array.from({ length: 50 }, (_, i) => img('app', `${k}.${i}.0`));
  const overrides = Array.from({ length: 15 }, (_, i) => ({
    Key: `values.key${i}`,
    DefaultValue: `v${i}`,
    Metadata: { Label: `L${i}`, Description: `D${i}` },
  }));
  const changes = Array.from({ length: 20 }, (_, c) =>
    change(
      'AddDeliveryOptions',
      {
        Version: { VersionTitle: `2.${c}.0`, ReleaseNotes: 'Release notes '.repeat(100) },
        DeliveryOptions: [
          {
            DeliveryOptionTitle: 'Helm',
            Details: {
              HelmDeliveryOptionDetails: helm({
                ContainerImages: images(c * 3 + 1),
                UsageInstructions: instructions(c * 3 + 1),
                OverrideParameters: overrides,
                QuickLaunchEnabled: true,
              }),
            },
          },
          {
            DeliveryOptionTitle: 'Images',
            Details: {
              EcrDeliveryOptionDetails: ecr({
                ContainerImages: images(c * 3),
                UsageInstructions: instructions(c * 3),
              }),
            },
          },
          {
            DeliveryOptionTitle: 'Add-on',
            Details: {
              EksAddOnDeliveryOptionDetails: addon({
                ContainerImages: images(c * 3 + 2),
                UsageInstructions: instructions(c * 3 + 2),
                AddOnVersion: `2.${c}.0`,
              }),
            },
          },
        ].slice(0, methods),
      },
      `prod-bench${String(c).padStart(8, '0')}`,
    ),
  );
  return request(...changes);
}

function measure(label: string, ctx: PolicyContext): void {
  const check = evaluate(ctx);
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    console.error('benchmark request is not clean:', errors.slice(0, 3));
    process.exit(1);
  }
  for (let i = 0; i < WARMUP; i++) evaluate(ctx);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    evaluate(ctx);
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const p95 = times[Math.floor(times.length * 0.95)] as number;
  const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
  console.log(
    `${label}: median ${median.toFixed(3)} ms (${RUNS} runs; p95 ${p95.toFixed(3)} ms; mean CPU ${cpuMs.toFixed(3)} ms)`,
  );
}

measure('policy.evaluate largest legal request', { request: largestRequest(1), product: snapshot() });
measure('policy.evaluate heavier variant (3 options per change, 3,000 images)', {
  request: largestRequest(3),
  product: snapshot(),
});
