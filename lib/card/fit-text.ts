/** One candidate size of a text: the font size and the most lines the text may take at that size. */
export type FitStep = { fontSizePx: number; maxLines: number };

/** How a piece of text may be fitted into its box: the sizes to try, largest first, and the box's width. */
export type FitSpec = { steps: readonly FitStep[]; boxWidthPx: number };

export type FittedText = {
  text: string;
  fontSizePx: number;
  /** the most lines the text may take, for the box's height */
  maxLines: number;
  isTruncated: boolean;
};

// Advances of the printable ASCII characters (U+0020–U+007E) in Noto Sans, in em: the larger of the regular and
// bold weights, so the estimate never runs short for either.
const asciiAdvancesEm = [
  0.26, 0.28, 0.48, 0.65, 0.57, 0.9, 0.75, 0.27, 0.34, 0.34, 0.55, 0.57, 0.28, 0.32, 0.28, 0.41, 0.57, 0.57, 0.57,
  0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.28, 0.28, 0.57, 0.57, 0.57, 0.48, 0.9, 0.69, 0.67, 0.64, 0.73, 0.56,
  0.55, 0.73, 0.77, 0.39, 0.33, 0.66, 0.56, 0.94, 0.81, 0.79, 0.62, 0.79, 0.66, 0.55, 0.58, 0.76, 0.65, 0.97, 0.67,
  0.63, 0.58, 0.33, 0.41, 0.33, 0.57, 0.44, 0.36, 0.6, 0.63, 0.52, 0.63, 0.6, 0.39, 0.63, 0.65, 0.3, 0.3, 0.62, 0.3,
  0.97, 0.65, 0.63, 0.63, 0.63, 0.45, 0.5, 0.43, 0.65, 0.57, 0.86, 0.58, 0.57, 0.49, 0.39, 0.55, 0.39, 0.57,
];
// Joined Arabic letters average about half an em in Noto Sans Arabic; the wide ones (ش، ص، ض) reach 0.75.
const arabicAdvanceEm = 0.66;
// Emoji are drawn one em wide, plus the side bearing satori leaves around the image.
const emojiAdvanceEm = 1.15;
const wideAdvanceEm = 1;
const otherAdvanceEm = 0.7;
// After the first line, word wrapping leaves part of each line empty; count only this share of them.
const wrappedLineFill = 0.85;
const ellipsis = '…';
const ellipsisEm = 0.9;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const emojiGrapheme = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const wideGrapheme = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const arabicGrapheme = /\p{Script=Arabic}/u;
const trailingJunk = /[\s,;:·•\-–—]+$/u;

/**
 * Fits a text into a box without laying it out, so a card never overflows and never shows half a letter.
 * The rule: the text is split into graphemes (Intl.Segmenter) and each counts as an approximate advance in em
 * (Noto Sans' own widths for ASCII and for accented Latin by its base letter, 0.66 for Arabic, 1.15 for an emoji,
 * 1 for East Asian wide characters). At a font size, a line holds `boxWidthPx / fontSizePx` em and each further
 * line 85% of that (wrapping wastes the rest). The first (largest) step is chosen whose lines hold the whole
 * text and whose single line holds its longest word. If even the last step cannot hold it, the text is cut at
 * a grapheme boundary (at the last space when that keeps most of it), trailing punctuation is dropped and "…" is
 * added: never inside a letter with its marks, an emoji or a surrogate pair.
 */
export function fitText(text: string, spec: FitSpec): FittedText {
  const widthEm = measureTextEm(text);
  const longestWordEm = Math.max(0, ...text.split(/\s+/u).map(measureTextEm));
  for (const step of spec.steps) {
    const lineEm = spec.boxWidthPx / step.fontSizePx;
    if (widthEm <= capacityEm(lineEm, step.maxLines) && longestWordEm <= lineEm) return { text, ...step, isTruncated: false };
  }
  const last = lastStep(spec);
  const budgetEm = capacityEm(spec.boxWidthPx / last.fontSizePx, last.maxLines);
  // A word longer than a line is broken by the renderer at the smallest size rather than shrunk further.
  if (widthEm <= budgetEm) return { text, ...last, isTruncated: false };
  return { text: truncateToEm(text, budgetEm - ellipsisEm), ...last, isTruncated: true };
}

/**
 * Like `fitText`, but when the text must be cut, `part` of it (a player's name inside "Sara got") is shortened
 * instead of the end, so the words around it survive: "Maximiliana Alexandr… got", not "Maximiliana Alex…".
 * The same rule otherwise; the whole text is cut as usual if shortening the part alone cannot make it fit.
 */
export function fitTextShortening(text: string, part: string, spec: FitSpec): FittedText {
  const fitted = fitText(text, spec);
  const at = part ? text.indexOf(part) : -1;
  if (!fitted.isTruncated || at < 0) return fitted;
  const before = text.slice(0, at);
  const after = text.slice(at + part.length);
  const last = lastStep(spec);
  const excessEm = measureTextEm(text) - capacityEm(spec.boxWidthPx / last.fontSizePx, last.maxLines);
  // Cutting at a space or dropping punctuation can take more than asked, so a few tighter budgets are tried.
  for (let tries = 0, partEm = measureTextEm(part) - excessEm - ellipsisEm; tries < 12 && partEm > 0; tries++, partEm -= 0.6) {
    const candidate = fitText(before + truncateToEm(part, partEm) + after, spec);
    if (!candidate.isTruncated) return { ...candidate, isTruncated: true };
  }
  return fitted;
}

/** A text's approximate width in em at any font size: the sum of its graphemes' advances (see `fitText`). */
export function measureTextEm(text: string): number {
  let widthEm = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) widthEm += graphemeAdvanceEm(segment);
  return widthEm;
}

/**
 * Shortens a text to at most `maxEm` (see `measureTextEm`) followed by an ellipsis, cutting only between
 * graphemes, at the last space when that keeps at least two thirds of the text, and without trailing punctuation.
 */
export function truncateToEm(text: string, maxEm: number): string {
  let kept = '';
  let widthEm = 0;
  let lastSpaceAt = -1;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    widthEm += graphemeAdvanceEm(segment);
    if (widthEm > maxEm) break;
    if (/^\s$/u.test(segment)) lastSpaceAt = kept.length;
    kept += segment;
  }
  if (lastSpaceAt > (kept.length * 2) / 3) kept = kept.slice(0, lastSpaceAt);
  return kept.replace(trailingJunk, '') + ellipsis;
}

function graphemeAdvanceEm(grapheme: string): number {
  if (emojiGrapheme.test(grapheme)) return emojiAdvanceEm;
  // Accented Latin is as wide as its base letter: "é" as "e".
  const base = grapheme.normalize('NFD').charCodeAt(0);
  if (base >= 0x20 && base < 0x7f) return asciiAdvancesEm[base - 0x20] ?? otherAdvanceEm;
  if (arabicGrapheme.test(grapheme)) return arabicAdvanceEm;
  if (wideGrapheme.test(grapheme)) return wideAdvanceEm;
  return otherAdvanceEm;
}

function lastStep(spec: FitSpec): FitStep {
  return spec.steps[spec.steps.length - 1] ?? { fontSizePx: 16, maxLines: 1 };
}

function capacityEm(lineEm: number, maxLines: number): number {
  return lineEm * (1 + wrappedLineFill * Math.max(0, maxLines - 1));
}
