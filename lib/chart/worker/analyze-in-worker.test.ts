import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { analyzeChartInWorker } from './analyze-in-worker';
import { loadFixture } from '../io/testing';
import { HOSTILE_CHART } from '../render/testing';
import { BUDGET_RULE } from '../too-expensive';

describe('analyzeChartInWorker (the upload path)', () => {
  it('answers the hostile chart with the budget finding while the event loop stays free', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    try {
      const analysis = await analyzeChartInWorker(HOSTILE_CHART);
      expect(analysis.findings.map((f) => f.rule)).toEqual([BUDGET_RULE]);
      expect(analysis.findings[0]!.message).toMatch(/^The chart is too expensive to analyse: /);
    } finally {
      clearInterval(ticker);
      delay.disable();
    }
    // The analysis ran on another thread: the health-like timer kept running, never held up 200 ms.
    expect(ticks).toBeGreaterThan(0);
    expect(delay.max / 1e6).toBeLessThan(200);
  });

  it('gives the same result as analyzeChart for an ordinary chart', async () => {
    const analysis = await analyzeChartInWorker(loadFixture('clairai'), { addon: true });
    expect(analysis.chart).toEqual({ name: 'clairai', version: '0.1.0', apiVersion: 'v2' });
    expect(analysis.rulesRun).toContain(BUDGET_RULE);
    expect(analysis.findings.map((f) => f.rule)).not.toContain(BUDGET_RULE);
  });

  it('stops a worker that passes the time limit and reports the budget finding', async () => {
    const analysis = await analyzeChartInWorker(loadFixture('clairai'), {}, { timeMs: 0, memoryMb: 512 });
    expect(analysis.findings).toHaveLength(1);
    expect(analysis.findings[0]).toMatchObject({ rule: BUDGET_RULE, severity: 'error' });
    expect(analysis.findings[0]!.message).toContain('did not finish within 0 seconds');
  });

  it('stops a worker that passes the memory limit and reports the budget finding', async () => {
    // 4 MB of heap cannot even load the analyser.
    const analysis = await analyzeChartInWorker(loadFixture('clairai'), {}, { timeMs: 60_000, memoryMb: 4 });
    expect(analysis.findings.map((f) => f.rule)).toEqual([BUDGET_RULE]);
    expect(analysis.findings[0]!.message).toContain('needed more than 4 MB of memory');
  });
});
