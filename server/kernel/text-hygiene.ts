/**
 * What text the API accepts (README, "Input hygiene"). PostgreSQL refuses NUL in text, lone UTF-16
 * surrogates turn into U+FFFD on the way to UTF-8, bidirectional overrides and isolates make a name
 * display as something else than it is ("Trojan Source", CVE-2021-42574), and control characters
 * corrupt terminals, CSV exports and logs. So every string of every input is checked here, before any
 * resolver runs, and refused as BAD_USER_INPUT naming the field.
 *
 * Two kinds of text:
 * - short text (names, titles, codes, numbers, ids, e-mail addresses): no control character at all;
 * - long text (reasons, descriptions, findings, opinions, decisions), marked with `@LongText()` on its
 *   input field: line breaks (`\n`, `\r\n`) and tabs are allowed there, and nothing else of C0/C1.
 *
 * Kept on purpose: ZWNJ U+200C and ZWJ U+200D, which Persian spelling needs (می‌خواهم), and the
 * bidi *marks* LRM U+200E, RLM U+200F and ALM U+061C. A mark is an invisible strong letter with no
 * scope: it cannot reorder anything beyond its neighbours, unlike an embedding, override or isolate,
 * which governs everything up to its terminator. Persian keyboards (ISIRI 9147) type LRM and RLM to
 * place punctuation and Latin words correctly in right-to-left text, so refusing them would refuse
 * text people really write.
 */
import { Extensions } from 'type-graphql';

/** Extension key on an input field whose text may span lines: `{ text: 'long' }`. */
export const TEXT_EXTENSION = 'text';

export type TextKind = 'short' | 'long';

/**
 * Marks an input field as long text (line breaks and tabs allowed). Every other string field is short
 * text, so a field someone forgets to mark is checked more strictly, never less.
 */
export function LongText(): PropertyDecorator {
  return Extensions({ [TEXT_EXTENSION]: 'long' }) as PropertyDecorator;
}

export interface TextFault {
  /** Index of the offending UTF-16 code unit. */
  index: number;
  /** The offending code unit (a lone surrogate) or code point. */
  codePoint: number;
  /** What is wrong, in words. */
  reason: string;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The first character `text` may not contain as `kind` text, or null when it is clean. */
export function findTextFault(text: string, kind: TextKind): TextFault | null {
  const long = kind === 'long';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x20) {
      if (long && (unit === 0x0a || unit === 0x09)) continue;
      if (long && unit === 0x0d && text.charCodeAt(index + 1) === 0x0a) {
        index += 1;
        continue;
      }
      const reason =
        unit === 0 ? 'a NUL character' : unit === 0x0a || unit === 0x0d || unit === 0x09 ? 'a line break or tab' : 'a control character';
      return { index, codePoint: unit, reason };
    }
    if (unit < 0x7f) continue;
    if (unit <= 0x9f) return { index, codePoint: unit, reason: 'a control character' };
    if (isHighSurrogate(unit)) {
      if (isLowSurrogate(text.charCodeAt(index + 1))) {
        index += 1;
        continue;
      }
      return { index, codePoint: unit, reason: 'a lone surrogate (invalid UTF-16)' };
    }
    if (isLowSurrogate(unit)) return { index, codePoint: unit, reason: 'a lone surrogate (invalid UTF-16)' };
    if ((unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069)) {
      return { index, codePoint: unit, reason: 'a bidirectional embedding, override or isolate character' };
    }
    if (unit === 0x2028 || unit === 0x2029)
      return { index, codePoint: unit, reason: 'a line or paragraph separator (write line breaks as \\n)' };
  }
  return null;
}

/** `U+202E` */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message for a fault at `path` (e.g. `input.reason`); never repeats the text itself. */
export function textFaultMessage(path: string, kind: TextKind, fault: TextFault): string {
  const where = `${path} contains ${fault.reason} (${codePointLabel(fault.codePoint)} at position ${fault.index + 1})`;
  const allowed =
    kind === 'long'
      ? 'only line breaks (\\n, \\r\\n) and tabs are allowed here'
      : 'names, codes and numbers are one line of printable text';
  return `${where}; ${allowed}.`;
}
