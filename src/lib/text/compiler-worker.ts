/** A worker thread of the text compiler (compiler.ts): compiles the texts it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileText, type CompileJob } from './compiler.ts';
import { createTextRenderer, type TextLinkTargets } from './pipeline.ts';

const renderer = await createTextRenderer(workerData as TextLinkTargets);
parentPort!.on('message', async ({ i, job }: { i: number; job: CompileJob }) => {
  parentPort!.postMessage({ i, result: await compileText(renderer, job) });
});
