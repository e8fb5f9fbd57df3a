import bidiFactory from 'bidi-js';
import type { TextDirection } from './types';

/** Text drawn in one go: a single direction and no white space, so nothing inside it is ever reordered. */
export type BidiText = { kind: 'text'; text: string; direction: TextDirection };

/**
 * Text at one embedding level: its words in logical order, separated by a space each. A line may wrap between
 * words. Laid out as a row for `ltr`, as a reversed row for `rtl`.
 */
export type BidiRun = { kind: 'run'; direction: TextDirection; words: BidiWord[] };

/** Parts with no white space between them (never split across lines), in logical order. */
export type BidiWord = Array<BidiText | BidiRun>;

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// White space where a line may break. No-break spaces (U+00A0, U+2007, U+202F) stay inside words, as in browsers.
const breakingSpaces = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/gu;
// Bidi formatting characters: they steer the levels, then are dropped from the text (they have no glyph).
const bidiControls = /^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/u;
// Characters satori treats as right-to-left (its own simplified bidi, src/text/bidi.ts in satori 0.63). At an
// even level these can only be Arabic-Indic digits and Arabic punctuation; satori would reorder "٨/١٠" to
// "١٠/٨", so left-to-right text is cut where such characters start or stop and each piece stays atomic.
const satoriRtlRange = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

type Grapheme = { text: string; level: number; isSpace: boolean; isControl: boolean };

/**
 * Splits a paragraph into directional runs with the Unicode Bidirectional Algorithm (bidi-js, full UAX #9 with
 * numbers, brackets and isolates), because satori's own bidi is simplified and turns "8/10" in Arabic text into
 * "10/8". The rule: white space is folded; the text's words at the base level are separate items (a line may
 * wrap between them); a stretch at a higher level (e.g. "8/10" or an English name in Arabic) becomes a nested
 * run kept inside its word, with its own words; every leaf is single-direction text without spaces. Runs are
 * returned in logical order with their direction: drawing each run as a row (`ltr`) or a reversed row (`rtl`)
 * gives the visual order Chromium gives for a single line (rule L2), and wrapping keeps the reading order.
 * Mirrored characters such as brackets are left to the shaper, which mirrors them in right-to-left pieces.
 */
export function splitIntoVisualRuns(text: string, baseDirection: TextDirection): BidiRun {
  const folded = text.replace(breakingSpaces, ' ').trim();
  if (!folded) return { kind: 'run', direction: baseDirection, words: [] };
  const { levels } = bidi.getEmbeddingLevels(folded, baseDirection);
  const items: Grapheme[] = [];
  for (const { segment, index } of graphemes.segment(folded)) {
    items.push({ text: segment, level: levels[index] ?? 0, isSpace: segment === ' ', isControl: bidiControls.test(segment) });
  }
  return buildRun(items, 0, items.length, baseDirection === 'rtl' ? 1 : 0);
}

/**
 * The leaves of a run in visual order, left to right, as on one unwrapped line: what a reader sees, and what the
 * tests compare with Chromium. Each leaf's own text stays in logical order (the shaper draws it).
 */
export function toVisualOrder(run: BidiRun): BidiText[] {
  const inOrder = <T>(items: T[]): T[] => (run.direction === 'rtl' ? [...items].reverse() : items);
  return inOrder(run.words).flatMap((word) => inOrder(word).flatMap((part) => (part.kind === 'text' ? [part] : toVisualOrder(part))));
}

function buildRun(items: Grapheme[], start: number, end: number, level: number): BidiRun {
  const words: BidiWord[] = [];
  let word: BidiWord = [];
  let pending = '';
  const flushText = () => {
    if (pending) word.push(...toPieces(pending, level));
    pending = '';
  };
  const flushWord = () => {
    flushText();
    if (word.length > 0) words.push(word);
    word = [];
  };

  for (let i = start; i < end; ) {
    const item = items[i];
    if (!item) break;
    if (item.isControl) {
      i++;
    } else if (item.level > level) {
      // A stretch at a higher level: one nested run. Controls inside it do not interrupt it.
      let stop = i;
      while (stop < end && (items[stop]?.isControl || (items[stop]?.level ?? 0) > level)) stop++;
      const nested = trimStretch(items, i, stop);
      if (nested.hasSpaceBefore) flushWord();
      if (nested.end > nested.start) {
        flushText();
        word.push(buildRun(items, nested.start, nested.end, nested.level));
      }
      if (nested.hasSpaceAfter) flushWord();
      i = stop;
    } else if (item.isSpace) {
      flushWord();
      i++;
    } else {
      pending += item.text;
      i++;
    }
  }
  flushWord();
  return { kind: 'run', direction: level % 2 === 1 ? 'rtl' : 'ltr', words };
}

// Spaces at the edges of a stretch separate it from its neighbours; its level is that of its lowest visible part.
function trimStretch(items: Grapheme[], start: number, end: number) {
  let first = start;
  let last = end;
  let hasSpaceBefore = false;
  let hasSpaceAfter = false;
  // The index moves on every turn: `||=` would skip the increment once a space had been seen (an endless loop).
  while (first < last && (items[first]?.isSpace || items[first]?.isControl)) {
    if (items[first]?.isSpace) hasSpaceBefore = true;
    first++;
  }
  while (last > first && (items[last - 1]?.isSpace || items[last - 1]?.isControl)) {
    if (items[last - 1]?.isSpace) hasSpaceAfter = true;
    last--;
  }
  let level = Infinity;
  for (let i = first; i < last; i++) {
    const item = items[i];
    if (item && !item.isControl && !item.isSpace) level = Math.min(level, item.level);
  }
  return { start: first, end: last, level: Number.isFinite(level) ? level : 0, hasSpaceBefore, hasSpaceAfter };
}

function toPieces(text: string, level: number): BidiText[] {
  if (level % 2 === 1) return [{ kind: 'text', text, direction: 'rtl' }];
  const pieces: BidiText[] = [];
  let current = '';
  let isCurrentRtlRange = false;
  for (const { segment } of graphemes.segment(text)) {
    const isRtlRange = satoriRtlRange.test(segment);
    if (current && isRtlRange !== isCurrentRtlRange) {
      pieces.push({ kind: 'text', text: current, direction: 'ltr' });
      current = '';
    }
    current += segment;
    isCurrentRtlRange = isRtlRange;
  }
  if (current) pieces.push({ kind: 'text', text: current, direction: 'ltr' });
  return pieces;
}
