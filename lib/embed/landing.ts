import { shareChannels, type ShareChannel } from '../share';
import { isFrameId } from './messages';
import { embedModes, type EmbedMode } from './options';
import { toHostPage } from './origins';

/** Where a quiz's share links land: Ripple's share page, or the company's page that embeds the game. */
export const shareLandings = ['ripple', 'host'] as const;
export type ShareLanding = (typeof shareLandings)[number];

type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** What the iframe's address carries from the loader, read once and made safe. */
export type EmbedParams = {
  /** the host page as the loader saw it (origin and path); checked against the workspace's origins later */
  host: string | null;
  /** a share token from the host page's `?ripple=`, if it has the form of one (its signature is checked later) */
  token: string | null;
  /** the tree source: the host page's utm_source, else 'embed' */
  source: string;
  /** the loader's name for the iframe, used in every message */
  frameId: string | null;
  mode: EmbedMode;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reads the parameters the loader forwards into the iframe: `host`, `frame`, `mode`, and from the host page's own
 * address `ripple` (a share token), `utm_*` and `ref`. The utm_source (or, without one, the ref) becomes the
 * player's source (see toEmbedSource); without either the source is 'embed'. Malformed values are dropped, never
 * trusted.
 */
export function readEmbedParams(params: SearchParams): EmbedParams {
  const token = first(params.ripple);
  // A campaign's utm_source names the source; a bare ?ref= (a common referral convention) does when it is missing.
  const utmSource = first(params.utm_source) ?? first(params.ref) ?? '';
  const frame = first(params.frame);
  const mode = first(params.mode);
  const host = first(params.host);
  return {
    host: typeof host === 'string' && host.length <= 2000 ? host : null,
    token: typeof token === 'string' && /^[A-Za-z0-9_-]{24}$/.test(token) ? token : null,
    source: toEmbedSource(utmSource),
    frameId: isFrameId(frame) ? frame : null,
    mode: embedModes.find((m) => m === mode) ?? 'inline',
  };
}

/**
 * A player's source in an embed: the host page's utm_source (lowercased; letters, digits, dot, dash and underscore,
 * at most 40 characters; never 'direct'), else 'embed'.
 */
export function toEmbedSource(utmSource: string | null | undefined): string {
  const value = utmSource?.trim().toLowerCase() ?? '';
  return /^[a-z0-9._-]{1,40}$/.test(value) && value !== 'direct' ? value : 'embed';
}

/**
 * Where an embed's player comes from, as the start request reports it, checked: the source (see toEmbedSource)
 * and the host page when it is on one of the workspace's allowed origins (see toHostPage), else ''.
 */
export function readEmbedOrigin(input: { hostPage?: string; source?: string }, allowedOrigins: readonly string[]): { source: string; hostPage: string } {
  return { source: toEmbedSource(input.source), hostPage: toHostPage(input.hostPage, allowedOrigins) };
}

/**
 * The query string that keeps a player inside the embed as they move from the game to their result and back
 * (the host page, the frame's id, the mode and the source); the share token is not carried on, it was counted.
 */
export function buildFrameQuery(input: { hostPage: string; frameId: string | null; mode: EmbedMode; source: string }): string {
  const query = new URLSearchParams();
  if (input.hostPage) query.set('host', input.hostPage);
  if (input.frameId) query.set('frame', input.frameId);
  if (input.mode !== 'inline') query.set('mode', input.mode);
  if (input.source !== 'embed') query.set('utm_source', input.source);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * A player's tracked link for one channel. It lands on the company's page (`<host page>?ripple=<token>`) when the
 * quiz is set to land there and the player played in an embed on a page whose origin is still allowed; otherwise
 * on Ripple's share page (`<ripple origin>/s/<token>`).
 */
export function chooseShareLink(input: { rippleOrigin: string; token: string; landing: ShareLanding; hostPage: string; embedOrigins: readonly string[] }): string {
  if (input.landing === 'host' && input.hostPage !== '') {
    try {
      const url = new URL(input.hostPage);
      if (input.embedOrigins.includes(url.origin)) {
        url.search = '';
        url.hash = '';
        url.searchParams.set('ripple', input.token);
        return url.toString();
      }
    } catch {
      // a damaged host page falls back to Ripple's page
    }
  }
  return `${input.rippleOrigin}/s/${input.token}`;
}

/** Every channel's tracked link of one result (see chooseShareLink), from its tokens. */
export function buildShareLinks(tokens: Readonly<Record<ShareChannel, string>>, input: { rippleOrigin: string; landing: ShareLanding; hostPage: string; embedOrigins: readonly string[] }): Record<ShareChannel, string> {
  const links = {} as Record<ShareChannel, string>;
  for (const channel of shareChannels) links[channel] = chooseShareLink({ ...input, token: tokens[channel] });
  return links;
}
