import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPlayerName, countGraphemes, maxNameGraphemes } from '@/lib/names';

const family = '👨‍👩‍👧‍👦'; // man, woman, girl, boy joined by ZWJ: 1 grapheme, 11 UTF-16 units
const flagSaudi = '🇸🇦';
const flagEgypt = '🇪🇬';
const muhammad = 'مُحَمَّد'; // م ُ ح َ م ّ َ د: 4 graphemes, 8 code points
const thumbsMedium = '👍🏽';
const pilot = '🧑‍✈️';

function graphemesOf(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

// The characters that must never survive: C0, DEL and C1 controls, bidi embeddings, overrides, isolates and marks,
// the BOM, interlinear annotation controls, and lone surrogates.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]|\p{Cs}/u;

describe('cleanPlayerName', () => {
  it.each([
    { label: 'a plain name', raw: 'Sara', expected: 'Sara' },
    { label: 'trims both ends', raw: '   Sara  ', expected: 'Sara' },
    { label: 'folds runs of spaces', raw: 'Anna    Karin', expected: 'Anna Karin' },
    { label: 'a tab between words becomes a space', raw: 'Anna\tKarin', expected: 'Anna Karin' },
    { label: 'a newline between words becomes a space', raw: 'Anna\nKarin', expected: 'Anna Karin' },
    { label: 'CRLF between words becomes one space', raw: 'Anna\r\nKarin', expected: 'Anna Karin' },
    { label: 'NEL (U+0085) between words becomes a space', raw: 'Anna\u0085Karin', expected: 'Anna Karin' },
    { label: 'no-break and ideographic spaces fold too', raw: 'Anna\u00a0\u3000Karin', expected: 'Anna Karin' },
    { label: 'an empty name stays empty', raw: '', expected: '' },
    { label: 'only spaces is no name', raw: ' \t\n ', expected: '' },
    { label: 'only controls is no name', raw: '\u0000\u0007\u001b\u202e', expected: '' },
    { label: 'strips NUL', raw: 'Sa\u0000ra', expected: 'Sara' },
    { label: 'strips ESC (terminal escapes)', raw: '\u001b[31mSara', expected: '[31mSara' },
    { label: 'strips DEL', raw: 'Sara\u007f', expected: 'Sara' },
    { label: 'strips C1 controls', raw: '\u0080Sa\u009bra\u009f', expected: 'Sara' },
    { label: 'strips RIGHT-TO-LEFT OVERRIDE (U+202E)', raw: 'Sara\u202Egnp.exe', expected: 'Saragnp.exe' },
    { label: 'strips the embeddings and overrides U+202A–U+202E', raw: '\u202aA\u202bB\u202cC\u202dD\u202eE', expected: 'ABCDE' },
    { label: 'strips the isolates U+2066–U+2069', raw: '\u2066A\u2067B\u2068C\u2069', expected: 'ABC' },
    { label: 'strips LRM and RLM (U+200E, U+200F)', raw: '\u200eSara\u200f', expected: 'Sara' },
    { label: 'strips ARABIC LETTER MARK (U+061C)', raw: 'سارة\u061c', expected: 'سارة' },
    { label: 'strips the BOM', raw: '\ufeffSara', expected: 'Sara' },
    { label: 'strips a lone high surrogate', raw: 'Sa\ud800ra', expected: 'Sara' },
    { label: 'strips a lone low surrogate', raw: 'Sara\udc00', expected: 'Sara' },
    { label: 'keeps the ZWJ inside an emoji', raw: `Sara ${family}`, expected: `Sara ${family}` },
    { label: 'keeps ZWNJ in Persian', raw: 'می\u200cخواهم', expected: 'می\u200cخواهم' },
    { label: 'keeps Arabic with harakat', raw: muhammad, expected: muhammad },
    { label: 'keeps a two-word Arabic name', raw: '  عبد   الرحمن ', expected: 'عبد الرحمن' },
    { label: 'composes e + combining acute into é (NFC)', raw: 'Rene\u0301e', expected: 'Renée' },
    { label: 'composes across a stripped bidi mark', raw: 'Rene\u200e\u0301e', expected: 'Renée' },
    { label: 'keeps a hyphenated name', raw: 'Anna-Karin', expected: 'Anna-Karin' },
  ])('$label', ({ raw, expected }) => {
    expect(cleanPlayerName(raw)).toBe(expected);
  });

  it.each([
    { label: 'a ZWJ family emoji', unit: family },
    { label: 'a flag', unit: flagSaudi },
    { label: 'an emoji with a skin tone', unit: thumbsMedium },
    { label: 'a ZWJ profession with a variation selector', unit: pilot },
    { label: 'an Arabic letter with shadda and fatha', unit: 'مَّ' },
    { label: 'a Latin letter with two combining marks', unit: 'q\u0323\u0307' },
    { label: 'a Hangul syllable from jamo', unit: '\u1100\u1161\u11a8' },
  ])('caps at the maximum in whole graphemes: $label', ({ unit }) => {
    expect(countGraphemes(unit)).toBe(1);
    const capped = cleanPlayerName(unit.repeat(maxNameGraphemes + 10));
    expect(capped).toBe(unit.normalize('NFC').repeat(maxNameGraphemes));
    expect(countGraphemes(capped)).toBe(maxNameGraphemes);
  });

  it.each([
    { label: 'flags are never split into regional indicators', raw: `${flagSaudi}${flagEgypt}${flagSaudi}`, max: 2, expected: `${flagSaudi}${flagEgypt}` },
    { label: 'an emoji at the cut is kept whole or dropped whole', raw: `Sara${family}`, max: 5, expected: `Sara${family}` },
    { label: 'the marks stay with their letter', raw: muhammad, max: 3, expected: 'مُحَمَّ' },
    { label: 'a trailing space at the cut is trimmed', raw: 'Anna Karin', max: 5, expected: 'Anna' },
    { label: 'a name of exactly the maximum is kept', raw: 'A'.repeat(maxNameGraphemes), max: maxNameGraphemes, expected: 'A'.repeat(maxNameGraphemes) },
    { label: 'a name one over the maximum loses its last grapheme', raw: 'A'.repeat(maxNameGraphemes) + 'B', max: maxNameGraphemes, expected: 'A'.repeat(maxNameGraphemes) },
    { label: 'controls do not count towards the maximum', raw: '\u202e'.repeat(50) + 'Sara', max: 4, expected: 'Sara' },
  ])('$label', ({ raw, max, expected }) => {
    expect(cleanPlayerName(raw, max)).toBe(expected);
  });

  it('keeps a name of 24 graphemes that is far longer in UTF-16 units', () => {
    const name = family.repeat(maxNameGraphemes);
    expect(name.length).toBeGreaterThan(200);
    expect(cleanPlayerName(name)).toBe(name);
  });

  // The function does not escape HTML: a name is plain text, and React and satori escape it where it is shown.
  // These names must come out as the same literal text (trimmed), neither escaped nor stripped.
  it.each([
    { label: 'a script tag', raw: '<script>alert(1)</script>' },
    { label: 'an attribute break-out', raw: '"><img src=x onerror=alert(1)>' },
    { label: 'a javascript: URL', raw: 'javascript:alert(1)' },
    { label: 'a template expression', raw: '{{7*7}}' },
    { label: 'a template literal', raw: '${7*7}' },
    { label: 'a placeholder of the share text', raw: '{result}' },
    { label: 'an SQL injection', raw: "Robert'); DROP TABLE players;--" },
    { label: 'HTML entities', raw: '&lt;b&gt; &amp;' },
    { label: 'an SVG payload', raw: '<svg/onload=alert(1)>' },
  ])('keeps $label as literal text', ({ raw }) => {
    expect(cleanPlayerName(`  ${raw} `, 200)).toBe(raw);
  });
});

describe('countGraphemes', () => {
  it.each([
    { label: 'empty', text: '', count: 0 },
    { label: 'ASCII', text: 'Sara', count: 4 },
    { label: 'a ZWJ family', text: family, count: 1 },
    { label: 'two flags', text: flagSaudi + flagEgypt, count: 2 },
    { label: 'Arabic with harakat', text: muhammad, count: 4 },
    { label: 'decomposed é', text: 'e\u0301', count: 1 },
    { label: 'emoji with skin tone', text: thumbsMedium, count: 1 },
    { label: 'a mixed name', text: `Sara ${flagSaudi}${family}`, count: 7 },
  ])('$label → $count', ({ text, count }) => {
    expect(countGraphemes(text)).toBe(count);
  });
});

// Names built from the pieces that break naive code, mixed with arbitrary Unicode.
const trickyPiece = fc.constantFrom(
  family, flagSaudi, flagEgypt, '🇸', thumbsMedium, pilot, muhammad, 'e\u0301', '\u0301', '\u0323', 'ß', 'a', 'Z', ' ', '  ', '\t', '\n', '\r\n',
  '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u061c', '\u0000', '\u001b',
  '\u007f', '\u0085', '\u009f', '\ufeff', '\ufff9', '\ud800', '\udfff', '\u1100\u1161', '<', '>', '&', '"', '{name}',
);
const nameArb = fc.array(fc.oneof(trickyPiece, fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
const maxArb = fc.integer({ min: 1, max: 30 });

describe('cleanPlayerName properties', () => {
  it('never has more graphemes than the maximum', () => {
    fc.assert(
      fc.property(nameArb, maxArb, (raw, max) => {
        expect(countGraphemes(cleanPlayerName(raw, max))).toBeLessThanOrEqual(max);
        expect(countGraphemes(cleanPlayerName(raw))).toBeLessThanOrEqual(maxNameGraphemes);
      }),
      { numRuns: 500 },
    );
  });

  it('is a prefix, in whole graphemes, of the uncapped clean name', () => {
    fc.assert(
      fc.property(nameArb, maxArb, (raw, max) => {
        const full = cleanPlayerName(raw, Number.POSITIVE_INFINITY);
        const capped = cleanPlayerName(raw, max);
        expect(full.startsWith(capped)).toBe(true);
        const cappedGraphemes = graphemesOf(capped);
        expect(cappedGraphemes).toEqual(graphemesOf(full).slice(0, cappedGraphemes.length));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(nameArb, maxArb, (raw, max) => {
        const once = cleanPlayerName(raw, max);
        expect(cleanPlayerName(once, max)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('contains no control, bidi control or lone surrogate, no edge or double white space, and is NFC', () => {
    fc.assert(
      fc.property(nameArb, (raw) => {
        const clean = cleanPlayerName(raw);
        expect(clean).not.toMatch(unsafe);
        expect(clean).toBe(clean.trim());
        expect(clean).not.toMatch(/\s\s/u);
        expect(clean).toBe(clean.normalize('NFC'));
        // a name that survives can be put in a share URL
        expect(() => encodeURIComponent(clean)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a name of plain letters and single spaces as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z\u0621-\u064a]{1,6}$/), { minLength: 1, maxLength: 3 }), (words) => {
        const name = words.join(' ');
        expect(cleanPlayerName(name)).toBe(name);
      }),
    );
  });
});
