import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { registryOf } from '../images';
import { DEFAULT_MARKETPLACE_REGISTRY } from '../types';
import { dedupe } from './image-values';

function inMarketplace(host: string, rule: RegExp | string | undefined): boolean {
  const r = rule ?? DEFAULT_MARKETPLACE_REGISTRY;
  return typeof r === 'string' ? host === r : new RegExp(r.source, r.flags.replace('g', '')).test(host);
}

const resolved = (ctx: ChartContext) => ctx.images.filter((i) => !i.unresolved);
const byImage = (ctx: ChartContext) => dedupe(resolved(ctx), (i) => i.image);

export function checkResolvable(ctx: ChartContext): Finding[] {
  return dedupe(
    ctx.images.filter((i) => i.unresolved),
    (i) => `${i.file}:${i.line}`,
  ).map((i) =>
    finding(
      'chart-images-resolvable',
      `The image on this line could not be resolved statically (rendered as ${i.image}); it was not checked.`,
      { file: i.file, line: i.line },
    ),
  );
}

export function checkMarketplaceRegistry(ctx: ChartContext): Finding[] {
  return byImage(ctx)
    .filter((i) => !inMarketplace(registryOf(i.image), ctx.opts.marketplaceRegistry))
    .map((i) =>
      finding(
        'chart-images-marketplace-ecr',
        `Image ${i.image} is in ${registryOf(i.image)}, not the AWS Marketplace ECR registry (external image).`,
        { file: i.file, line: i.line },
      ),
    );
}

export function checkDeclared(ctx: ChartContext): Finding[] {
  const declared = ctx.opts.declaredImages;
  if (!declared) return [];
  const set = new Set(declared.map((d) => d.trim()));
  return byImage(ctx)
    .filter((i) => !set.has(i.image))
    .map((i) =>
      finding(
        'chart-images-declared',
        `Image ${i.image} is rendered by the chart but not listed in Container images.`,
        { file: i.file, line: i.line },
      ),
    );
}

export function checkDeclaredUsed(ctx: ChartContext): Finding[] {
  const declared = ctx.opts.declaredImages;
  if (!declared) return [];
  const rendered = new Set(resolved(ctx).map((i) => i.image));
  const hedge = ctx.images.some((i) => i.unresolved) ? ' (some chart images could not be resolved)' : '';
  return [...new Set(declared.map((d) => d.trim()))]
    .filter((d) => d && !rendered.has(d))
    .map((d) =>
      finding(
        'chart-declared-images-used',
        `Container images include ${d}, but the chart does not render it with its default values${hedge}.`,
      ),
    );
}

export function checkRegionalized(ctx: ChartContext): Finding[] {
  const sentinel = new Map(ctx.sentinelImages.map((i) => [i.key, i]));
  return dedupe(
    resolved(ctx).filter((i) => sentinel.get(i.key)?.image === i.image),
    (i) => `${i.file}:${i.line}`,
  ).map((i) =>
    finding(
      'chart-images-regionalized',
      `Image ${i.image} does not change when the registry values change, so regional Marketplace registries would not apply.`,
      { file: i.file, line: i.line },
    ),
  );
}
