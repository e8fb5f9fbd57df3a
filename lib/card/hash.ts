import { createHash } from 'node:crypto';
import type { CardInput, CardVariant } from './types';

/**
 * The version of the card's look. Bump it whenever the layout, fonts or fitting rules change what a card looks
 * like: every card URL changes with it, so caches and link previews pick up the new look.
 */
export const LAYOUT_VERSION = 1;

/**
 * A content hash for a card: the first 16 hex characters of SHA-256 over a canonical JSON of the input, the
 * variant and `LAYOUT_VERSION`. Canonical means object keys sorted and undefined fields left out, so the same
 * card always gives the same hash whatever order its fields were built in, and any change to what it shows
 * (a text, a color, an image's bytes) gives a new one. Safe as an immutable, cache-forever URL.
 */
export function hashCardInput(input: CardInput, variant: CardVariant): string {
  const canonical = toCanonicalJson({ layoutVersion: LAYOUT_VERSION, variant, input });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => toCanonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${toCanonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
