import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { allCharts, valuesPath } from '../model';
import { isMap } from '../render/value';
import { walkValues } from '../values';

const IMAGE_KEY = /^(image|.*Image)$/;
const PART = {
  registry: /registry$/i,
  repository: /(repository|repo|image\.name|imageName)$/i,
  tag: /(tag|digest|version|AppVersion)$/i,
};

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/**
 * Seed 000 §8.1: each image is three values (registry, repository, tag), and every rendered image
 * reference is built from all three.
 */
export function checkImageVariables(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const chart of allCharts(ctx.tree)) {
    if (!chart.values || chart.values.error) continue;
    const file = valuesPath(ctx.files, chart);
    const values = chart.values;
    walkValues(values.value, (path, v) => {
      const key = path[path.length - 1];
      if (typeof key !== 'string' || !IMAGE_KEY.test(key)) return;
      const where = path.join('.');
      if (typeof v === 'string' && v.trim() && /[/:]/.test(v)) {
        out.push(
          finding(
            'chart-values-image-variables',
            `${where} is a single image string ("${v}"); split it into ${where}.registry, ${where}.repository and ${where}.tag.`,
            { file, line: values.lineOf(path) },
          ),
        );
      } else if (isMap(v) && 'repository' in v) {
        const missing = ['registry', 'tag'].filter((k) => !(k in v) && !(k === 'tag' && 'digest' in v));
        if (missing.length)
          out.push(
            finding(
              'chart-values-image-variables',
              `${where} has no ${missing.join(' or ')} key; define registry, repository and tag.`,
              { file, line: values.lineOf(path) },
            ),
          );
      }
    });
  }
  for (const ref of dedupe(
    ctx.images.filter((i) => !i.unresolved),
    (i) => `${i.file}:${i.line}`,
  )) {
    const missing = (Object.keys(PART) as (keyof typeof PART)[]).filter(
      (part) => !ref.reads.some((r) => PART[part].test(r)),
    );
    if (missing.length === 0) continue;
    const readsText = ref.reads.length
      ? `it reads ${ref.reads.filter((r) => r.includes('.')).join(', ') || ref.reads.join(', ')}`
      : 'it reads no values';
    out.push(
      finding(
        'chart-values-image-variables',
        `Image ${ref.image} is not built from ${missing.join(', ')} values (${readsText}).`,
        { file: ref.file, line: ref.line },
      ),
    );
  }
  return out;
}

export { dedupe };
