/**
 * Normalised form of Persian text for search and uniqueness (DOMAIN.md section 4): Arabic yeh and
 * kaf equal Persian yeh and kaf, Persian and Arabic-Indic digits equal ASCII digits, zero-width
 * non-joiners and repeated spaces are ignored. Names are stored as written; this form is stored
 * beside them and compared instead.
 */

const CHARACTER_MAP: Record<string, string> = {
  '\u064A': '\u06CC', // Arabic yeh -> Persian yeh
  '\u0649': '\u06CC', // Alef maksura -> Persian yeh
  '\u0643': '\u06A9', // Arabic kaf -> Persian kaf
};

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function normalizePersian(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else out += CHARACTER_MAP[char] ?? char;
  }
  return out.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
