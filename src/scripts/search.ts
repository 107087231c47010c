/**
 * The search page: reads ?q= (and filters) so a search is a shareable link, updates the URL as the reader
 * types, and lists clause-level results with the document, the clause and an excerpt with the match marked.
 * Pagefind loads only here, on first use. Everything the reader typed is shown as text, never as HTML.
 */
import { cleanQuery, excerptRuns, hasPhrase, planSearch } from '../lib/search-query.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const FILTER_KEYS = ['type', 'issuer', 'agency', 'year'];
// Each shown result downloads its clause's fragment: show ten, then more on request.
const PAGE_SIZE = 10;

const root = document.getElementById('search')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const lang = root.dataset.lang === 'en' ? 'en' : 'vi';
const selected = new Map<string, Set<string>>(FILTER_KEYS.map((k) => [k, new Set<string>()]));

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    // Load the filter index before the first search, or that search comes back without filter counts.
    await pf.filters();
    return pf;
  })();
  return pagefind;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = cleanQuery(params.get('q') ?? '');
  for (const key of FILTER_KEYS) selected.set(key, new Set(params.getAll(key).map(cleanQuery).filter(Boolean)));
}

function writeUrl(q: string) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [key, values] of selected) for (const v of values) params.append(key, v);
  const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}

function activeFilters(): Record<string, string[]> {
  return Object.fromEntries([...selected].filter(([, v]) => v.size).map(([k, v]) => [k, [...v]]));
}

function renderFilters(counts: Record<string, Record<string, number>>) {
  for (const key of FILTER_KEYS) {
    const fieldset = root.querySelector<HTMLFieldSetElement>(`fieldset[data-filter="${key}"]`)!;
    const box = fieldset.querySelector('.filter-options')!;
    const values = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || selected.get(key)!.has(v));
    fieldset.hidden = values.length === 0;
    box.replaceChildren(
      ...values
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([value, n]) => {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.value = value;
          box.checked = selected.get(key)!.has(value);
          box.addEventListener('change', () => {
            if (box.checked) selected.get(key)!.add(value);
            else selected.get(key)!.delete(value);
            void run();
          });
          label.append(box, ` ${value} (${n})`);
          return label;
        }),
    );
  }
}

function renderResult(data: { url: string; excerpt: string; meta: Record<string, string> }): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  // Only this site's own paths: the index is ours, but a result is never a way off the site.
  a.href = data.url.startsWith('/') ? data.url : '#';
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  a.append(title);
  const where = document.createElement('span');
  where.className = 'result-where';
  where.textContent = data.meta.kind === 'clause' ? data.meta.clause : data.meta.kind === 'agency' ? root.dataset.kindAgency! : root.dataset.kindDocument!;
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const run of excerptRuns(data.excerpt)) {
    if (run.mark) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else excerpt.append(run.text);
  }
  li.append(a, where, excerpt);
  return li;
}

let generation = 0;
let pending: PagefindResult[] = [];

more.addEventListener('click', async () => {
  const mine = generation;
  const next = pending.slice(0, PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (mine !== generation) return;
  const items = data.map(renderResult);
  list.append(...items);
  pending = pending.slice(PAGE_SIZE);
  more.hidden = pending.length === 0;
  // Keyboard and screen-reader users continue from the first new result.
  items[0]?.querySelector('a')?.focus();
});
async function run() {
  const q = cleanQuery(input.value);
  writeUrl(q);
  const mine = ++generation;
  const plan = planSearch(q, lang);
  const hasFilters = [...selected.values()].some((s) => s.size);
  if (plan.terms.length === 0 && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = root.dataset.hint!;
    const pf = await loadPagefind();
    if (mine === generation) renderFilters(await pf.filters());
    return;
  }
  status.textContent = root.dataset.loading!;
  const pf = await loadPagefind();
  const filters = activeFilters();
  // Pagefind returns no filter counts when given an empty filter object, so none is passed then.
  const options = hasFilters ? { filters } : undefined;
  const searches = await Promise.all((plan.terms.length ? plan.terms : [null]).map((term) => pf.search(term, options)));
  if (mine !== generation) return;
  // Each result once (at its best score); those holding the whole phrase first, then by score.
  const best = new Map<string, PagefindResult & { phrase: boolean }>();
  for (const r of searches.flatMap((s) => s.results)) {
    const phrase = hasPhrase(r.words, plan.words);
    const seen = best.get(r.id);
    if (!seen || (phrase && !seen.phrase) || (phrase === seen.phrase && r.score > seen.score)) best.set(r.id, { ...r, phrase });
  }
  const ordered = [...best.values()].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score);
  renderFilters(searches[0]?.filters ?? {});
  const page = await Promise.all(ordered.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (mine !== generation) return;
  list.replaceChildren(...page.map(renderResult));
  pending = ordered.slice(PAGE_SIZE);
  more.hidden = pending.length === 0;
  const shown = q ? `“${q}”` : '';
  status.textContent = ordered.length ? `${ordered.length} ${root.dataset.resultsFor} ${shown}`.trim() : `${root.dataset.noResults} ${shown}`.trim();
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => void run(), 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
// The page says search needs JavaScript until the script runs (a <noscript> is not shown everywhere).
document.getElementById('search-nojs')?.setAttribute('hidden', '');
readUrl();
if (input.value || [...selected.values()].some((s) => s.size)) void run();
else void loadPagefind().then(async (pf) => renderFilters(await pf.filters()));
