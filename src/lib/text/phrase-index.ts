/**
 * Finds a fixed set of phrases in a text (agency names in agency-mentions.ts, law titles in
 * legal-references.ts): at each place a phrase may start, the longest one that matches, left to right,
 * without overlaps. A phrase starts where a word or a sign does (never inside a word) and ends before a
 * letter or digit; the words inside it may be apart by any whitespace.
 *
 * Why not one regular expression of every phrase as alternatives: the engine tries the alternatives one by
 * one at every character of the text, and the registry's names and the catalogue's titles grow with the
 * site (every law's title starts with "Luật"). Here the text is read a token at a time, only from the
 * tokens some phrase starts with, along a trie of the phrases' tokens: on the 206 real laws the content
 * validator took 57 s instead of 76 s, for the same matches (tests/unit/phrase-index.test.ts compares the
 * two on real text).
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

export interface PhraseIndex<T> {
  /** Every phrase in the text, longest first at each start, in order and without overlaps. */
  find(text: string): PhraseMatch<T>[];
  /** The longest phrase that starts exactly at `at`, if any. */
  at(text: string, at: number): PhraseMatch<T> | undefined;
}

/** A word (letters and digits), or one sign: the places a phrase can start. */
const TOKEN = String.raw`[\p{L}\p{N}]+|[^\s\p{L}\p{N}]`;
/** The next token and whether whitespace comes before it: a phrase's space matches any run of whitespace. */
const STEP = new RegExp(String.raw`(\s*)(${TOKEN})`, 'uy');
/** A token's key in the trie: with a leading space when whitespace comes before it. */
const stepKey = (m: RegExpExecArray) => (m[1] ? ' ' : '') + m[2];
const AFTER_WORD_CHAR = /(?<=[\p{L}\p{N}])/uy;
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;

/** Whether a sticky pattern matches at `at`. */
const matchesAt = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.test(text);
};

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  phrase?: { value: T };
}

/**
 * An index of phrases, each written with single spaces between its words (as the caller normalises the
 * text it searches), mapped to what a match stands for. Undefined when there is no phrase.
 */
export function phraseIndex<T>(phrases: ReadonlyMap<string, T>): PhraseIndex<T> | undefined {
  // A trie of tokens (keyed by stepKey): the text is read one token at a time from a place, and the deepest
  // phrase reached is the longest that matches there.
  const root: TrieNode<T> = { next: new Map() };
  for (const [phrase, value] of phrases) {
    let node = root;
    let at = 0;
    STEP.lastIndex = 0;
    for (let m = STEP.exec(phrase); m; m = STEP.exec(phrase)) {
      const key = stepKey(m);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
      at = STEP.lastIndex;
    }
    if (node !== root && at === phrase.length && !phrase.startsWith(' ')) node.phrase = { value };
  }
  if (!root.next.size) return undefined;

  /** The longest phrase from `start`, whose first token (`first`) ends at `end`. */
  const longestAt = (text: string, start: number, first: string, end: number): PhraseMatch<T> | undefined => {
    let node = root.next.get(first);
    let best: PhraseMatch<T> | undefined;
    let at = end;
    while (node) {
      // A phrase ends before a letter or digit, never inside a word ("Bộ Y tế" is not in "Bộ Y tếX").
      if (node.phrase && !matchesAt(WORD_CHAR_AT, text, at)) best = { start, end: at, value: node.phrase.value };
      STEP.lastIndex = at;
      const m = STEP.exec(text);
      if (!m) break;
      node = node.next.get(stepKey(m));
      at = STEP.lastIndex;
    }
    return best;
  };

  return {
    find(text) {
      const found: PhraseMatch<T>[] = [];
      const tokens = new RegExp(TOKEN, 'gu');
      for (let t = tokens.exec(text); t; t = tokens.exec(text)) {
        if (!root.next.has(t[0])) continue;
        // A sign right after a letter is inside a word ("COVID-19"): no phrase starts there.
        if (!matchesAt(WORD_CHAR_AT, t[0], 0) && matchesAt(AFTER_WORD_CHAR, text, t.index)) continue;
        const match = longestAt(text, t.index, t[0], tokens.lastIndex);
        if (!match) continue;
        found.push(match);
        tokens.lastIndex = match.end;
      }
      return found;
    },
    at(text, at) {
      STEP.lastIndex = at;
      const t = STEP.exec(text);
      return t && !t[1] ? longestAt(text, at, t[2], STEP.lastIndex) : undefined;
    },
  };
}
