type Rgb = { r: number; g: number; b: number };

const black = '#000000';
const white = '#ffffff';

/** WCAG 2 contrast ratio of two #rrggbb colors, from 1 (same) to 21 (black on white); 1 if either is unreadable. */
export function getContrastRatio(a: string, b: string): number {
  const first = parseHexColor(a);
  const second = parseHexColor(b);
  if (!first || !second) return 1;
  const [lighter, darker] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The color to draw text in on a ground: the preferred color when its contrast ratio reaches `minRatio`
 * (WCAG: 4.5 for body text, 3 for large text), otherwise black or white, whichever contrasts more. Brands pick
 * their colors freely; a card must stay readable anyway.
 */
export function pickReadableColor(preferred: string, ground: string, minRatio = 4.5): string {
  if (parseHexColor(preferred) && getContrastRatio(preferred, ground) >= minRatio) return preferred;
  return getContrastRatio(black, ground) >= getContrastRatio(white, ground) ? black : white;
}

/**
 * Mixes two #rrggbb colors: `amount` 0 gives `a`, 1 gives `b`. Cards tint with opaque mixes rather than
 * translucent colors, so a tint looks the same whatever is painted beneath it.
 */
export function mixColors(a: string, b: string, amount: number): string {
  const x = parseHexColor(a) ?? { r: 0, g: 0, b: 0 };
  const y = parseHexColor(b) ?? { r: 0, g: 0, b: 0 };
  const channel = (p: number, q: number) => Math.round(p + (q - p) * amount).toString(16).padStart(2, '0');
  return `#${channel(x.r, y.r)}${channel(x.g, y.g)}${channel(x.b, y.b)}`;
}

/** Reads #rgb or #rrggbb; anything else is undefined. */
export function parseHexColor(color: string): Rgb | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = long ? [long[1], long[2], long[3]] : short ? [short[1], short[2], short[3]].map((p) => `${p}${p}`) : undefined;
  if (!parts) return undefined;
  const [r, g, b] = parts.map((p) => parseInt(p ?? '0', 16)) as [number, number, number];
  return { r, g, b };
}

function luminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
