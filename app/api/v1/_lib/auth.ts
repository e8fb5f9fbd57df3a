import type { NextRequest } from 'next/server';
import { authenticateApiKey } from '@/db/api-keys';
import { getDb } from '@/db/client';
import { findWorkspaceQuizBySlug, type ExportQuiz } from '@/db/exports';
import { ApiError } from '@/lib/api-errors';
import { readBearerKey } from '@/lib/api-keys';
import { withErrors } from '../../_lib/handler';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response> | Response;

const refusals = {
  missing: 'Send your API key as "Authorization: Bearer rpl_live_…". Owners make keys in the studio, under Settings.',
  not_bearer: 'The Authorization header must be "Bearer" followed by your API key.',
  malformed: 'That is not a Ripple API key: keys start with "rpl_live_" and are 52 characters long.',
} as const;

/**
 * The workspace an API request may read: the one of the key in its `Authorization: Bearer` header. A missing,
 * malformed, unknown or revoked key is a 401; revocation takes effect on the very next request.
 */
export function requireApiKey(request: NextRequest): { keyId: string; workspaceId: string } {
  const bearer = readBearerKey(request.headers.get('authorization'));
  if (!bearer.ok) throw new ApiError('unauthorized', refusals[bearer.reason]);
  const found = authenticateApiKey(getDb(), bearer.key, Date.now());
  if (!found) throw new ApiError('unauthorized', 'This API key is unknown or has been revoked.');
  return found;
}

/** A quiz of the key's workspace by slug; another workspace's quiz is a 404, exactly as one that does not exist. */
export function requireApiQuiz(workspaceId: string, slug: string): ExportQuiz {
  const quiz = findWorkspaceQuizBySlug(getDb(), workspaceId, slug);
  if (!quiz) throw new ApiError('not_found', `No quiz "${slug}" in this key's workspace.`);
  return quiz;
}

/**
 * withErrors for the read-only API: a 401 also carries `WWW-Authenticate: Bearer` (RFC 6750), so clients know
 * which credentials are wanted; no answer is cached anywhere on the way.
 */
export function withApiErrors<P>(handler: Handler<P>): Handler<P> {
  const wrapped = withErrors(handler);
  return async (request, context) => {
    const response = await wrapped(request, context);
    if (response.status === 401) response.headers.set('WWW-Authenticate', 'Bearer realm="ripple"');
    if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
    return response;
  };
}
