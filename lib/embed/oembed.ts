import { buildIframeSnippet } from './options';

/** The oEmbed answer for a quiz (https://oembed.com, type "rich"): an iframe of the game an editor can paste. */
export type OEmbedResponse = {
  version: '1.0';
  type: 'rich';
  provider_name: 'Ripple';
  provider_url: string;
  title: string;
  author_name: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

/** The iframe's size when the consumer asks for none. */
export const defaultOEmbedSize = { width: 640, height: 640 };

/**
 * The slug of a quiz URL this server answers oEmbed for: `<origin>/q/<slug>` (or its embed page,
 * `<origin>/embed/<slug>`) on Ripple's own origin; null for anything else, so the endpoint never describes
 * another site's addresses.
 */
export function readQuizUrl(value: string | null, rippleOrigin: string): string | null {
  if (!value || value.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.origin !== rippleOrigin) return null;
  const match = /^\/(?:q|embed)\/([a-z0-9][a-z0-9-]{0,79})\/?$/.exec(url.pathname);
  return match?.[1] ?? null;
}

/** A size limit from the query (`maxwidth`, `maxheight`): a positive whole number, else none. */
export function readMaxSize(value: string | null): number | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * Builds the oEmbed answer for a published quiz: the iframe fallback snippet at the default size, shrunk to the
 * consumer's maxwidth and maxheight when they are smaller.
 */
export function buildOEmbed(input: { rippleOrigin: string; slug: string; title: string; brandName: string; maxWidth?: number; maxHeight?: number }): OEmbedResponse {
  const width = Math.min(defaultOEmbedSize.width, input.maxWidth ?? Infinity);
  const height = Math.min(defaultOEmbedSize.height, input.maxHeight ?? Infinity);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Ripple',
    provider_url: input.rippleOrigin,
    title: input.title,
    author_name: input.brandName,
    html: buildIframeSnippet(input.rippleOrigin, input.slug, { title: input.title, height }).replace('width="100%"', `width="${width}"`),
    width,
    height,
    cache_age: 3600,
  };
}
