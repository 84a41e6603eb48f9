/**
 * Normalised form of Persian text for search and uniqueness (docs/domain.md section 4). Names are stored
 * as written; this form is stored beside them (cluster and person `search_name`, plan and resolution
 * `search_title`, agency and working group `search_name`) and compared instead:
 * - Arabic yeh, alef maksura and kaf equal Persian yeh and kaf;
 * - Persian and Arabic-Indic digits equal ASCII digits;
 * - a zero-width non-joiner, a space and nothing compare equal (سنگ‌های = سنگ های = سنگهای), so
 *   the form keeps no white space and no zero-width character at all;
 * - tatweel (ـ) and vowel marks (harakat U+064B–U+065F, superscript alef U+0670) are ignored;
 * - letters are lower-cased.
 *
 * The database holds the same function, `persian_search_key(text)` (migration 0006), used to
 * recompute stored forms and by set-based writers; a test checks that both give the same result.
 */

const CHARACTER_MAP: Record<string, string> = {
  '\u064A': '\u06CC', // Arabic yeh -> Persian yeh
  '\u0649': '\u06CC', // Alef maksura -> Persian yeh
  '\u0643': '\u06A9', // Arabic kaf -> Persian kaf
};

/**
 * White space, written out rather than `\s`, so that PostgreSQL's regular expression (whose `\s`
 * depends on the locale) can use the very same class.
 */
export const WHITE_SPACE_CLASS = '\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
/** Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), tatweel and vowel marks. */
export const IGNORED_CLASS = '\\u200B-\\u200D\\u2060\\uFEFF\\u0640\\u064B-\\u065F\\u0670';

const IGNORED = new RegExp(`[${IGNORED_CLASS}]`, 'g');
const WHITE_SPACE = new RegExp(`[${WHITE_SPACE_CLASS}]+`, 'g');

function mapCharacters(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else out += CHARACTER_MAP[char] ?? char;
  }
  return out;
}

/** The compared form: what is stored in the search columns and what a search term becomes. */
export function normalizePersian(text: string): string {
  return mapCharacters(text).replace(IGNORED, '').replace(WHITE_SPACE, '').toLowerCase();
}

/**
 * The same folding with words kept apart by single spaces: what a search term becomes to match a
 * column stored as written (an English or Latin name) case-insensitively.
 */
export function foldPersian(text: string): string {
  return mapCharacters(text).replace(IGNORED, '').replace(WHITE_SPACE, ' ').trim().toLowerCase();
}
