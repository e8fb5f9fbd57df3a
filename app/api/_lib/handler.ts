import { NextResponse, type NextRequest } from 'next/server';
import { ZodError, type ZodType } from 'zod';
import { getDb } from '@/db/client';
import { getDailySalt } from '@/db/visitor-salts';
import { ApiError } from '@/lib/api-errors';
import { hashDailyVisitor, isTrackingRefused, readClientAddress } from '@/lib/privacy';

export const visitorCookie = 'rpl_vid';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response> | Response;

/**
 * Wraps a route handler once: expected failures (ApiError) become `{ error: { code, message } }` with their
 * status; anything else is logged and answered with a generic 500, never a stack trace.
 */
export function withErrors<P>(handler: Handler<P>): Handler<P> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      console.error('Unhandled error in', request.method, request.nextUrl.pathname, error);
      return errorResponse(new ApiError('internal_error', 'Something went wrong on our side.'));
    }
  };
}

function errorResponse(error: ApiError): NextResponse {
  const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  return NextResponse.json(body, { status: error.status });
}

/**
 * Reads a JSON body of at most `maxBytes` and validates it: a larger body is a 413, malformed JSON or a body
 * that does not fit the schema a 400 whose message names the first field at fault.
 */
export async function readJson<T>(request: Request, schema: ZodType<T>, maxBytes = 16 * 1024): Promise<T> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new ApiError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new ApiError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
      }
      chunks.push(value);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError('bad_request', 'The body is not valid JSON.');
  }
  try {
    return schema.parse(data);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      throw new ApiError('bad_request', path ? `${path}: ${issue?.message}` : (issue?.message ?? 'Invalid body.'), error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
    }
    throw error;
  }
}

/**
 * The visitor's id: Ripple's first-party cookie (set by the proxy), or null when there is none. A visitor who
 * sends Do-Not-Track or Global Privacy Control has no cookie and gets a hash that lasts one day (see
 * resolveVisitorId).
 */
export function getVisitorId(request: NextRequest): string | null {
  return resolveVisitorId(request.headers, request.cookies.get(visitorCookie)?.value);
}

/** The visitor id of a request from its headers and visitor cookie; shared by the API routes and the pages. */
export function resolveVisitorId(headers: { get(name: string): string | null }, cookieValue: string | undefined): string | null {
  if (isTrackingRefused(headers)) {
    const salt = getDailySalt(getDb(), new Date().toISOString().slice(0, 10));
    return hashDailyVisitor({ salt, address: readClientAddress(headers), userAgent: headers.get('user-agent') ?? '' });
  }
  return cookieValue && /^[A-Za-z0-9_-]{16,64}$/.test(cookieValue) ? cookieValue : null;
}
