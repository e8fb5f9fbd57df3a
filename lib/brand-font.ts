import type { BrandFont } from './quiz-schema';

/**
 * The CSS font stack of a brand's font on the player's pages, matching the card: the chosen shipped family for
 * Latin and Arabic, then Noto Sans for every other script.
 */
export function getBrandFontStack(font: BrandFont | undefined): string {
  return font === 'noto-serif' ? "'Noto Serif', 'Noto Naskh Arabic', 'Noto Sans', 'Noto Sans Arabic', serif" : "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";
}

/**
 * The CSS custom properties that dress a player's page in a quiz's brand: accent, ground, text color and font.
 * Components put them in a `style` attribute; the stylesheet reads them.
 */
export function getBrandCssVariables(brand: { primary: string; background: string; text: string; font?: BrandFont }): Record<string, string> {
  return { '--brand': brand.primary, '--brand-bg': brand.background, '--brand-text': brand.text, '--brand-font': getBrandFontStack(brand.font) };
}
