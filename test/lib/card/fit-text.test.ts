import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, fitTextShortening, measureTextEm, truncateToEm } from '@/lib/card/fit-text';

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

// A shortened text is whole graphemes of the original, then "…": never half an emoji or a letter without its marks.
function expectCutAtGrapheme(original: string, shortened: string): void {
  expect(shortened.endsWith('…')).toBe(true);
  const kept = graphemes(shortened.slice(0, -1));
  expect(graphemes(original).slice(0, kept.length)).toEqual(kept);
  expect(shortened).not.toMatch(loneSurrogate);
}

const title = { boxWidthPx: 1000, steps: [{ fontSizePx: 80, maxLines: 1 }, { fontSizePx: 60, maxLines: 2 }, { fontSizePx: 40, maxLines: 2 }] };

describe('fitText', () => {
  it.each([
    { label: 'a short title gets the largest size', text: 'The Explorer', fontSizePx: 80 },
    { label: 'a title too long for one big line gets the next step', text: 'The Extraordinarily Adventurous One', fontSizePx: 60 },
    { label: 'a longer one steps down again', text: 'The Extraordinarily Adventurous Breakfast Connoisseur of Seas', fontSizePx: 40 },
    { label: 'wide capitals step down sooner than narrow letters', text: 'WWWWWWWWWWWWWWW', fontSizePx: 60 },
    { label: 'the same count of narrow letters keeps the big size', text: 'iiiiiiiiiiiiiii', fontSizePx: 80 },
    { label: 'a short Arabic title gets the largest size', text: 'المستكشف', fontSizePx: 80 },
  ])('$label', ({ text, fontSizePx }) => {
    const fitted = fitText(text, title);
    expect(fitted.fontSizePx).toBe(fontSizePx);
    expect(fitted.text).toBe(text);
    expect(fitted.isTruncated).toBe(false);
  });

  it.each([
    { label: 'Latin words', text: 'The completely unofficial and extremely long personality quiz about breakfast habits around the world and more' },
    { label: 'a 60-emoji name', text: '🦄✨🌈'.repeat(20) },
    { label: 'family emoji (ZWJ sequences)', text: '👨‍👩‍👧‍👦'.repeat(60) },
    { label: 'flags (regional indicator pairs)', text: '🇸🇦🇪🇬'.repeat(30) },
    { label: 'Arabic with vowel marks', text: 'عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدِ بْنِ عَبْدِ اللَّهِ الْمُسْتَكْشِفُ الْعَظِيمُ '.repeat(3) },
    { label: 'one endless word', text: 'Supercalifragilisticexpialidocious'.repeat(5) },
  ])('cuts a text too long for the last step at a grapheme boundary, with "…": $label', ({ text }) => {
    const fitted = fitText(text, title);
    expect(fitted.isTruncated).toBe(true);
    expect(fitted.fontSizePx).toBe(40);
    expectCutAtGrapheme(text, fitted.text);
    expect(measureTextEm(fitted.text)).toBeLessThanOrEqual((1000 / 40) * (1 + 0.85));
  });

  it('cuts at the last space when that keeps most of the text, and drops the punctuation before "…"', () => {
    expect(truncateToEm('Which breakfast personality are you, really? Play now', 22)).toBe('Which breakfast personality are you…');
  });

  it('never returns a broken grapheme, whatever the text (property)', () => {
    const grapheme = fc.constantFrom('a', 'W', ' ', 'é', 'e\u0301', 'س', 'مُ', 'لَّ', '🧭', '👩‍💻', '🇸🇦', '👍🏽', '#️⃣', '8', '/', '…');
    fc.assert(
      fc.property(fc.array(grapheme, { maxLength: 120 }), fc.integer({ min: 100, max: 1200 }), (parts, boxWidthPx) => {
        const text = parts.join('');
        const fitted = fitText(text, { boxWidthPx, steps: [{ fontSizePx: 48, maxLines: 2 }, { fontSizePx: 32, maxLines: 2 }] });
        if (fitted.isTruncated) expectCutAtGrapheme(text, fitted.text);
        else expect(fitted.text).toBe(text);
      }),
    );
  });
});

describe('fitTextShortening', () => {
  const headline = { boxWidthPx: 600, steps: [{ fontSizePx: 30, maxLines: 1 }, { fontSizePx: 24, maxLines: 1 }] };

  it('shortens the name inside the headline and keeps the words after it', () => {
    const name = 'Maximiliana 🦄✨ Alexandrova-Featherstonehaugh 🌈🌈 the Magnificent of Greater Wobbleshire';
    const fitted = fitTextShortening(`${name} got`, name, headline);
    expect(fitted.isTruncated).toBe(true);
    expect(fitted.text.endsWith('… got')).toBe(true);
    expectCutAtGrapheme(name, fitted.text.slice(0, -' got'.length));
  });

  it('shortens an Arabic name after the word before it', () => {
    const name = 'عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدِ بْنِ عَبْدِ اللَّهِ الْمُسْتَكْشِفُ الْعَظِيمُ ابْنُ الصَّحْرَاءِ';
    const fitted = fitTextShortening(`نتيجة ${name}`, name, headline);
    expect(fitted.text.startsWith('نتيجة ')).toBe(true);
    expectCutAtGrapheme(name, fitted.text.slice('نتيجة '.length));
  });

  it('leaves a headline that fits alone', () => {
    expect(fitTextShortening('Sara got', 'Sara', headline)).toEqual({ text: 'Sara got', fontSizePx: 30, maxLines: 1, isTruncated: false });
  });
});
