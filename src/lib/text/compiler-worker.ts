/** A worker thread of the text compiler (compiler.ts): compiles the texts it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Agency } from '../content/schemas.ts';
import { compileText, type CompileJob } from './compiler.ts';
import { createTextRenderer } from './pipeline.ts';

const renderer = await createTextRenderer((workerData as { agencies: Agency[] }).agencies);
parentPort!.on('message', async ({ i, job }: { i: number; job: CompileJob }) => {
  parentPort!.postMessage({ i, result: await compileText(renderer, job) });
});
