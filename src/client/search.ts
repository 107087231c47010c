/**
 * The search page: reads ?q= (and filters) so a search is a shareable link, updates the URL as the reader
 * types, and lists clause-level results with the document, the clause and an excerpt with the match marked.
 * Pagefind loads only here, on first use. Everything the reader typed is shown as text, never as HTML.
 * The index is in period shards, newest first (src/lib/search-shards.ts): a query searches the newest, and
 * merges older ones into the same Pagefind instance while fewer than a page of results contain every word of
 * the query or none holds it as a phrase, when the reader asks for older documents, or when filters are in
 * use (their counts cover every period).
 */
import { cleanQuery, excerptRuns, hasPhrase, planSearch } from '../lib/search/query.ts';
import { unitLabel } from '../lib/text/citation.ts';
import { SHARD_MANIFEST, type SearchShard } from '../lib/search/shards.ts';

interface PagefindSubResult {
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** One per clause of the document that matched (the index has a heading per clause). */
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
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
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
}

const FILTER_KEYS = ['type', 'issuer', 'agency', 'year'];
// Each shown result downloads its document's fragment: show five, then more on request.
const PAGE_SIZE = 5;
// Besides its best clause, a result links up to this many other matching clauses of the same document.
const MORE_CLAUSES = 2;
const EXCERPT_LENGTH = 24;
// A query with no phrase holder takes in older periods until this many documents are searched.
const PHRASE_DOCUMENTS = 1000;

const root = document.getElementById('search')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const older = document.getElementById('search-older') as HTMLButtonElement;
const lang = root.dataset.lang === 'en' ? 'en' : 'vi';
const selected = new Map<string, Set<string>>(FILTER_KEYS.map((k) => [k, new Set<string>()]));

let pagefind: Promise<Pagefind> | undefined;
/** The index's period shards, newest first; the first is the primary bundle Pagefind loads itself. */
let shards: SearchShard[] = [];
/** How many shards, from the newest, are merged into the search. */
let searched = 1;
const documentsSearched = () => shards.slice(0, searched).reduce((n, s) => n + (s.documents ?? 0), 0);
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    // The shard list (a few hundred bytes) comes alongside the library; without it the primary bundle is the
    // whole index, as on a site small enough for one shard.
    const [pf, list] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch(`/pagefind/${SHARD_MANIFEST}`).then(
        (r) => (r.ok ? r.json() : []),
        () => [],
      ),
    ]);
    shards = Array.isArray(list) ? (list as SearchShard[]).filter((s) => typeof s?.path === 'string' && s.path.startsWith('/pagefind/')) : [];
    // The worker would cost another script download on the first query; searches here are small.
    await pf.options({ excerptLength: EXCERPT_LENGTH, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

// Merges run one after another, so a search never starts while a shard is half merged.
let merging: Promise<void> = Promise.resolve();
/** Merges older shards until `count` shards (from the newest) are searched. */
function searchShards(count: number): Promise<void> {
  merging = merging.then(async () => {
    const pf = await loadPagefind();
    while (searched < Math.min(count, shards.length)) {
      await pf.mergeIndex(shards[searched].path, { language: lang, excerptLength: EXCERPT_LENGTH });
      searched++;
    }
  });
  return merging;
}

// Filter counts need Pagefind's filter files, one per filter over every document: at scale they outweigh
// the rest of a query, so they load only when the reader opens the filters (or arrives with some set).
const filterPanel = document.getElementById('search-filters') as HTMLDetailsElement;
let filtersLoaded: Promise<void> | undefined;
function loadFilters(): Promise<void> {
  filtersLoaded ??= loadPagefind().then(async (pf) => {
    await searchShards(Infinity);
    await pf.filters();
  });
  return filtersLoaded;
}
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void loadFilters().then(run);
});

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

/**
 * The clauses of a document that matched, best first: those holding the whole phrase, and of those the one
 * the phrase is most of (a clause about the phrase rather than one mentioning it among much else); then
 * the others by number of matched words.
 */
function matchingClauses(data: PagefindData, phraseWords: number): PagefindSubResult[] {
  const subs = (data.sub_results ?? []).filter((s) => s.locations.length > 0);
  const rank = (s: PagefindSubResult) => (hasPhrase([...s.locations].sort((a, b) => a - b), phraseWords) ? 1 + phraseWords / s.locations.length : 0);
  return subs.sort((a, b) => rank(b) - rank(a) || b.locations.length - a.locations.length);
}

function clauseOf(url: string): string | undefined {
  const hash = url.split('#')[1];
  return hash ? decodeURIComponent(hash) : undefined;
}

function renderResult(data: PagefindData, phraseWords: number): HTMLLIElement {
  const li = document.createElement('li');
  const [best, ...others] = matchingClauses(data, phraseWords);
  const target = best ?? { url: data.url, excerpt: data.excerpt, locations: [] };
  const a = document.createElement('a');
  // Only this site's own paths: the index is ours, but a result is never a way off the site.
  const safe = (url: string) => (url.startsWith('/') ? url : '#');
  a.href = safe(target.url);
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  a.append(title);
  const where = document.createElement('span');
  where.className = 'result-where';
  const clause = clauseOf(target.url);
  where.textContent = clause ? unitLabel(lang, clause) : data.meta.kind === 'agency' ? root.dataset.kindAgency! : root.dataset.kindDocument!;
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const run of excerptRuns(target.excerpt)) {
    if (run.mark) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else excerpt.append(run.text);
  }
  li.append(a, where, excerpt);
  const more = others.map((s) => clauseOf(s.url)).filter((c): c is string => Boolean(c)).slice(0, MORE_CLAUSES);
  if (more.length) {
    const also = document.createElement('p');
    also.className = 'result-also';
    also.append(`${root.dataset.alsoIn} `);
    more.forEach((c, i) => {
      const link = document.createElement('a');
      link.href = safe(`${data.url.split('#')[0]}#${c}`);
      link.textContent = unitLabel(lang, c);
      also.append(...(i ? ['; ', link] : [link]));
    });
    li.append(also);
  }
  return li;
}

let generation = 0;
let pending: PagefindResult[] = [];
let phraseWords = 1;

more.addEventListener('click', async () => {
  const mine = generation;
  const next = pending.slice(0, PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (mine !== generation) return;
  const items = data.map((d) => renderResult(d, phraseWords));
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
    older.hidden = true;
    status.textContent = root.dataset.hint!;
    if (filtersLoaded) {
      const pf = await loadPagefind();
      await filtersLoaded;
      if (mine === generation) renderFilters(await pf.filters());
    }
    return;
  }
  status.textContent = root.dataset.loading!;
  const pf = await loadPagefind();
  if (hasFilters) {
    filterPanel.open = true;
    await loadFilters();
  }
  const filters = activeFilters();
  // Pagefind returns no filter counts when given an empty filter object, so none is passed then.
  const options = hasFilters ? { filters } : undefined;
  await merging;
  let found = await searchAll(pf, plan, options);
  // Take in older periods, one at a time, while the periods searched give fewer than a page of results
  // with every word, or none with the words as a phrase ("gác cửa" in one old notice, against "gác" and
  // "của" in many newer texts) among the newest PHRASE_DOCUMENTS documents. Not until a page of phrase
  // holders, nor for a phrase over the whole corpus: each older shard costs a query its common words'
  // chunks again (a phrase no document holds took in 20 shards, 860 KB, at 10,000 documents). Phrase
  // holders rank first; "Search older documents too" takes in the next period.
  const wanting = () => found.ordered.length < PAGE_SIZE || (found.phrase === 0 && documentsSearched() < PHRASE_DOCUMENTS);
  while (mine === generation && wanting() && searched < shards.length) {
    await searchShards(searched + 1);
    found = await searchAll(pf, plan, options);
  }
  if (mine !== generation) return;
  const { ordered } = found;
  renderFilters(found.filters);
  const page = await Promise.all(ordered.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (mine !== generation) return;
  phraseWords = plan.words;
  list.replaceChildren(...page.map((d) => renderResult(d, phraseWords)));
  pending = ordered.slice(PAGE_SIZE);
  more.hidden = pending.length === 0;
  const shown = q ? `“${q}”` : '';
  const counted = ordered.length ? `${ordered.length} ${root.dataset.resultsFor} ${shown}`.trim() : `${root.dataset.noResults} ${shown}`.trim();
  // While older periods are unsearched, the count says which documents it covers.
  const since = searched < shards.length ? shards[searched - 1]?.from : null;
  status.textContent = since ? `${counted} (${root.dataset.since} ${shards[searched - 1].since?.[lang] ?? since})` : counted;
  showOlder();
}

/** Every word search of a plan over the shards merged so far: each result once, phrase holders first. */
async function searchAll(pf: Pagefind, plan: ReturnType<typeof planSearch>, options?: { filters?: Record<string, string[]> }) {
  const searches = await Promise.all((plan.terms.length ? plan.terms : [null]).map((term) => pf.search(term, options)));
  // Each result once (at its best score); those holding the whole phrase first, then by score.
  const best = new Map<string, PagefindResult & { phrase: boolean }>();
  for (const r of searches.flatMap((s) => s.results)) {
    const phrase = hasPhrase(r.words, plan.words);
    const seen = best.get(r.id);
    if (!seen || (phrase && !seen.phrase) || (phrase === seen.phrase && r.score > seen.score)) best.set(r.id, { ...r, phrase });
  }
  const ordered = [...best.values()].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score);
  return { ordered, phrase: ordered.filter((r) => r.phrase).length, filters: searches[0]?.filters ?? {} };
}

/** The button that takes in the next older period, labelled with its dates. */
function showOlder() {
  const next = shards[searched];
  older.hidden = !next;
  if (next) older.textContent = `${older.dataset.label} (${next.period?.[lang] ?? root.dataset.undated})`;
}
older.addEventListener('click', async () => {
  older.disabled = true;
  try {
    await searchShards(searched + 1);
    await run();
  } finally {
    older.disabled = false;
  }
  // Keyboard users go on from the results, which now include the older period.
  list.querySelector('a')?.focus();
});

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
