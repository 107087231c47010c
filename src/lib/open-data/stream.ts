/**
 * Open data files as streamed responses. At 10,000 documents documents.json is about 200 MB and tasks.json
 * over 100 MB: built as one array of objects and one JSON string, each held the whole object graph and a
 * string twice the file's size (V8 keeps text with Vietnamese as UTF-16) in Astro's heap at once, the peak
 * of the build's memory. Streamed, each record is made, written out as UTF-8 and dropped before the next:
 * Astro still collects the bytes to write the file, but outside the JavaScript heap and once.
 */

const encoder = new TextEncoder();

/** Whatever can be walked one record at a time. */
type Records<T> = Iterable<T> | AsyncIterable<T>;

function streamOf(parts: () => AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const source = parts();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await source.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
}

/** `{"key": [record, record, …]}`, one record a line (so line tools and diffs work on it). */
export function jsonListResponse<T>(key: string, records: Records<T>, toJson: (record: T) => unknown): Response {
  return new Response(
    streamOf(async function* () {
      yield `{${JSON.stringify(key)}:[`;
      let first = true;
      for await (const record of records) {
        yield `${first ? '\n' : ',\n'}${JSON.stringify(toJson(record))}`;
        first = false;
      }
      yield '\n]}\n';
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
}

/** One CSV line per record, after `head` (e.g. a byte-order mark and the header line). */
export function textLinesResponse<T>(head: string, records: Records<T>, toLine: (record: T) => string, contentType: string): Response {
  return new Response(
    streamOf(async function* () {
      yield head;
      for await (const record of records) yield toLine(record);
    }),
    { headers: { 'Content-Type': contentType } },
  );
}
