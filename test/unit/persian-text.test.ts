import { describe, expect, it } from 'vitest';
import { normalizePersian } from '../../server/kernel/persian-text';

describe('normalizePersian', () => {
  it('Arabic yeh and kaf equal Persian yeh and kaf', () => {
    const arabic = '\u0643\u0644\u0627\u0633\u062A\u0631 \u0635\u0646\u0627\u064A\u0639'; // كلاستر صنايع
    const persian = '\u06A9\u0644\u0627\u0633\u062A\u0631 \u0635\u0646\u0627\u06CC\u0639'; // کلاستر صنایع
    expect(arabic).not.toBe(persian);
    expect(normalizePersian(arabic)).toBe(normalizePersian(persian));
    expect(normalizePersian('ي')).toBe('ی');
    expect(normalizePersian('ك')).toBe('ک');
  });

  it('Persian and Arabic-Indic digits become ASCII digits', () => {
    expect(normalizePersian('۱۴۰۳')).toBe('1403');
    expect(normalizePersian('١٤٠٣')).toBe('1403');
    expect(normalizePersian('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizePersian('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizePersian('خوشه ۱۴۰۳')).toBe(normalizePersian('خوشه 1403'));
  });

  it('removes zero-width non-joiners', () => {
    expect(normalizePersian('می\u200Cروم')).toBe('میروم');
    expect(normalizePersian('\u200C')).toBe('');
    expect(normalizePersian('خانه\u200Cها')).toBe(normalizePersian('خانهها'));
  });

  it('collapses repeated spaces and trims', () => {
    expect(normalizePersian('  خوشه   فرش \t دستباف  ')).toBe('خوشه فرش دستباف');
    expect(normalizePersian('a \u200C b')).toBe('a b');
  });

  it('applies all rules together', () => {
    expect(normalizePersian('  خوشه\u200Cي   ك ۱۴۰۳ ')).toBe(normalizePersian('خوشهی ک 1403'));
  });

  it('keeps other text as written', () => {
    expect(normalizePersian('خوشه صنعتی')).toBe('خوشه صنعتی');
    expect(normalizePersian('')).toBe('');
  });
});
