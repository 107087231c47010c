/**
 * Requests to Pagefind's indexing service, kept a few ahead of its answers (src/integrations/search-index/
 * build.ts). A driver that awaits each answer before preparing the next request leaves Pagefind idle while it
 * prepares, and itself idle while Pagefind indexes: at 1,000 documents the index took 26 s that way, 19 s
 * four documents ahead. The service takes requests in the order sent, so the index it writes is the same,
 * byte for byte (BENCHMARKS.md). The window is small because each request holds a document's page until it
 * is answered.
 */

/** What every Pagefind call answers: the errors it met, none if it succeeded. */
export interface PagefindAnswer {
  errors: string[];
}

export class PagefindRequests {
  readonly #ahead: number;
  readonly #unanswered: Promise<void>[] = [];
  #sent = 0;

  constructor(ahead: number) {
    if (!Number.isInteger(ahead) || ahead < 1) throw new RangeError(`a window of ${ahead} requests`);
    this.#ahead = ahead;
  }

  /** How many requests were sent. */
  get sent(): number {
    return this.#sent;
  }

  /**
   * Counts a request sent, and resolves once fewer than the window's requests are unanswered. An error that
   * Pagefind answers to it is thrown here or from `settled`, whichever awaits that request, never as an
   * unhandled rejection in between.
   */
  async send(request: Promise<PagefindAnswer>): Promise<void> {
    const answered = request.then(({ errors }) => {
      if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
    });
    answered.catch(() => {});
    this.#unanswered.push(answered);
    this.#sent++;
    if (this.#unanswered.length >= this.#ahead) await this.#unanswered.shift();
  }

  /** Resolves once every request sent is answered: a shard is written only when Pagefind holds all its pages. */
  async settled(): Promise<void> {
    await Promise.all(this.#unanswered.splice(0));
  }
}
