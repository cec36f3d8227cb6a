import { ADD_UPDATE, HELMISH, type OptionRule } from '../rule';
import type { ChartAnalysis } from '../types';
import type { Indexed, OptionTarget } from '../context';
import { imagesOf } from '../context';
import { parseImageRef } from '../image-ref';
import { show } from '../util';

function chartOf(o: OptionTarget, ix: Indexed): ChartAnalysis | undefined {
  const c = ix.ctx.charts?.[o.path];
  return c && Array.isArray(c.images) ? c : undefined;
}

/** Cross-checks between an analysed chart (ctx.charts) and the delivery option's image list. */
export const CHART_IMAGE_RULES: OptionRule[] = [
  {
    id: 'chart-images-declared',
    title: 'Every image the chart renders is listed in Container images',
    section: 'Helm chart',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_HELM_UNDECLARED_IMAGES' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: HELMISH,
    field: 'DeliveryOptions[].Details.*.ContainerImages[]',
    fix: 'Add the chart’s images to Container images (or change the chart’s values to the listed ones).',
    check(o, ix, report) {
      const chart = chartOf(o, ix);
      const listed = imagesOf(o);
      if (!chart || !listed) return false;
      const have = new Set(listed.map((i) => i.ref.raw));
      for (const img of chart.images)
        if (typeof img === 'string' && !have.has(img))
          report(`${o.dPath}.ContainerImages`, `The chart uses ${show(img)}, which is not listed.`);
    },
  },
  {
    id: 'chart-images-marketplace',
    title: 'The chart renders only Marketplace ECR images',
    section: 'Helm chart',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions; 000 §8.3', code: 'INVALID_HELM_CHART_IMAGES' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: HELMISH,
    field: 'DeliveryOptions[].Details.*.HelmChartUri',
    fix: 'Point every image value of the chart at the product’s Marketplace ECR repositories.',
    check(o, ix, report) {
      const chart = chartOf(o, ix);
      if (!chart) return false;
      for (const img of chart.images) {
        if (typeof img !== 'string') continue;
        const ref = parseImageRef(img);
        if (!ref.isEcr)
          report(
            `${o.dPath}.HelmChartUri`,
            `The chart renders ${show(img)}, which is outside Marketplace ECR.`,
          );
      }
    },
  },
];
