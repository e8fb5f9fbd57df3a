import { headers } from 'next/headers';
import { getPublicOrigin } from '@/app/_lib/visitor';
import { buildFrameQuery, readEmbedParams, type EmbedParams } from '@/lib/embed/landing';
import { getOriginOf, toHostPage } from '@/lib/embed/origins';

export type EmbedContext = EmbedParams & {
  /** the embedding page, checked against the workspace's origins ('' when unknown or not allowed) */
  hostPage: string;
  /** the origin the frame talks to (the host page's), or null: then it says nothing */
  hostOrigin: string | null;
  /** keeps the player in the frame from the game to the result and back */
  query: string;
};

/**
 * Reads an embed page's address and request: the loader's parameters, and the host page made safe. A Referer
 * from another site must name the same origin as the host page (browsers send the embedding page's origin);
 * one from Ripple itself (the frame moving from the game to its result) says nothing about the host.
 */
export async function readEmbedContext(searchParams: Readonly<Record<string, string | string[] | undefined>>, allowedOrigins: readonly string[]): Promise<EmbedContext> {
  const params = readEmbedParams(searchParams);
  const [headerList, ownOrigin] = await Promise.all([headers(), getPublicOrigin()]);
  const referer = getOriginOf(headerList.get('referer'));
  const hostPage = toHostPage(params.host, allowedOrigins, referer === ownOrigin ? null : referer);
  return {
    ...params,
    hostPage,
    hostOrigin: hostPage ? new URL(hostPage).origin : null,
    query: buildFrameQuery({ hostPage, frameId: params.frameId, mode: params.mode, source: params.source }),
  };
}
