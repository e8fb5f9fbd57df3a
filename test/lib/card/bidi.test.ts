import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoVisualRuns, toVisualOrder, type BidiRun } from '@/lib/card/bidi';
import type { TextDirection } from '@/lib/card/types';

function visualTexts(text: string, direction: TextDirection): string[] {
  return toVisualOrder(splitIntoVisualRuns(text, direction)).map((piece) => piece.text);
}

function allLeaves(run: BidiRun): Array<{ text: string; direction: TextDirection }> {
  return run.words.flatMap((word) => word.flatMap((part) => (part.kind === 'text' ? [part] : allLeaves(part))));
}

const strongRtl = /[\u0590-\u05ff\u0600-\u061b\u061d-\u064a\u066e-\u06d5\u06e5-\u06ff]/u;
const strongLtr = /[A-Za-z\u00c0-\u024f]/u;

// The visual order, left to right, that Chromium gives each line (dir="ltr" or dir="rtl", one unwrapped line).
// Each entry is one text leaf; a leaf's own characters stay in logical order and the shaper draws them.
describe('splitIntoVisualRuns: the visual order Chromium gives', () => {
  it.each([
    {
      label: 'an Arabic sentence keeps "8/10" whole, in the middle where it belongs',
      text: 'سارة حصلت على 8/10 في الاختبار',
      direction: 'rtl' as const,
      expected: ['الاختبار', 'في', '8/10', 'على', 'حصلت', 'سارة'],
    },
    {
      label: 'an English sentence with an Arabic name reverses only the name',
      text: 'Well done سارة أحمد!',
      direction: 'ltr' as const,
      expected: ['Well', 'done', 'أحمد', 'سارة', '!'],
    },
    { label: 'pure Arabic reads right to left', text: 'المستكشف الشجاع', direction: 'rtl' as const, expected: ['الشجاع', 'المستكشف'] },
    { label: 'pure English reads left to right', text: 'The Explorer', direction: 'ltr' as const, expected: ['The', 'Explorer'] },
    {
      label: 'numbers and a percentage in English stay put',
      text: '8/10 · Better than 73% of players',
      direction: 'ltr' as const,
      expected: ['8/10', '·', 'Better', 'than', '73%', 'of', 'players'],
    },
    {
      label: 'a leading percentage in Arabic is the right-most item, still "12%"',
      text: '12% من اللاعبين',
      direction: 'rtl' as const,
      expected: ['اللاعبين', 'من', '12%'],
    },
    {
      label: 'a percentage after Arabic words follows them (the sign to its left, as Chromium draws it)',
      text: 'أفضل من 73% من اللاعبين',
      direction: 'rtl' as const,
      expected: ['اللاعبين', 'من', '%', '73', 'من', 'أفضل'],
    },
    {
      label: 'Arabic-Indic digits read ٨/١٠, cut so satori cannot reverse them',
      text: '٨/١٠ في الاختبار',
      direction: 'rtl' as const,
      expected: ['الاختبار', 'في', '٨', '/', '١٠'],
    },
    {
      label: 'an exclamation mark ends an Arabic word on its left',
      text: 'أحسنت يا سارة!',
      direction: 'rtl' as const,
      expected: ['سارة!', 'يا', 'أحسنت'],
    },
    { label: 'a full stop after an Arabic name in English goes last', text: 'I am سارة.', direction: 'ltr' as const, expected: ['I', 'am', 'سارة', '.'] },
    { label: 'an English name ending in "!" on an Arabic card puts "!" on the left', text: 'Sara!', direction: 'rtl' as const, expected: ['!', 'Sara'] },
    {
      label: 'brackets around Arabic and a digit pair up (each bracket is mirrored by the shaper)',
      text: '(مستوى ٣)',
      direction: 'rtl' as const,
      expected: [')', '٣', '(مستوى'],
    },
    { label: 'an emoji before an Arabic title sits on its right', text: '🧭 المستكشف', direction: 'rtl' as const, expected: ['المستكشف', '🧭'] },
    {
      label: 'an English phrase inside Arabic stays in English order',
      text: 'أنت The Great Explorer!',
      direction: 'rtl' as const,
      expected: ['!', 'The', 'Great', 'Explorer', 'أنت'],
    },
    {
      label: 'an isolate is honoured, then dropped from the text',
      text: 'Sara \u2067سارة أحمد\u2069 got',
      direction: 'ltr' as const,
      expected: ['Sara', 'أحمد', 'سارة', 'got'],
    },
    { label: 'runs of white space fold', text: '  The \n\n Explorer  ', direction: 'ltr' as const, expected: ['The', 'Explorer'] },
    { label: 'a no-break space stays inside its word', text: 'Mr.\u00a0Smith', direction: 'ltr' as const, expected: ['Mr.\u00a0Smith'] },
    { label: 'an empty text has nothing', text: '', direction: 'rtl' as const, expected: [] },
    { label: 'white space alone has nothing', text: ' \t\n', direction: 'ltr' as const, expected: [] },
  ])('$label', ({ text, direction, expected }) => {
    expect(visualTexts(text, direction)).toEqual(expected);
  });
});

describe('splitIntoVisualRuns: the structure satori is given', () => {
  it('makes each word of the base direction its own item, so lines wrap between them', () => {
    const run = splitIntoVisualRuns('سارة حصلت على 8/10 في الاختبار', 'rtl');
    expect(run.direction).toBe('rtl');
    expect(run.words).toHaveLength(6);
  });

  it('keeps "8/10" in an Arabic sentence as one left-to-right item', () => {
    const run = splitIntoVisualRuns('سارة حصلت على 8/10 في الاختبار', 'rtl');
    expect(run.words[3]).toEqual([{ kind: 'run', direction: 'ltr', words: [[{ kind: 'text', text: '8/10', direction: 'ltr' }]] }]);
  });

  it('keeps a run of the other direction together, its words in its own order', () => {
    const run = splitIntoVisualRuns('Well done سارة أحمد!', 'ltr');
    const last = run.words[2];
    expect(last?.[0]).toMatchObject({ kind: 'run', direction: 'rtl', words: [[{ text: 'سارة' }], [{ text: 'أحمد' }]] });
    expect(last?.[1]).toEqual({ kind: 'text', text: '!', direction: 'ltr' });
  });

  it.each([
    { label: 'Arabic with Latin and digits', text: 'نتيجة Sara Lee: 8/10 (٣) في «الاختبار»!', direction: 'rtl' as const },
    { label: 'English with Arabic and emoji', text: 'Sara 🧭 got المستكشف (level 3) — 12%!', direction: 'ltr' as const },
  ])('gives single-direction leaves without spaces: $label', ({ text, direction }) => {
    for (const leaf of allLeaves(splitIntoVisualRuns(text, direction))) {
      expect(leaf.text).not.toMatch(/\s/u);
      if (leaf.direction === 'rtl') expect(leaf.text).not.toMatch(strongLtr);
      else expect(leaf.text).not.toMatch(strongRtl);
    }
  });

  it.each([
    { label: 'a space then an isolate end at the start of a nested stretch', text: '(\u2067 \u206912%👩\u200d💻)«\u2069', direction: 'rtl' as const },
    { label: 'an isolate end then a space at the end of a nested stretch', text: 'سارة 12\u2069 !', direction: 'rtl' as const },
  ])('finishes on $label (it once looped forever)', ({ text, direction }) => {
    const leaves = allLeaves(splitIntoVisualRuns(text, direction));
    expect(leaves.map((leaf) => leaf.text).join('')).toBe(text.replace(/[\s\u2067\u2069]/gu, ''));
  });

  it('loses and adds no character but spaces and bidi controls, whatever the mix (property)', () => {
    const piece = fc.constantFrom('سارة', 'Sara', '8/10', '٣', '12%', '(', ')', '!', '🧭', '👩‍💻', 'مُحَمَّد', ' ', '  ', '\u2067', '\u2069', '·', '«', '»');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom<TextDirection>('ltr', 'rtl'), (pieces, direction) => {
        const text = pieces.join('');
        const leaves = allLeaves(splitIntoVisualRuns(text, direction));
        expect(leaves.map((leaf) => leaf.text).join('')).toBe(text.replace(/[\s\u2067\u2069]/gu, ''));
        expect(toVisualOrder(splitIntoVisualRuns(text, direction))).toHaveLength(leaves.length);
      }),
    );
  });
});
