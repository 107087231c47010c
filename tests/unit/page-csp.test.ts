import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inlineHashSources, narrowPagePolicy } from '../../src/lib/site/page-csp.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const RUN = 'document.body.dataset.x="ý";';
const STYLE = '.a{color:red}';
const page = (policy: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style></head>` +
  `<body><script type="module">${RUN}</script><script type="module" src="/_astro/a.js"></script>` +
  `<script type="application/json" id="data">{"a":1}</script></body></html>`;

test('a page keeps the hashes of its own inline scripts and styles and drops every other', () => {
  const unused = sha('window.island=1');
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${sha(RUN)} ${unused} ${sha('{"a":1}')}; style-src 'self' ${sha(STYLE)} ${sha('.b{}')};`;
  const out = narrowPagePolicy(Buffer.from(page(policy))).toString();
  const kept = /content="([^"]*)"/.exec(out)![1];
  assert.equal(kept, `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${sha(RUN)}; style-src 'self' ${sha(STYLE)};`);
  // Only the policy changes.
  assert.equal(out.replace(kept, ''), page(policy).replace(policy, ''));
});

test('external scripts and data blocks need no hash; a page without a policy or hashes is left alone', () => {
  const found = inlineHashSources(page(''), new Set(['sha256']));
  assert.deepEqual([...found.script], [sha(RUN)]);
  assert.deepEqual([...found.style], [sha(STYLE)]);
  const plain = '<html><head></head><body><script>1</script></body></html>';
  assert.equal(narrowPagePolicy(Buffer.from(plain)).toString(), plain);
  const noHashes = page("default-src 'self'; script-src 'self'");
  assert.equal(narrowPagePolicy(Buffer.from(noHashes)).toString(), noHashes);
});
