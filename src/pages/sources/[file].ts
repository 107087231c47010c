import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';

/** The raw source files, served unchanged from provenance/sources so readers can check every text. */
const dir = path.resolve('provenance/sources');

export function getStaticPaths() {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(fs.readFileSync(path.join(dir, params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
