import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartAnalysis } from '@/lib/policy/types';
import { ANALYSIS_LIMITS, tooExpensiveAnalysis } from '../too-expensive';
import type { AnalyzeOptions, ChartFiles } from '../types';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The worker script: next to this file in source; from the project root when this file is bundled.
 * Turbopack must not follow it into the bundle (it loads the analyser through tsx at run time), hence
 * the turbopackIgnore comments.
 */
function workerScript(): string {
  const beside = path.join(/* turbopackIgnore: true */ here, 'analyze-worker.mjs');
  if (fs.existsSync(/* turbopackIgnore: true */ beside)) return beside;
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), 'lib/chart/worker/analyze-worker.mjs');
}

/**
 * analyzeChart in a worker thread, so a costly chart never blocks the caller's event loop. The worker
 * is stopped when it passes the time or memory limit, and the result is then the budget finding.
 * Rejects only when the worker itself cannot run (a broken install), never because of the chart.
 */
export function analyzeChartInWorker(
  files: ChartFiles,
  opts: AnalyzeOptions = {},
  limits: { timeMs: number; memoryMb: number } = ANALYSIS_LIMITS,
): Promise<ChartAnalysis> {
  const worker = new Worker(/* turbopackIgnore: true */ workerScript(), {
    workerData: { files: new Map(files), opts },
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: ChartAnalysis | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => settle(tooExpensiveAnalysis('time', undefined, limits)), limits.timeMs);
    worker.once('message', (analysis: ChartAnalysis) => settle(analysis));
    worker.once('error', (err: Error & { code?: string }) =>
      settle(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? tooExpensiveAnalysis('memory', undefined, limits)
          : new Error('The chart analysis worker failed.', { cause: err }),
      ),
    );
    worker.once('exit', () => settle(new Error('The chart analysis worker stopped without a result.')));
  });
}
