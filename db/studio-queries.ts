import { count, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import { getCampaignState, hasUnpublishedChanges, type CampaignSettings, type CampaignState } from '@/lib/campaign';
import { gameDefinitionSchema, isGameKind, parseGameDraft, type GameDefinition, type GameDraft } from '@/lib/games/game-schema';
import { parseQuizDraft, quizDefinitionSchema, type QuizDefinition, type QuizDraft } from '@/lib/quiz-schema';
import { pickFreeSlug } from '@/lib/slug';
import type { StudioItem } from '@/lib/studio-quiz';
import type { Db } from './client';
import { listMemberships } from './members';
import { cards, linkClicks, players, quizVersions, quizzes, results } from './schema';


/**
 * A quiz or a mini-game as the studio sees it: its draft, its published version and its campaign settings. The
 * draft is read back through the draft schema of the row's kind (a game's through the game draft schema); when
 * it is missing or unreadable, the published version is the fallback.
 */
export function getStudioQuiz(db: Db, quizId: string): StudioItem | undefined {
  const row = db.select().from(quizzes).where(eq(quizzes.id, quizId)).get();
  if (!row) return undefined;
  const published = row.publishedVersionId ? db.select({ version: quizVersions.version, definition: quizVersions.definition }).from(quizVersions).where(eq(quizVersions.id, row.publishedVersionId)).get() : undefined;
  const fields = {
    id: row.id,
    workspaceId: row.workspaceId,
    slug: row.slug,
    status: row.status,
    title: row.title,
    draftUpdatedAt: row.draftUpdatedAt,
    publishedVersionId: row.publishedVersionId,
    publishedVersion: published?.version ?? null,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    pausedAt: row.pausedAt,
    stoppedAt: row.stoppedAt,
    playerCap: row.playerCap,
    endedMessage: row.endedMessage,
    endedUrl: row.endedUrl,
    archivedAt: row.archivedAt,
  };
  if (isGameKind(row.kind)) {
    const stored = parseGameDraft(row.draft);
    const fallback = stored.ok ? undefined : parseGameDraft(published?.definition);
    const draft = stored.ok ? stored.draft : fallback?.ok ? fallback.draft : undefined;
    return draft ? { ...fields, kind: draft.kind, draft } : undefined;
  }
  const storedDraft = parseQuizDraft(row.draft);
  const fallback = storedDraft.ok ? undefined : parseQuizDraft(published?.definition);
  const draft = storedDraft.ok ? storedDraft.draft : fallback?.ok ? fallback.draft : undefined;
  if (!draft) return undefined;
  // the draft read as a quiz's: its kind is a quiz kind
  return { ...fields, kind: draft.kind, draft };
}

/**
 * Whether a stored draft is complete and valid (a quiz against the quiz schema, a wheel or scratch card against
 * the game definition schema): the issues, by field path, are empty when it can be published.
 */
export function validateDraft(draft: unknown): { path: string; message: string }[] {
  const parsed = isGameDraftLike(draft) ? gameDefinitionSchema.safeParse(draft) : quizDefinitionSchema.safeParse(draft);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

// A draft that says it is a game (its kind is 'wheel' or 'scratch'), to pick the schema it is checked against.
function isGameDraftLike(draft: unknown): boolean {
  return draft !== null && typeof draft === 'object' && 'kind' in draft && typeof draft.kind === 'string' && isGameKind(draft.kind);
}

// ——— Launch and campaign: publishing, versions, campaign settings, duplicate, archive, delete ———

export type PublishOutcome = { ok: true; versionId: string; version: number } | { ok: false; issues: { path: string; message: string }[] } | { ok: false; issues: null };

/**
 * Publishes a quiz's draft as a new immutable version (the highest number + 1) and makes it the one players
 * get, all in one transaction: a draft that fails the strict schema publishes nothing and returns every issue.
 * A game (kind wheel or scratch) is held to the game definition schema, the one its players' pages read it
 * with, and can only publish as a game (a quiz only as a quiz). `issues: null` means there is no such quiz.
 * Results keep pointing at the version they were played on.
 */
export function publishQuiz(db: Db, input: { quizId: string; now: number; newId: () => string }): PublishOutcome {
  return db.transaction((tx) => {
    const row = tx.select({ draft: quizzes.draft, kind: quizzes.kind }).from(quizzes).where(eq(quizzes.id, input.quizId)).get();
    if (!row) return { ok: false as const, issues: null };
    const parsed = isGameKind(row.kind) ? gameDefinitionSchema.safeParse(row.draft) : quizDefinitionSchema.safeParse(row.draft);
    if (!parsed.success) return { ok: false as const, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
    const latest = tx.select({ max: sql<number>`coalesce(max(${quizVersions.version}), 0)` }).from(quizVersions).where(eq(quizVersions.quizId, input.quizId)).get()?.max ?? 0;
    const versionId = input.newId();
    const version = latest + 1;
    tx.insert(quizVersions).values({ id: versionId, quizId: input.quizId, version, definition: parsed.data, createdAt: input.now }).run();
    tx.update(quizzes)
      .set({ status: 'published', publishedVersionId: versionId, kind: parsed.data.kind, title: parsed.data.title, updatedAt: input.now })
      .where(eq(quizzes.id, input.quizId))
      .run();
    return { ok: true as const, versionId, version };
  });
}

export type QuizVersionSummary = { id: string; version: number; createdAt: number; players: number; isPublished: boolean };

/**
 * A quiz's version history, newest first, each with the number of players who finished on it, whether it is
 * the published one, and whether the saved draft differs from the published version.
 */
export function getVersionHistory(db: Db, quizId: string): { versions: QuizVersionSummary[]; isDraftChanged: boolean; published: QuizDefinition | GameDefinition | null } | undefined {
  const quiz = db.select({ draft: quizzes.draft, kind: quizzes.kind, publishedVersionId: quizzes.publishedVersionId }).from(quizzes).where(eq(quizzes.id, quizId)).get();
  if (!quiz) return undefined;
  const rows = db.select({ id: quizVersions.id, version: quizVersions.version, createdAt: quizVersions.createdAt, definition: quizVersions.definition }).from(quizVersions).where(eq(quizVersions.quizId, quizId)).all();
  const playersByVersion = new Map(
    db
      .select({ versionId: results.versionId, n: countDistinct(results.playerId) })
      .from(results)
      .where(eq(results.quizId, quizId))
      .groupBy(results.versionId)
      .all()
      .map((r) => [r.versionId, r.n]),
  );
  const publishedRow = rows.find((r) => r.id === quiz.publishedVersionId);
  const definitionSchema = isGameKind(quiz.kind) ? gameDefinitionSchema : quizDefinitionSchema;
  const published = publishedRow ? definitionSchema.parse(publishedRow.definition) : null;
  return {
    versions: rows
      .map((r) => ({ id: r.id, version: r.version, createdAt: r.createdAt, players: playersByVersion.get(r.id) ?? 0, isPublished: r.id === quiz.publishedVersionId }))
      .sort((a, b) => b.version - a.version),
    isDraftChanged: hasUnpublishedChanges(quiz.draft, published),
    published,
  };
}

export type StudioCampaign = CampaignSettings & { slug: string; archivedAt: number | null; publishedVersionId: string | null; players: number; state: CampaignState };

/** A quiz's campaign settings as the studio shows them, with its player count and its state at `now`. */
export function getStudioCampaign(db: Db, quizId: string, now: number): StudioCampaign | undefined {
  const row = db
    .select({
      slug: quizzes.slug,
      publishedVersionId: quizzes.publishedVersionId,
      startsAt: quizzes.startsAt,
      endsAt: quizzes.endsAt,
      pausedAt: quizzes.pausedAt,
      stoppedAt: quizzes.stoppedAt,
      playerCap: quizzes.playerCap,
      endedMessage: quizzes.endedMessage,
      endedUrl: quizzes.endedUrl,
      archivedAt: quizzes.archivedAt,
    })
    .from(quizzes)
    .where(eq(quizzes.id, quizId))
    .get();
  if (!row) return undefined;
  const playerCount = db.select({ n: count() }).from(players).where(eq(players.quizId, quizId)).get()?.n ?? 0;
  return { ...row, players: playerCount, state: getCampaignState({ ...row, players: playerCount, now }) };
}

/** Stores a quiz's campaign settings (already checked by applyCampaignChange). */
export function saveCampaignSettings(db: Db, quizId: string, settings: CampaignSettings, now: number): void {
  db.update(quizzes)
    .set({ ...settings, updatedAt: now })
    .where(eq(quizzes.id, quizId))
    .run();
}

/**
 * Copies a quiz's draft into a new, never-published quiz of the same workspace with the given title and a slug
 * that `chooseSlug` picks among the free ones (it is told which are taken, in the same transaction). Campaign
 * settings are not copied.
 */
export function duplicateQuiz(db: Db, input: { quizId: string; title: string; now: number; newId: () => string; chooseSlug: (isTaken: (slug: string) => boolean) => string }): { id: string; slug: string } | undefined {
  return db.transaction((tx) => {
    const source = tx.select({ workspaceId: quizzes.workspaceId, kind: quizzes.kind, draft: quizzes.draft }).from(quizzes).where(eq(quizzes.id, input.quizId)).get();
    if (!source) return undefined;
    const slug = input.chooseSlug((candidate) => tx.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, candidate)).get() !== undefined);
    const id = input.newId();
    const draft = source.draft !== null && typeof source.draft === 'object' ? { ...source.draft, title: input.title } : source.draft;
    tx.insert(quizzes)
      .values({ id, workspaceId: source.workspaceId, slug, kind: source.kind, status: 'draft', publishedVersionId: null, title: input.title, draft, draftUpdatedAt: input.now, updatedAt: input.now, createdAt: input.now })
      .run();
    return { id, slug };
  });
}

/** Archives a quiz (hidden from the studio's list; its players see the ended page) or brings it back (null). */
export function setQuizArchivedAt(db: Db, quizId: string, archivedAt: number | null, now: number): void {
  db.update(quizzes).set({ archivedAt, updatedAt: now }).where(eq(quizzes.id, quizId)).run();
}

/** The ids of every result of a quiz: what its cached cards were rendered from. */
export function listQuizResultIds(db: Db, quizId: string): string[] {
  return db
    .select({ id: results.id })
    .from(results)
    .where(eq(results.quizId, quizId))
    .all()
    .map((r) => r.id);
}

/**
 * Deletes a quiz and everything recorded about it, in one transaction: versions, players, results, share links,
 * clicks, touches, events (by cascade or explicitly), and the cached cards named by `cardHashes` (the cache is
 * keyed by content, so the caller computes the hashes of the quiz's cards). Uploaded images belong to the
 * workspace and stay. Returns whether the quiz existed.
 */
export function deleteQuizData(db: Db, quizId: string, cardHashes: string[]): boolean {
  return db.transaction((tx) => {
    if (!tx.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.id, quizId)).get()) return false;
    for (let i = 0; i < cardHashes.length; i += 500) tx.delete(cards).where(inArray(cards.hash, cardHashes.slice(i, i + 500))).run();
    tx.delete(linkClicks).where(eq(linkClicks.quizId, quizId)).run();
    // Results point at versions without a cascade: they go first.
    tx.delete(results).where(eq(results.quizId, quizId)).run();
    tx.delete(quizzes).where(eq(quizzes.id, quizId)).run();
    return true;
  });
}


// ——— Creating and editing: new quizzes (from a template, from scratch, from a file) and draft autosave ———

/**
 * Creates a never-published quiz or game (its kind is the draft's) in a workspace with the given draft as its draft, and a slug nobody has yet:
 * `slugBase`, then slugBase-2, -3 …, or a random one when the base is empty (see pickFreeSlug). One transaction,
 * so the slug checked free is the slug written.
 */
export function createStudioQuiz(db: Db, input: { id: string; workspaceId: string; draft: QuizDraft | GameDraft; slugBase: string; randomSlugPart: () => string; now: number }): { id: string; slug: string } {
  return db.transaction((tx) => {
    const isTaken = (slug: string) => tx.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, slug)).get() !== undefined;
    const slug = pickFreeSlug(input.slugBase, isTaken, input.randomSlugPart);
    tx.insert(quizzes)
      .values({ id: input.id, workspaceId: input.workspaceId, slug, kind: input.draft.kind, status: 'draft', publishedVersionId: null, title: input.draft.title, draft: input.draft, draftUpdatedAt: input.now, updatedAt: input.now, createdAt: input.now })
      .run();
    return { id: input.id, slug };
  });
}

/**
 * Stores an autosaved draft (already checked against the draft schema of its kind: see getQuizKind) with its
 * title and kind for the studio's lists, in one statement, so a draft is never half-saved. Returns whether the
 * quiz exists.
 */
export function saveQuizDraft(db: Db, quizId: string, draft: QuizDraft | GameDraft, now: number): boolean {
  const result = db.update(quizzes).set({ draft, draftUpdatedAt: now, title: draft.title, kind: draft.kind, updatedAt: now }).where(eq(quizzes.id, quizId)).run();
  return result.changes > 0;
}

/** A quiz's kind as stored (a quiz kind, or 'wheel' / 'scratch' for a game); undefined when there is no such quiz. */
export function getQuizKind(db: Db, quizId: string): (typeof quizzes.$inferSelect)['kind'] | undefined {
  return db.select({ kind: quizzes.kind }).from(quizzes).where(eq(quizzes.id, quizId)).get()?.kind;
}

/**
 * The workspace a new quiz goes into when the request does not name one: the studio's current workspace (the
 * `ripple_workspace` cookie) when the user is still a member of it, else their first. Undefined when they belong
 * to none.
 */
export function chooseWorkspaceId(db: Db, userId: string, preferredId: string | undefined): string | undefined {
  const memberships = listMemberships(db, userId);
  return (memberships.find((m) => m.workspaceId === preferredId) ?? memberships[0])?.workspaceId;
}
