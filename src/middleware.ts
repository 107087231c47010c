import { defineMiddleware } from 'astro:middleware';
import { narrowPagePolicy } from './lib/site/page-csp.ts';

/** Every HTML page leaves with a CSP naming only its own inline scripts and styles (src/lib/site/page-csp.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // A Buffer over a plain ArrayBuffer (never a SharedArrayBuffer), as a Response body needs.
  const page = narrowPagePolicy(Buffer.from(await response.arrayBuffer())) as Uint8Array<ArrayBuffer>;
  return new Response(page, response);
});
