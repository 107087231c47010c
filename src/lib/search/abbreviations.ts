/**
 * Abbreviations of Vietnamese administrative writing (BHYT, UBND, KCB …), so that a search for either form
 * finds both. Where they come from, each entry says:
 *  - "defined": the texts define it, a phrase followed by the abbreviation in parentheses ("bảo hiểm y tế
 *    (BHYT)"), where the initials of the phrase's syllables spell it;
 *  - "used": the texts use the abbreviation, and the same document spells out a phrase whose initials spell
 *    it (in two documents or more, and more often than any other such phrase);
 *  - "reviewed": the reviewed list (abbreviations.reviewed.json), for abbreviations the texts use without
 *    spelling them out, or that readers type for phrases the texts spell out; each entry there says where.
 * The build collects the first two from every Vietnamese text (AbbreviationCollector) and writes the table
 * beside the search index; the search page plans queries with it (AbbreviationIndex). Browser-safe.
 */
import { foldedKey, splitWords, wordKey } from './words.ts';

export interface Abbreviation {
  /** As the texts write it: "BHYT", "HĐND". */
  abbr: string;
  /** Phrases it stands for, as the texts write them: "bảo hiểm y tế", "khám bệnh, chữa bệnh". */
  expansions: string[];
  /** Where it comes from: "defined in <document>", "used in <document>", or "reviewed". */
  from: string[];
}

/** The table the build writes beside the search index. */
export const ABBREVIATIONS_FILE = 'abbreviations.json';

export interface AbbreviationFile {
  abbreviations: Abbreviation[];
}

/** The folded key of a phrase: "Khám bệnh, chữa bệnh" -> "kham benh chua benh". */
export function phraseKey(words: readonly string[]): string {
  return words.map(foldedKey).filter(Boolean).join(' ');
}

/** The initial of a syllable, folded and upper case: "ủy" -> "U", "đồng" -> "D"; "#" for no letter. */
function initial(word: string): string {
  const first = /\p{L}/u.exec(word)?.[0];
  if (!first) return '#';
  const base = first.normalize('NFD')[0];
  return base === 'đ' || base === 'Đ' ? 'D' : base.toUpperCase();
}

/** The letters an abbreviation spells, folded: "HĐND" -> "HDND". */
function letters(abbr: string): string {
  return foldedKey(abbr).toUpperCase();
}

/** A token that may be an abbreviation: 2–8 capitals (Đ included), no digits, not a Roman numeral. */
const ABBREVIATION = /^[A-ZĐ]{2,8}$/u;
const ROMAN = /^[IVXLCDM]+$/;
export function looksLikeAbbreviation(token: string): boolean {
  return ABBREVIATION.test(token) && !ROMAN.test(token);
}

/** What a query planner needs: each abbreviation by its folded letters, and each expansion by its words. */
export class AbbreviationIndex {
  private readonly byLetters = new Map<string, Abbreviation>();
  private readonly byPhrase = new Map<string, Abbreviation>();
  /** Longest expansion, in words. */
  readonly longest: number = 0;

  constructor(table: readonly Abbreviation[]) {
    let longest = 0;
    for (const entry of table) {
      this.byLetters.set(letters(entry.abbr), entry);
      for (const expansion of entry.expansions) {
        const words = splitWords(expansion);
        this.byPhrase.set(phraseKey(words), entry);
        longest = Math.max(longest, words.length);
      }
    }
    this.longest = longest;
  }

  /**
   * The abbreviation a typed word stands for. Two-letter ones only when typed in capitals ("TW"): typed in
   * lower case they are too often a word or a syllable.
   */
  abbreviation(typed: string): Abbreviation | undefined {
    const key = wordKey(typed);
    if (!key) return undefined;
    const entry = this.byLetters.get(foldedKey(key).toUpperCase());
    if (!entry) return undefined;
    if (letters(entry.abbr).length < 3 && wordKey(typed).toUpperCase() !== typed.replace(/[^\p{L}]/gu, '')) return undefined;
    return entry;
  }

  /** The longest expansion that the words from `start` begin with, and how many words it takes. */
  expansionAt(words: readonly string[], start: number): { entry: Abbreviation; length: number } | undefined {
    for (let n = Math.min(this.longest, words.length - start); n >= 2; n--) {
      const entry = this.byPhrase.get(phraseKey(words.slice(start, start + n)));
      if (entry) return { entry, length: n };
    }
    return undefined;
  }
}

/**
 * The phrase a parenthesised abbreviation stands for, from the words before it ("… về bảo hiểm y tế" +
 * "BHYT" -> "bảo hiểm y tế"): the shortest run of words ending just before the parenthesis whose initials
 * spell the abbreviation in order, the first and last word included, skipping at most a third of its
 * letters' worth of words ("khám bệnh, chữa bệnh" for KCB skips one "bệnh"). Undefined when no run does.
 */
export function definedPhrase(before: readonly string[], abbr: string): string | undefined {
  const spelled = letters(abbr);
  if (!before.length || initial(before[before.length - 1]) !== spelled.at(-1)) return undefined;
  const allowedSkips = Math.floor(spelled.length / 3);
  let i = spelled.length - 1;
  let skipped = 0;
  for (let w = before.length - 1; w >= 0; w--) {
    const word = before[w];
    // A phrase does not run across a sentence or a clause of its own.
    if (w < before.length - 1 && /[.;:!?)(]$/.test(word)) return undefined;
    if (initial(word) === spelled[i]) {
      i--;
      if (i < 0) return trimPhrase(before.slice(w));
    } else if (++skipped > allowedSkips) return undefined;
  }
  return undefined;
}

function trimPhrase(words: readonly string[]): string {
  const text = words.join(' ');
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

interface Pairing {
  count: number;
  documents: Set<string>;
  forms: Map<string, number>;
}

/**
 * Collects abbreviations from the texts, one document at a time (memory holds the table, not the texts).
 * Feed it a document's Vietnamese units (addText), then endDocument(); result() merges what it found with
 * the reviewed list.
 */
export class AbbreviationCollector {
  private readonly defined = new Map<string, { abbr: string; expansions: Map<string, string>; from: Set<string> }>();
  private readonly used = new Map<string, { abbr: string; pairings: Map<string, Pairing> }>();
  private texts: string[] = [];
  private document = '';

  startDocument(id: string): void {
    this.document = id;
    this.texts = [];
  }

  addText(text: string): void {
    this.texts.push(text);
    for (const m of text.matchAll(/\(([A-ZĐ]{2,8})\)/gu)) {
      const abbr = m[1];
      if (!looksLikeAbbreviation(abbr)) continue;
      const phrase = definedPhrase(splitWords(text.slice(Math.max(0, m.index - 200), m.index)), abbr);
      if (!phrase) continue;
      const entry = this.defined.get(letters(abbr)) ?? { abbr, expansions: new Map(), from: new Set() };
      entry.expansions.set(phraseKey(splitWords(phrase)), entry.expansions.get(phraseKey(splitWords(phrase))) ?? phrase);
      entry.from.add(this.document);
      this.defined.set(letters(abbr), entry);
    }
  }

  /**
   * Pairs each abbreviation the document uses with the phrases of the same document whose syllables' initials
   * spell it exactly. Capitals inside a heading in capitals ("BAN BÍ THƯ"), parts of a document number
   * ("52-CT/TW") and capitals that are a word the document also writes in lower case are not abbreviations.
   * Cheap where it matters: most documents use no abbreviation, and the phrases are looked for by their
   * initials, one character a word.
   */
  endDocument(): void {
    const caps = new Map<string, string>();
    for (const text of this.texts) {
      if (!/[A-ZĐ]{3}/u.test(text)) continue;
      const words = splitWords(text);
      words.forEach((word, i) => {
        const bare = word.replace(/^[(“"']+|[)”"'.,;:!?]+$/gu, '');
        if (bare.length < 3 || !looksLikeAbbreviation(bare) || /[/-]/.test(word)) return;
        const shouting = (w: string | undefined) => !!w && /\p{L}{2}/u.test(w) && w === w.toLocaleUpperCase('vi') && !looksLikeAbbreviation(w.replace(/[^\p{L}]/gu, ''));
        if (shouting(words[i - 1]) || shouting(words[i + 1])) return;
        caps.set(letters(bare), bare);
      });
    }
    if (caps.size) {
      // A capital word the document also writes in lower case is a word ("NAM" of "VIỆT NAM").
      const lower = new Set<string>();
      for (const text of this.texts) for (const w of splitWords(text)) if (w === w.toLowerCase()) lower.add(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
      for (const [key, abbr] of caps) if (lower.has(abbr.toLowerCase())) caps.delete(key);
    }
    if (caps.size) {
      const lengths = [...new Set([...caps.keys()].map((k) => k.length))];
      for (const text of this.texts) {
        // Phrases do not cross punctuation: "khám bệnh, chữa bệnh" is two phrases here.
        for (const segment of text.split(/[,.;:!?()“”"]/)) {
          const seg = splitWords(segment).filter((w) => /^\p{L}/u.test(w) && w !== w.toLocaleUpperCase('vi'));
          if (seg.length < 3) continue;
          const initials = seg.map(initial).join('');
          for (let start = 0; start < seg.length; start++) {
            for (const n of lengths) {
              if (start + n > seg.length) continue;
              const spelled = initials.slice(start, start + n);
              const abbr = caps.get(spelled);
              if (!abbr) continue;
              const run = seg.slice(start, start + n);
              const entry = this.used.get(spelled) ?? { abbr, pairings: new Map<string, Pairing>() };
              const key = phraseKey(run);
              const pairing = entry.pairings.get(key) ?? { count: 0, documents: new Set<string>(), forms: new Map<string, number>() };
              pairing.count++;
              pairing.documents.add(this.document);
              const form = run.join(' ').toLocaleLowerCase('vi');
              pairing.forms.set(form, (pairing.forms.get(form) ?? 0) + 1);
              entry.pairings.set(key, pairing);
              this.used.set(spelled, entry);
            }
          }
        }
      }
    }
    this.texts = [];
  }

  /** The table: reviewed entries first in their own order, then the texts' own, by abbreviation. */
  result(reviewed: readonly Abbreviation[]): Abbreviation[] {
    const table = new Map<string, Abbreviation>();
    const add = (abbr: string, expansions: string[], from: string) => {
      const key = letters(abbr);
      const entry = table.get(key) ?? { abbr, expansions: [], from: [] };
      for (const e of expansions) if (!entry.expansions.some((x) => phraseKey(splitWords(x)) === phraseKey(splitWords(e)))) entry.expansions.push(e);
      if (!entry.from.includes(from)) entry.from.push(from);
      table.set(key, entry);
    };
    for (const r of reviewed) add(r.abbr, r.expansions, 'reviewed');
    const rest: [string, string[], string][] = [];
    for (const d of this.defined.values()) rest.push([d.abbr, [...d.expansions.values()], `defined in ${[...d.from].sort()[0]}`]);
    for (const u of this.used.values()) {
      const ranked = [...u.pairings.values()].sort((a, b) => b.count - a.count);
      const [best, second] = ranked;
      // Two documents at least, and clearly the phrase the texts mean (not one of several that share initials).
      if (best.documents.size < 2 || (second && second.count * 2 > best.count)) continue;
      const form = [...best.forms].sort((a, b) => b[1] - a[1])[0][0];
      rest.push([u.abbr, [form], `used in ${[...best.documents].sort()[0]}`]);
    }
    rest.sort((a, b) => a[0].localeCompare(b[0]));
    for (const [abbr, expansions, from] of rest) add(abbr, expansions, from);
    return [...table.values()];
  }
}
