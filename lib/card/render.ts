import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { buildCardTree } from './build-card-tree';
import { loadCardAsset, loadCardFonts } from './card-assets';
import { cardSizes, type CardInput, type CardNode, type CardVariant } from './types';

/**
 * Renders a result card to PNG bytes: og is 1200×630, story 1080×1920. The tree is built from the input alone
 * (see `buildCardTree`), laid out by satori with the shipped fonts and Twemoji, and rasterized by resvg. Nothing
 * is fetched: images come in as data URIs and everything else is read from node_modules once per process.
 */
export async function renderCardPng(input: CardInput, variant: CardVariant): Promise<Buffer> {
  try {
    return await renderTreeToPng(buildCardTree(input, variant), variant);
  } catch (error) {
    if (!input.brand.logoDataUri && !input.resultImageDataUri) throw error;
    // satori throws on an image it cannot decode (a truncated PNG, an SVG without a size); one broken upload
    // must not take every card of a quiz down, so the card is drawn without its images instead.
    const withoutImages: CardInput = { ...input, brand: { ...input.brand, logoDataUri: undefined }, resultImageDataUri: undefined };
    return renderTreeToPng(buildCardTree(withoutImages, variant), variant);
  }
}

/**
 * satori's SVG of a card tree, at the variant's size. `embedFont: false` keeps text as `<text>` elements with
 * their x positions instead of glyph paths, which is how tests read the order words end up in.
 */
export async function renderTreeToSvg(tree: CardNode, variant: CardVariant, options: { embedFont?: boolean } = {}): Promise<string> {
  const { width, height } = cardSizes[variant];
  return satori(tree, { width, height, fonts: await loadCardFonts(), loadAdditionalAsset: loadCardAsset, embedFont: options.embedFont ?? true });
}

/**
 * Rasterizes a card tree to PNG. Text is already paths in satori's SVG, so resvg is told not to load the
 * system's fonts, which it would otherwise scan on every render. Then it yields one turn of the event loop:
 * resvg-js 2.6 frees a rendered image's pixels (3 MB for og, 8 MB for a story) only in a finalizer that Node
 * runs from the event loop after a GC, so renders awaited back to back, which never reach the event loop, grew
 * RSS by about 5.7 MB per card (5.9 GB after 1,000); with the yield it stays near 200 MB (bench/card-memory.ts).
 */
export async function renderTreeToPng(tree: CardNode, variant: CardVariant): Promise<Buffer> {
  const svg = await renderTreeToSvg(tree, variant);
  const png = rasterizeSvg(svg);
  await new Promise((resolve) => setImmediate(resolve));
  return png;
}

function rasterizeSvg(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, logLevel: 'off' });
  return resvg.render().asPng();
}
