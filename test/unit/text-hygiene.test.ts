import { describe, expect, it } from 'vitest';

import { codePointLabel, findTextFault, textFaultMessage } from '../../server/kernel/text-hygiene';

describe('findTextFault', () => {
  it.each([
    ['Persian with ZWNJ', 'می‌خواهم گزارش‌ها را ببینم'],
    ['ZWJ', 'a\u200Db'],
    ['LRM, RLM and ALM marks', 'خوشه \u200E(IR-23)\u200F \u061C۱۴۰۳'],
    ['emoji (a valid surrogate pair)', 'Export 🚢 2025'],
    ['Latin, digits and punctuation', 'ISIPO-1403/07, 25% — "ok"'],
    ['the empty string', ''],
    ['NBSP and Arabic letters', 'کاشی\u00A0و سرامیک ك ي'],
  ])('accepts %s in short and long text', (_name, text) => {
    expect(findTextFault(text, 'short')).toBeNull();
    expect(findTextFault(text, 'long')).toBeNull();
  });

  it('accepts line breaks (\\n, \\r\\n) and tabs in long text only', () => {
    for (const text of ['one\ntwo', 'one\r\ntwo', 'col\tcol', 'a\r\n\r\n\tb\n']) {
      expect(findTextFault(text, 'long'), JSON.stringify(text)).toBeNull();
      expect(findTextFault(text, 'short'), JSON.stringify(text)).toMatchObject({ reason: 'a line break or tab' });
    }
  });

  it.each([
    ['NUL', 'ab\u0000c', 2, 0x0000, 'NUL'],
    ['a bare CR', 'ab\rc', 2, 0x000d, 'line break'],
    ['a CR at the end', 'ab\r', 2, 0x000d, 'line break'],
    ['ESC (terminal escape)', '\u001B[2J', 0, 0x001b, 'control'],
    ['BEL', 'x\u0007', 1, 0x0007, 'control'],
    ['DEL', 'x\u007F', 1, 0x007f, 'control'],
    ['C1 NEL', 'x\u0085', 1, 0x0085, 'control'],
    ['C1 CSI', 'x\u009B', 1, 0x009b, 'control'],
    ['a lone high surrogate', 'a\uD800b', 1, 0xd800, 'surrogate'],
    ['a lone high surrogate at the end', 'ab\uDBFF', 2, 0xdbff, 'surrogate'],
    ['a lone low surrogate', 'a\uDC00b', 1, 0xdc00, 'surrogate'],
    ['two high surrogates', '\uD83D\uD83D\uDE00', 0, 0xd83d, 'surrogate'],
    ['LRE', 'a\u202Ab', 1, 0x202a, 'bidirectional'],
    ['RLO (Trojan Source)', 'invoice\u202Etxt.exe', 7, 0x202e, 'bidirectional'],
    ['PDF', 'a\u202Cb', 1, 0x202c, 'bidirectional'],
    ['LRI', 'a\u2066b', 1, 0x2066, 'bidirectional'],
    ['PDI', 'a\u2069b', 1, 0x2069, 'bidirectional'],
    ['LINE SEPARATOR', 'a\u2028b', 1, 0x2028, 'separator'],
    ['PARAGRAPH SEPARATOR', 'a\u2029b', 1, 0x2029, 'separator'],
  ])('refuses %s in short and long text', (_name, text, index, codePoint, reason) => {
    for (const kind of ['short', 'long'] as const) {
      const fault = findTextFault(text, kind);
      expect(fault, kind).toMatchObject({ index, codePoint });
      expect(fault!.reason, kind).toContain(reason);
    }
  });

  it('reports the first fault only', () => {
    expect(findTextFault('ok\u202Ethen\u0000', 'long')).toMatchObject({ index: 2, codePoint: 0x202e });
  });
});

describe('the message', () => {
  it('names the field, the code point and its position, and never repeats the text', () => {
    const message = textFaultMessage('input.reason', 'long', findTextFault('secret\u0000', 'long')!);
    expect(message).toBe(
      'input.reason contains a NUL character (U+0000 at position 7); only line breaks (\\n, \\r\\n) and tabs are allowed here.',
    );
    expect(message).not.toContain('secret');
    expect(textFaultMessage('input.name', 'short', findTextFault('a\nb', 'short')!)).toContain('one line of printable text');
    expect(codePointLabel(0x202e)).toBe('U+202E');
  });
});
