/** A worker thread of the text compiler (text-compiler.ts): compiles the texts it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { compileText, type CompileJob } from './compiler.ts';
import { createTextRenderer } from './pipeline.ts';

const renderer = await createTextRenderer();
parentPort!.on('message', async ({ i, job }: { i: number; job: CompileJob }) => {
  parentPort!.postMessage({ i, result: await compileText(renderer, job) });
});
