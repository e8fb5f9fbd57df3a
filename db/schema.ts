import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Times are unix milliseconds (integers): easy to bucket by day in SQL and exact in JavaScript.
const createdAt = () =>
  integer('created_at')
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: createdAt(),
});

export const quizzes = sqliteTable(
  'quizzes',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: ['personality', 'trivia', 'poll'] }).notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    /** the version players get now; null while never published */
    publishedVersionId: text('published_version_id'),
    createdAt: createdAt(),
  },
  (t) => [index('quizzes_workspace_idx').on(t.workspaceId)],
);

/** An immutable snapshot of a quiz definition: results point at the version they were played on. */
export const quizVersions = sqliteTable(
  'quiz_versions',
  {
    id: text('id').primaryKey(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: text('definition', { mode: 'json' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('quiz_versions_quiz_version_idx').on(t.quizId, t.version)],
);

/**
 * A visitor who started a quiz, once per visitor and quiz. A referred player's first touch carried a share
 * link: parent is that link's player, generation is the parent's + 1, channel the link's channel.
 */
export const players = sqliteTable(
  'players',
  {
    id: text('id').primaryKey(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id').notNull(),
    /** a short public number for "Player #n" */
    number: integer('number').notNull(),
    name: text('name').notNull().default(''),
    parentPlayerId: text('parent_player_id'),
    shareLinkId: text('share_link_id'),
    channel: text('channel'),
    generation: integer('generation').notNull().default(0),
    startedAt: integer('started_at').notNull(),
    completedAt: integer('completed_at'),
  },
  (t) => [
    uniqueIndex('players_quiz_visitor_idx').on(t.quizId, t.visitorId),
    index('players_parent_idx').on(t.parentPlayerId),
    index('players_quiz_started_idx').on(t.quizId, t.startedAt),
  ],
);

/** One completed play: what was answered on which version, and what came out. */
export const results = sqliteTable(
  'results',
  {
    id: text('id').primaryKey(),
    playerId: text('player_id')
      .notNull()
      .references(() => players.id, { onDelete: 'cascade' }),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    versionId: text('version_id')
      .notNull()
      .references(() => quizVersions.id),
    outcomeId: text('outcome_id').notNull(),
    score: integer('score'),
    maxScore: integer('max_score'),
    percent: integer('percent'),
    name: text('name').notNull().default(''),
    answers: text('answers', { mode: 'json' }).notNull(),
    /** frozen when the play ends, so the card (and its content hash) never changes afterwards */
    rarityPercent: integer('rarity_percent').notNull().default(0),
    percentile: integer('percentile').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('results_player_idx').on(t.playerId), index('results_quiz_outcome_idx').on(t.quizId, t.outcomeId), index('results_quiz_percent_idx').on(t.quizId, t.percent)],
);

/** A player's tracked link for one channel: /s/<token>. */
export const shareLinks = sqliteTable(
  'share_links',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    playerId: text('player_id')
      .notNull()
      .references(() => players.id, { onDelete: 'cascade' }),
    resultId: text('result_id')
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('share_links_result_channel_idx').on(t.resultId, t.channel), index('share_links_player_idx').on(t.playerId), index('share_links_quiz_idx').on(t.quizId)],
);

/** A human visit of a share link, once per visitor, link and UTC day. */
export const linkClicks = sqliteTable(
  'link_clicks',
  {
    shareLinkId: text('share_link_id')
      .notNull()
      .references(() => shareLinks.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id').notNull(),
    day: text('day').notNull(),
    quizId: text('quiz_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.shareLinkId, t.visitorId, t.day] }), index('link_clicks_quiz_idx').on(t.quizId)],
);

/** A visitor's first touch of a quiz: a share link, or nothing (direct). First touch wins, later ones are ignored. */
export const touches = sqliteTable(
  'touches',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id').notNull(),
    shareLinkId: text('share_link_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.visitorId] })],
);

/** Everything else that is counted: page views, share intents, crawler fetches. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    type: text('type', { enum: ['view', 'share', 'crawler'] }).notNull(),
    playerId: text('player_id'),
    shareLinkId: text('share_link_id'),
    channel: text('channel'),
    isConfirmed: integer('is_confirmed', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('events_quiz_type_idx').on(t.quizId, t.type), index('events_player_idx').on(t.playerId)],
);

/** Rendered cards, by content hash: rendered once, then served as immutable bytes. */
export const cards = sqliteTable('cards', {
  hash: text('hash').primaryKey(),
  png: blob('png', { mode: 'buffer' }).notNull(),
  bytes: integer('bytes').notNull(),
  createdAt: createdAt(),
});
