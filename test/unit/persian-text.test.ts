import { describe, expect, it } from 'vitest';

import { foldPersian, normalizePersian } from '../../server/kernel/persian-text';

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

  it('a zero-width non-joiner, a space and nothing compare equal', () => {
    const joined = normalizePersian('سنگهای');
    expect(normalizePersian('سنگ\u200Cهای')).toBe(joined);
    expect(normalizePersian('سنگ های')).toBe(joined);
    expect(normalizePersian('  سنگ   \t های ')).toBe(joined);
    expect(normalizePersian('سنگ\u00A0های')).toBe(joined);
    expect(normalizePersian('خوشه فرش دستباف')).toBe('خوشهفرشدستباف');
  });

  it('ignores tatweel and vowel marks', () => {
    expect(normalizePersian('فـرش')).toBe('فرش');
    expect(normalizePersian('فــــرش')).toBe('فرش');
    expect(normalizePersian('فَرش')).toBe('فرش');
    expect(normalizePersian('فُرْشٌ')).toBe('فرش');
    expect(normalizePersian('\u0647\u0670\u0630\u0627')).toBe('\u0647\u0630\u0627'); // superscript alef
    // Every mark of U+064B–U+065F goes; the letters around it stay.
    for (let code = 0x064b; code <= 0x065f; code += 1) expect(normalizePersian(`ف${String.fromCodePoint(code)}رش`)).toBe('فرش');
  });

  it('applies all rules together', () => {
    expect(normalizePersian('  خوشه\u200Cي   ك ۱۴۰۳ ')).toBe(normalizePersian('خوشهی ک 1403'));
    expect(normalizePersian('سنگ\u200Cهاي فَـرش كاشان ١٤٠٣')).toBe(normalizePersian('سنگهای فرش کاشان 1403'));
  });

  it('lower-cases Latin letters', () => {
    expect(normalizePersian('Tabriz Carpet')).toBe('tabrizcarpet');
  });

  it('keeps other text as written', () => {
    expect(normalizePersian('خوشه‌صنعتی')).toBe('خوشهصنعتی');
    expect(normalizePersian('خوشه')).toBe('خوشه');
    expect(normalizePersian('')).toBe('');
  });
});

describe('foldPersian (terms matched against names stored as written)', () => {
  it('folds letters, digits and marks like normalizePersian but keeps words apart by one space', () => {
    expect(foldPersian('  Tabriz   Carpet ')).toBe('tabriz carpet');
    expect(foldPersian('فَـرش  كاشان ۱۴۰۳')).toBe('فرش کاشان 1403');
    expect(foldPersian('سنگ\u200Cهای')).toBe('سنگهای');
  });
});
