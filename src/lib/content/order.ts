/**
 * The one order of documents: newest first by issue date, documents without a known date after all dated
 * ones, ties by id in code-unit order (the same on every machine). The document list, the content digest
 * and the search shards all use it, so a period shard holds exactly the documents the list shows together.
 * Browser-safe.
 */
export function compareNewestFirst(a: { id: string; date?: string | null }, b: { id: string; date?: string | null }): number {
  if ((a.date ?? '') !== (b.date ?? '')) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

