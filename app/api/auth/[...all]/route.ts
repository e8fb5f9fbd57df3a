import { toNextJsHandler } from 'better-auth/next-js';
import type { NextRequest } from 'next/server';
import { getAuth } from '@/db/auth';

// GET|POST /api/auth/* – sign-up, sign-in, sign-out, session and password change, handled by Better Auth
export function GET(request: NextRequest) {
  return toNextJsHandler(getAuth()).GET(request);
}

export function POST(request: NextRequest) {
  return toNextJsHandler(getAuth()).POST(request);
}
