import { and, eq } from 'drizzle-orm';
import { readStoredOrigins } from '@/lib/embed/origins';
import type { ShareLanding } from '@/lib/embed/landing';
import type { Db } from './client';
import { players, quizzes, results, shareLinks, workspaces } from './schema';

/** A workspace's origins allowed to frame its games (validated when read back), or undefined for no such workspace. */
export function getEmbedOrigins(db: Db, workspaceId: string): string[] | undefined {
  const row = db.select({ embedOrigins: workspaces.embedOrigins }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  return row ? readStoredOrigins(row.embedOrigins) : undefined;
}

/** Replaces a workspace's allowed origins (already normalised by parseEmbedOrigins). */
export function saveEmbedOrigins(db: Db, workspaceId: string, origins: string[]): void {
  db.update(workspaces).set({ embedOrigins: origins }).where(eq(workspaces.id, workspaceId)).run();
}

/**
 * The origins that may frame the game at `/embed/<slug>`: those of the published quiz's workspace; undefined
 * when no published quiz has that slug (the embed page then only says so). Read by the proxy on every embed page.
 */
export function getEmbedOriginsBySlug(db: Db, slug: string): string[] | undefined {
  const row = db
    .select({ embedOrigins: workspaces.embedOrigins })
    .from(quizzes)
    .innerJoin(workspaces, eq(workspaces.id, quizzes.workspaceId))
    .where(and(eq(quizzes.slug, slug), eq(quizzes.status, 'published')))
    .get();
  return row ? readStoredOrigins(row.embedOrigins) : undefined;
}

export type QuizEmbedSettings = { slug: string; workspaceId: string; isPublished: boolean; shareLanding: ShareLanding; embedOrigins: string[] };

/** What the studio's Embed tab shows for a quiz: its slug, whether it is live, where its share links land, and its workspace's origins. */
export function getQuizEmbedSettings(db: Db, quizId: string): QuizEmbedSettings | undefined {
  const row = db
    .select({ slug: quizzes.slug, workspaceId: quizzes.workspaceId, publishedVersionId: quizzes.publishedVersionId, shareLanding: quizzes.shareLanding, embedOrigins: workspaces.embedOrigins })
    .from(quizzes)
    .innerJoin(workspaces, eq(workspaces.id, quizzes.workspaceId))
    .where(eq(quizzes.id, quizId))
    .get();
  if (!row) return undefined;
  return { slug: row.slug, workspaceId: row.workspaceId, isPublished: row.publishedVersionId !== null, shareLanding: row.shareLanding, embedOrigins: readStoredOrigins(row.embedOrigins) };
}

/** Sets where a quiz's share links land for players who played it in an embed. */
export function saveShareLanding(db: Db, quizId: string, shareLanding: ShareLanding, now: number): void {
  db.update(quizzes).set({ shareLanding, updatedAt: now }).where(eq(quizzes.id, quizId)).run();
}

/**
 * What decides where a result's share links land: the quiz's choice, the page the player played on ('' outside
 * an embed), and the origins allowed now. Undefined for no such result.
 */
export function getResultShareLanding(db: Db, resultId: string): { shareLanding: ShareLanding; hostPage: string; embedOrigins: string[] } | undefined {
  const row = db
    .select({ shareLanding: quizzes.shareLanding, hostPage: players.hostPage, embedOrigins: workspaces.embedOrigins })
    .from(results)
    .innerJoin(players, eq(players.id, results.playerId))
    .innerJoin(quizzes, eq(quizzes.id, results.quizId))
    .innerJoin(workspaces, eq(workspaces.id, quizzes.workspaceId))
    .where(eq(results.id, resultId))
    .get();
  return row ? { shareLanding: row.shareLanding, hostPage: row.hostPage, embedOrigins: readStoredOrigins(row.embedOrigins) } : undefined;
}

/** The quiz a share token belongs to, or undefined for a token that is not a link of this server. */
export function getShareLinkQuizId(db: Db, token: string): string | undefined {
  return db.select({ quizId: shareLinks.quizId }).from(shareLinks).where(eq(shareLinks.token, token)).get()?.quizId;
}
