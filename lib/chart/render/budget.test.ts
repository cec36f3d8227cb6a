import { describe, expect, it } from 'vitest';
import { analyzeChart } from '../analyze';
import { parseTemplate } from '../parse/template-parse';
import { BUDGET_RULE } from '../too-expensive';
import { BudgetExceeded, RENDER_LIMITS } from './budget';
import { renderTemplate } from './render';
import { HOSTILE_CHART, HOSTILE_TEMPLATE } from './testing';

const render = (template: string, values: unknown) =>
  renderTemplate(
    parseTemplate('t.yaml', template),
    { Values: values },
    { defines: new Map(), paths: new WeakMap(), apiVersions: new Set() },
  );

describe('the render work budget', () => {
  it('stops a template that grows a string in a loop before it builds the big value', () => {
    let stopped: unknown;
    try {
      render(HOSTILE_TEMPLATE, { seed: 'aaaaaaaaaa' });
    } catch (err) {
      stopped = err;
    }
    expect(stopped).toBeInstanceOf(BudgetExceeded);
    const err = stopped as BudgetExceeded;
    expect(err.what).toBe('values');
    // The 10^7 string was built; the 10^8 one was refused before it was built.
    expect(err.built).toBeLessThan(RENDER_LIMITS.builtUnits);
    expect(err.built).toBeGreaterThan(10_000_000);
  });

  it('counts a template that stays small, without stopping it', () => {
    const small = HOSTILE_TEMPLATE.replace('until 8', 'until 3');
    expect(render(small, { seed: 'aaaaaaaaaa' }).output).toContain('size: 10000\n');
  });

  it('counts lists and printed maps, not only strings', () => {
    const lists = '{{ $l := list }}{{ range until 10000 }}{{ $l = list $l $l }}{{ end }}{{ toJson $l }}';
    expect(() => render(lists, {})).toThrow(BudgetExceeded);
  });

  it('turns the hostile chart into the one too-expensive finding', () => {
    const analysis = analyzeChart(HOSTILE_CHART);
    expect(analysis.findings).toHaveLength(1);
    expect(analysis.findings[0]).toMatchObject({
      rule: BUDGET_RULE,
      severity: 'error',
      location: { file: 'templates/cm.yaml' },
    });
    expect(analysis.findings[0]!.message).toMatch(/^The chart is too expensive to analyse: /);
    expect(analysis.rulesRun).toEqual([BUDGET_RULE]);
  });
});
