import type { CampaignState } from '@/lib/campaign';
import type { QuizDefinition } from '@/lib/quiz-schema';

/** The campaign as GET/PATCH /api/studio/quizzes/[id]/campaign answer it. */
export type Campaign = {
  slug: string;
  publishedVersionId: string | null;
  startsAt: number | null;
  endsAt: number | null;
  pausedAt: number | null;
  stoppedAt: number | null;
  playerCap: number | null;
  endedMessage: string | null;
  endedUrl: string | null;
  archivedAt: number | null;
  players: number;
  state: CampaignState;
};

/** The version history as GET /api/studio/quizzes/[id]/versions answers it. */
export type VersionHistory = {
  versions: { id: string; version: number; createdAt: number; players: number; isPublished: boolean }[];
  isDraftChanged: boolean;
  published: QuizDefinition | null;
};

export type FieldIssue = { path: string; message: string };
export type Answer<T> = { ok: true; data: T } | { ok: false; status: number; message: string; issues: FieldIssue[] };

/**
 * Calls a studio endpoint with a JSON body and reads its answer: the data, or the API's error message with its
 * field-level issues (`error.details`), so a form can show each next to its field. A network failure is an
 * answer too (status 0), never a thrown error.
 */
export async function callStudio<T>(url: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', body?: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    if (response.status === 204) return { ok: true, data: undefined as T };
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: payload as T };
    const error = payload !== null && typeof payload === 'object' && 'error' in payload ? (payload.error as { message?: unknown; details?: unknown }) : {};
    const issues = Array.isArray(error.details) ? error.details.filter((d): d is FieldIssue => typeof d?.path === 'string' && typeof d?.message === 'string') : [];
    return { ok: false, status: response.status, message: typeof error.message === 'string' ? error.message : response.statusText, issues };
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : 'network error', issues: [] };
  }
}
