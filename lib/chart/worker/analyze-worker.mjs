// The chart analysis worker thread (started by analyze-in-worker.ts). Plain JavaScript, loaded from the
// sources, so it starts the same under next start, next dev, tsx and vitest; tsx compiles the analyser.
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
const { analyzeChart } = await import('../analyze.ts');
parentPort?.postMessage(analyzeChart(workerData.files, workerData.opts));
