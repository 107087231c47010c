/**
 * The document's metadata (src/content/documents/<id>.yaml) from what the front and end of the text say:
 * the issuer matched against the agency registry, the signer, the place and date, the version of the text.
 * What the source does not say stays null; what is rendered (an English role, a name without diacritics)
 * is reported as a guess.
 */
import { Document, isMap, isScalar, visit } from 'yaml';
import type { Agency, DocumentMeta, Relation } from '../content/schemas.ts';
import type { DocumentType } from '../content/document-types.ts';
import { documentTypeLabels } from '../i18n/labels.ts';
import { nameKey } from '../i18n/vietnamese.ts';
import { romanize, sentenceCase, slugify } from './names.ts';
import type { Report } from './report.ts';
import type { CitedOnly } from './citations.ts';

type Localized = { vi: string; en: string };

/** The registry's agency with this printed name (any case, either tone-mark convention), if there is one. */
export function matchAgency(printed: string, agencies: readonly Agency[]): Agency | undefined {
  const key = nameKey(printed.replace(/\*+/g, '').replace(/[-–*_=]+$/, ''));
  return agencies.find((a) => a.level !== 'collective' && [a.name.vi, ...a.aliases].some((n) => nameKey(n) === key));
}

/** The registry's names in their own casing (an alias in capitals, as a letterhead prints it, says nothing of casing). */
export function knownNames(agencies: readonly Agency[]): string[] {
  return agencies.filter((a) => a.level !== 'collective').flatMap((a) => [a.name.vi, ...a.aliases]).filter((n) => n !== n.toLocaleUpperCase('vi'));
}

/** "T/M", "KT." …: who signs for whom; kept as printed in Vietnamese, rendered in English. */
const SIGNING_FOR: [RegExp, string][] = [
  [/^(T\/M|TM\.?)\s+/iu, 'On behalf of the'],
  [/^(KT\.?)\s+/iu, 'For the'],
  [/^(Q\.)\s+/iu, 'Acting'],
  [/^(TL\.?)\s+/iu, 'By order of the'],
  [/^(TUQ\.?)\s+/iu, 'By authorisation of the'],
];

/** Offices of signers, longest first; the body after the office is looked up in the registry. */
const OFFICES: [string, string][] = [
  ['phó chánh văn phòng thường trực', 'Standing Deputy Chief'],
  ['phó bí thư thường trực', 'Standing Deputy Secretary'],
  ['phó chánh văn phòng', 'Deputy Chief'],
  ['chánh văn phòng', 'Chief'],
  ['phó thủ tướng', 'Deputy Prime Minister'],
  ['thủ tướng', 'Prime Minister'],
  ['phó chủ tịch', 'Vice Chair'],
  ['chủ tịch', 'Chair'],
  ['tổng bí thư', 'General Secretary'],
  ['phó bí thư', 'Deputy Secretary'],
  ['bí thư', 'Secretary'],
  ['thứ trưởng', 'Deputy Minister'],
  ['bộ trưởng', 'Minister'],
  ['phó trưởng ban', 'Deputy Head'],
  ['trưởng ban', 'Head'],
  ['phó giám đốc', 'Deputy Director'],
  ['giám đốc', 'Director'],
  ['tổng kiểm toán nhà nước', 'State Auditor General'],
];

const WHOLE_ROLES: Record<string, string> = {
  'chủ tịch nước': 'President',
  'chủ tịch nước việt nam dân chủ cộng hoà': 'President of the Democratic Republic of Vietnam',
};

/** One role line in English, or undefined when a part of it is not in the tables or the registry. */
function roleLineEn(line: string, agencies: readonly Agency[]): string | undefined {
  let rest = line.replace(/\*+/g, '').trim();
  let prefix = '';
  for (const [re, en] of SIGNING_FOR) {
    const m = re.exec(rest);
    if (m) {
      prefix = en;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const key = nameKey(rest);
  if (WHOLE_ROLES[key]) return [prefix.replace(/ the$/, ''), WHOLE_ROLES[key]].filter(Boolean).join(' ');
  const agency = matchAgency(rest, agencies);
  if (agency) return prefix ? `${prefix} ${agency.name.en}` : agency.name.en;
  const office = OFFICES.find(([vi]) => key === vi || key.startsWith(`${vi} `));
  if (!office) return undefined;
  const body = key.slice(office[0].length).trim();
  if (!body) return prefix ? `${prefix} ${office[1]}` : office[1];
  const bodyAgency = matchAgency(body, agencies);
  if (!bodyAgency) return undefined;
  return `${prefix ? `${prefix.replace(/ the$/, '')} ` : ''}${office[1]} of the ${bodyAgency.name.en}`;
}

/** A role line in Vietnamese sentence case: the signing prefix as printed, bodies as the registry writes them. */
function roleLineVi(line: string, names: readonly string[]): string {
  const text = line.replace(/\*+/g, '').trim();
  const prefix = SIGNING_FOR.map(([re]) => re.exec(text)?.[0]).find(Boolean) ?? '';
  const rest = text.slice(prefix.length);
  return `${prefix}${sentenceCase(rest, names)}`;
}

export function signerOf(role: string[], name: string, agencies: readonly Agency[], line: number, report: Report): DocumentMeta['signer'] {
  const names = knownNames(agencies);
  const vi = role.length ? role.map((r) => roleLineVi(r, names)).join(', ') : '';
  const enParts = role.map((r) => roleLineEn(r, agencies));
  const en = enParts.every((p): p is string => p !== undefined) ? enParts.join(', ') : undefined;
  const nameEn = romanize(name);
  report.guessed(`signer's name in English: ${nameEn} (the name without diacritics)`, line);
  if (!role.length) {
    report.warn(`the signer ${name} is printed without a role; the role is left for a person to fill in (it reads "không rõ" / "not given" until then)`, line);
    return { name: { vi: name, en: nameEn }, role: { vi: 'Không rõ (nguồn không ghi chức vụ)', en: 'Not given in the source' } };
  }
  if (role.some((r) => r !== r.toLocaleLowerCase('vi'))) report.guessed(`signer's role "${vi}" in sentence case from capitals`, line);
  if (en) report.guessed(`signer's role in English: ${en}`, line);
  else report.warn(`the signer's role "${role.join(' ')}" has no English rendering in the importer's tables: its English reads as the Vietnamese until a person translates it`, line);
  return { name: { vi: name, en: nameEn }, role: { vi, en: en ?? vi } };
}

const PLACES_EN: Record<string, string> = {
  'hà nội': 'Hanoi',
  'thành phố hồ chí minh': 'Ho Chi Minh City',
  'tp. hồ chí minh': 'Ho Chi Minh City',
  'tp hồ chí minh': 'Ho Chi Minh City',
  'huế': 'Hue',
};

export function placeOf(printed: string): Localized {
  return { vi: printed, en: PLACES_EN[nameKey(printed)] ?? romanize(printed) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const viDate = (iso: string) => iso.split('-').reverse().join('/');
const enDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
};

/** Which text the site holds: the one its closing formula says was passed, without later amendments. */
export function textVersionOf(passed: { date: string; body?: Agency }): Localized {
  return {
    vi: `Văn bản như khi được ${passed.body ? `${passed.body.name.vi} ` : ''}thông qua ngày ${viDate(passed.date)}. Các lần sửa đổi, bổ sung sau đó (nếu có) không được cập nhật vào văn bản này; trang không biết tình trạng hiệu lực hiện nay của văn bản.`,
    en: `The text as passed${passed.body ? ` by the ${passed.body.name.en}` : ''} on ${enDate(passed.date)}. Later amendments, if any, are not incorporated in this text; the site does not know the document's current status.`,
  };
}

/**
 * The document's id: laws and codes by their title and year ("luat-duoc-2016"), as they are cited; other
 * documents by type, number and year ("chi-thi-52-ct-tw-2025"), or type, title and date when unnumbered.
 */
export function documentId(input: { type: DocumentType; number: string | null; title: string; date: string | null }): string {
  const year = input.date?.slice(0, 4);
  const typeLabel = documentTypeLabels[input.type].vi;
  if (['law', 'code', 'ordinance'].includes(input.type) && input.title !== typeLabel) {
    return [slugify(input.title, 70), year].filter(Boolean).join('-');
  }
  if (input.number) return [slugify(`${typeLabel} ${input.number}`, 70), year && !input.number.includes(year) ? year : undefined].filter(Boolean).join('-');
  return [slugify(input.title, 50), input.date].filter(Boolean).join('-');
}

const LOCALIZED_KEYS = new Set(['title', 'place', 'status', 'summary', 'textVersion', 'dateNote', 'name', 'role', 'publisher', 'note']);

/**
 * YAML in the house style: keys in the schema's order, { vi, en } pairs and relations on one line each.
 */
export function toYaml(meta: Record<string, unknown>): string {
  const doc = new Document(meta);
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const value = pair.value;
      if (isMap(value) && LOCALIZED_KEYS.has(key) && value.items.every((i) => String((i.key as { value?: unknown }).value).length <= 2)) {
        const length = value.items.reduce((n, i) => n + String((i.value as { value?: unknown })?.value ?? '').length, 0);
        if (length < 100) value.flow = true;
      }
    },
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
      for (const item of seq.items) if (isMap(item) && (item.has('target') || item.has('vi'))) item.flow = true;
    },
  });
  return houseYaml(doc);
}

/** A YAML document as the content's files write it: { vi: …, en: … } with inner spaces, [a, b] without. */
export function houseYaml(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/\[ ([^[\]{}\n]*?) \]/g, '[$1]');
}

export function citedOnlyMeta(c: CitedOnly): Record<string, unknown> {
  return {
    type: c.type,
    number: c.number,
    title: c.title,
    issuer: c.issuer,
    signer: null,
    date: c.date,
    place: null,
    field: [],
    status: null,
    sourceLanguage: 'vi',
    hasText: false,
    sources: [],
    relations: [] as Relation[],
  };
}

