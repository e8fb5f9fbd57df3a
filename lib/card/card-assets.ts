import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Font } from 'satori';
import { negateGposVerticalOffsets, woffToSfnt } from './font-data';
import { cardFontFamilies, cardSerifFamilies } from './types';

// woff, not woff2: satori reads woff. Latin and Arabic are the card's languages; latin-ext, Vietnamese, Cyrillic
// and Greek (10–30 KB each) are there for players' names, which come in any script. No CJK: those fonts weigh
// megabytes, and such names show as empty boxes.
const fontSubsets: Array<{ name: string; file: (weight: number) => string[] }> = [
  { name: cardFontFamilies.latin, file: (weight) => ['@fontsource', 'noto-sans', 'files', `noto-sans-latin-${weight}-normal.woff`] },
  { name: cardFontFamilies.latinExt, file: (weight) => ['@fontsource', 'noto-sans', 'files', `noto-sans-latin-ext-${weight}-normal.woff`] },
  { name: cardFontFamilies.vietnamese, file: (weight) => ['@fontsource', 'noto-sans', 'files', `noto-sans-vietnamese-${weight}-normal.woff`] },
  { name: cardFontFamilies.cyrillic, file: (weight) => ['@fontsource', 'noto-sans', 'files', `noto-sans-cyrillic-${weight}-normal.woff`] },
  { name: cardFontFamilies.greek, file: (weight) => ['@fontsource', 'noto-sans', 'files', `noto-sans-greek-${weight}-normal.woff`] },
  { name: cardFontFamilies.arabic, file: (weight) => ['@fontsource', 'noto-sans-arabic', 'files', `noto-sans-arabic-arabic-${weight}-normal.woff`] },
  { name: cardSerifFamilies.latin, file: (weight) => ['@fontsource', 'noto-serif', 'files', `noto-serif-latin-${weight}-normal.woff`] },
  { name: cardSerifFamilies.latinExt, file: (weight) => ['@fontsource', 'noto-serif', 'files', `noto-serif-latin-ext-${weight}-normal.woff`] },
  { name: cardSerifFamilies.arabic, file: (weight) => ['@fontsource', 'noto-naskh-arabic', 'files', `noto-naskh-arabic-arabic-${weight}-normal.woff`] },
];
const fontWeights = [400, 700] as const;
// What satori draws for an emoji Twemoji lacks: nothing, rather than an empty box from a text font.
const blankEmoji = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"/>').toString('base64')}`;

const maxCachedEmoji = 1024;
const emojiCache = new Map<string, string | null>();
let fontsPromise: Promise<Font[]> | undefined;

/**
 * The path of a file shipped in node_modules. Resolved from the working directory because the Next server
 * (and vitest, tsx) run from the project root, while bundlers move this module's own file elsewhere.
 */
export function resolveModuleFile(...segments: string[]): string {
  return join(process.cwd(), 'node_modules', ...segments);
}

/**
 * The card fonts, read from disk once per process and kept: always the same array, which is also what lets
 * satori reuse its parsed fonts between renders. Each is unpacked from WOFF and has its GPOS vertical offsets
 * negated to cancel satori's sign error on marks (see `negateGposVerticalOffsets`). A failed read is not
 * cached, so the next render retries.
 */
export function loadCardFonts(): Promise<Font[]> {
  fontsPromise ??= Promise.all(
    fontWeights.flatMap((weight) =>
      fontSubsets.map(async ({ name, file }): Promise<Font> => {
        const woff = await readFile(resolveModuleFile(...file(weight)));
        return { name, weight, style: 'normal', data: negateGposVerticalOffsets(woffToSfnt(woff)) };
      }),
    ),
  ).catch((error: unknown) => {
    fontsPromise = undefined;
    throw error;
  });
  return fontsPromise;
}

/**
 * The Twemoji image of an emoji as a `data:image/svg+xml;base64,…` URI, read from @twemoji/svg on disk (never
 * the network), or undefined when Twemoji has no such emoji. Twemoji names files by lowercase code points
 * joined by "-", dropping U+FE0F except in some sequences, so the name with it is tried first, then without.
 * Results, misses included, are kept in a bounded cache.
 */
export async function loadEmojiDataUri(emoji: string): Promise<string | undefined> {
  const cached = emojiCache.get(emoji);
  if (cached !== undefined) return cached ?? undefined;
  const points = [...emoji].map((char) => (char.codePointAt(0) ?? 0).toString(16));
  const names = [...new Set([points.join('-'), points.filter((point) => point !== 'fe0f').join('-')])];
  let uri: string | null = null;
  for (const name of names) {
    if (!/^[0-9a-f]+(-[0-9a-f]+)*$/.test(name)) continue;
    try {
      const svg = await readFile(resolveModuleFile('@twemoji', 'svg', `${name}.svg`));
      uri = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      break;
    } catch {
      // not this name; try the next
    }
  }
  if (emojiCache.size >= maxCachedEmoji) emojiCache.clear();
  emojiCache.set(emoji, uri);
  return uri ?? undefined;
}

/**
 * satori's `loadAdditionalAsset`: emoji become Twemoji images, and an emoji Twemoji lacks becomes a blank image
 * (a gap, not an empty box); anything else satori lacks a font for (e.g. CJK) gets no font (an empty list), so
 * it falls back to the last font instead of failing or fetching.
 */
export async function loadCardAsset(code: string, segment: string): Promise<string | Font[]> {
  if (code !== 'emoji') return [];
  return (await loadEmojiDataUri(segment)) ?? blankEmoji;
}
