/**
 * The search page: reads ?q= (and filters) so a search is a shareable link, updates the URL as the reader
 * types, and lists results: first the targets of a legal reference the query makes ("Điều 22 Luật bảo
 * hiểm y tế", "52-CT/TW"), then documents by their best clause (src/lib/search/ranking.ts), each with the
 * clause, an excerpt with the match marked, and links to its next best clauses. Pagefind loads only here,
 * on first use. The index is in period shards, newest first (src/lib/search/shards.ts): a query searches
 * the newest, and takes in older ones while fewer than a page of documents hold every word of the query or
 * (for a few words) none holds them together, when the reader asks for older documents, or when filters are in use (their
 * counts cover every period). Everything the reader typed is shown as text, never as HTML.
 */
import type { Lang } from '../lib/i18n/languages.ts';
import { parseReference } from '../lib/search/legal-reference.ts';
import { cleanQuery, planQuery, type QueryPlan } from '../lib/search/query.ts';
import type { ReferenceTarget } from '../lib/search/references.ts';
import { FilterPanel } from './search/filters.ts';
import { SearchIndex } from './search/pagefind.ts';
import { findReferenceTargets } from './search/references.ts';
import { referencePage, renderDocument, renderReference, type ResultLabels } from './search/render.ts';
import { findDocuments, rankDocuments, type DocumentCandidate } from './search/results.ts';
import { activeFilters, readUrl, writeUrl } from './search/url-state.ts';

// Each document shown downloads its fragment: show five, then more on request.
const PAGE_SIZE = 5;
// Fragments fetched beyond a page when a document's bound says it might outrank one shown.
const EXTRA_FRAGMENTS = 2;
// A query of up to TOGETHER_WORDS words that no document holds together takes in older periods until this
// many documents are searched.
const PHRASE_DOCUMENTS = 1000;
const TOGETHER_WORDS = 3;

const root = document.getElementById('search')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const older = document.getElementById('search-older') as HTMLButtonElement;
const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'vi';
const labels: ResultLabels = {
  document: root.dataset.kindDocument!,
  agency: root.dataset.kindAgency!,
  alsoIn: root.dataset.alsoIn!,
  reference: root.dataset.reference!,
};

const initial = readUrl();
input.value = initial.query;
const selected = initial.selected;
const index = new SearchIndex(lang);
const filters = new FilterPanel(root, index, selected, () => void run());

/** The search on screen: its documents in order, those shown, and the pages reference results already show. */
let current: { plan: QueryPlan; candidates: DocumentCandidate[]; shown: Set<DocumentCandidate>; excluded: Set<string> } | undefined;
let generation = 0;

const pageOf = (c: DocumentCandidate) => c.loaded!.data.url.split('#')[0];

/** The next `count` documents not shown yet, best first. */
async function nextDocuments(count: number): Promise<DocumentCandidate[]> {
  const s = current!;
  const want = s.shown.size + count + s.excluded.size;
  const ordered = await rankDocuments(s.plan, lang, s.candidates, want, EXTRA_FRAGMENTS);
  const next = ordered.filter((c) => c.loaded && !s.shown.has(c) && !s.excluded.has(pageOf(c))).slice(0, count);
  for (const c of next) s.shown.add(c);
  return next;
}

function remaining(): number {
  const s = current;
  if (!s) return 0;
  return s.candidates.filter((c) => !s.shown.has(c) && !(c.loaded && s.excluded.has(pageOf(c)))).length;
}

more.addEventListener('click', async () => {
  const mine = generation;
  const next = await nextDocuments(PAGE_SIZE);
  if (mine !== generation) return;
  const items = next.map((c) => renderDocument(c.loaded!, lang, labels));
  list.append(...items);
  more.hidden = remaining() === 0;
  // Keyboard and screen-reader users continue from the first new result.
  items[0]?.querySelector('a')?.focus();
});

function clear(hint: string) {
  current = undefined;
  list.replaceChildren();
  more.hidden = true;
  older.hidden = true;
  status.textContent = hint;
}

async function run() {
  const q = cleanQuery(input.value);
  writeUrl(q, selected);
  const mine = ++generation;
  const filtered = activeFilters(selected);
  if (!q && !filtered) {
    clear(root.dataset.hint!);
    if (filters.wanted) {
      const counts = await filters.counts();
      if (mine === generation) filters.render(counts);
    }
    return;
  }
  status.textContent = root.dataset.loading!;
  const abbreviations = await index.abbreviations();
  // A legal reference first: its targets, from the reference index (a few small files, fetched while
  // Pagefind loads). Once it has found them, the words search looks for the rest of the query: the units it
  // names ("khoản 1 Điều 12") are a citation, not words of a text, and stand in the heading of every law's
  // clause 1 of Article 12.
  const reference = parseReference(q);
  void index.load().catch(() => undefined);
  const targets: ReferenceTarget[] = reference ? await findReferenceTargets(reference, lang, abbreviations) : [];
  if (mine !== generation) return;
  const words = targets.length ? reference!.text : q;
  const plan = planQuery(words, lang, abbreviations);
  if (!plan.slots.length && !filtered && !targets.length) return clear(root.dataset.hint!);
  if (filtered) {
    filters.element.open = true;
    await filters.load();
  }
  const searchWords = plan.slots.length > 0 || Boolean(filtered);
  let found = searchWords ? await findDocuments(index, plan, lang, words, filtered) : { candidates: [], full: 0, together: 0, filters: {} };
  // Take in older periods, one at a time, while the periods searched give fewer than a page of documents
  // with every word, or, for a query of a few words, none holds them together ("gác cửa" in one old notice,
  // against "gác" and "của" in many newer texts) among the newest PHRASE_DOCUMENTS documents. Not for a
  // longer query: typed apart, its words are rarely together in any text, and each older shard costs a
  // query its common words' chunks again (at 1,000 documents "trách nhiệm của các cơ quan" took in three
  // periods, 370 KB, looking for them). "Search older documents too" takes in the next period.
  const wanting = () => found.full < PAGE_SIZE || (plan.slots.length <= TOGETHER_WORDS && found.together === 0 && index.documentsSearched() < PHRASE_DOCUMENTS);
  while (mine === generation && plan.slots.length && wanting() && index.searched < index.shards.length) {
    await index.searchShards(index.searched + 1);
    found = await findDocuments(index, plan, lang, words, filtered);
  }
  // A document a reference shows is not fetched again for the word results.
  const shownPages = new Set(targets.flatMap((t) => t.document.page?.[lang] ?? []));
  found.candidates = found.candidates.filter((c) => !shownPages.has(c.id));
  if (mine !== generation) return;
  current = { plan, candidates: found.candidates, shown: new Set(), excluded: new Set(targets.map((t) => referencePage(t, lang))) };
  const page = await nextDocuments(PAGE_SIZE);
  if (mine !== generation) return;
  if (filters.wanted) filters.render(found.filters);
  list.replaceChildren(...targets.map((t) => renderReference(t, lang, labels)), ...page.map((c) => renderDocument(c.loaded!, lang, labels)));
  more.hidden = remaining() === 0;
  const total = targets.length + found.candidates.length - found.candidates.filter((c) => c.loaded && current!.excluded.has(pageOf(c))).length;
  const shown = q ? `“${q}”` : '';
  const counted = total ? `${total} ${root.dataset.resultsFor} ${shown}`.trim() : `${root.dataset.noResults} ${shown}`.trim();
  // While older periods are unsearched, the count says which documents it covers.
  const since = index.searched < index.shards.length ? index.shards[index.searched - 1]?.from : null;
  status.textContent = since ? `${counted} (${root.dataset.since} ${index.shards[index.searched - 1].since?.[lang] ?? since})` : counted;
  showOlder();
}

/** The button that takes in the next older period, labelled with its dates. */
function showOlder() {
  const next = index.shards[index.searched];
  older.hidden = !next;
  if (next) older.textContent = `${older.dataset.label} (${next.period?.[lang] ?? root.dataset.undated})`;
}
older.addEventListener('click', async () => {
  older.disabled = true;
  try {
    await index.searchShards(index.searched + 1);
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
if (input.value || activeFilters(selected)) void run();
