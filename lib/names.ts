/** The most graphemes a player's name keeps: enough for "Anna-Karin" or "عبد الرحمن", short enough for a card. */
export const maxNameGraphemes = 24;

// C0 and C1 controls, and the bidi embedding, override and isolate characters that could reorder a card's text;
// also lone surrogates (a JSON body can carry one), on which encodeURIComponent throws when the name is shared.
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]/gu;

/**
 * Cleans a name a player typed: strips control and bidi-control characters, folds runs of white space, trims,
 * and cuts to `maxNameGraphemes` whole graphemes (never inside a letter with its marks, an emoji, or a flag).
 * An empty result means "no name". The name is still plain text: callers escape it like any other.
 */
export function cleanPlayerName(raw: string, maxGraphemes = maxNameGraphemes): string {
  const folded = raw.replace(/[\t\n\v\f\r\u0085]/g, ' ').replace(unsafeCharacters, '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(folded)].map((s) => s.segment);
  if (graphemes.length <= maxGraphemes) return folded;
  return graphemes.slice(0, maxGraphemes).join('').trim();
}

/** How many graphemes (user-perceived characters) a text has. */
export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
  return count;
}
