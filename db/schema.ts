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
  /** words that may never be printed on a card as a player's name; null means the defaults */
  blockedWords: text('blocked_words', { mode: 'json' }).$type<string[]>(),
  createdAt: createdAt(),
});

// Better Auth's tables (users, sessions, accounts, verifications): passwords live in accounts, hashed with scrypt.
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Who belongs to a workspace, and what they may do there: owners manage members, editors edit, viewers read. */
export const workspaceMembers = sqliteTable(
  'workspace_members',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'editor', 'viewer'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index('workspace_members_user_idx').on(t.userId)],
);

/** An invitation link to join a workspace with a role; only a hash of its token is kept. */
export const workspaceInvites = sqliteTable(
  'workspace_invites',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role', { enum: ['owner', 'editor', 'viewer'] }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at').notNull(),
    acceptedBy: text('accepted_by'),
    acceptedAt: integer('accepted_at'),
    revokedAt: integer('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('workspace_invites_workspace_idx').on(t.workspaceId)],
);

/** An image uploaded to a workspace: re-encoded, stripped of metadata, stored under the data folder. */
export const uploads = sqliteTable(
  'uploads',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** the public path, /uploads/<file> */
    path: text('path').notNull().unique(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('uploads_workspace_idx').on(t.workspaceId)],
);

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
    /** the title shown in the studio's lists (the draft's, or the published version's) */
    title: text('title').notNull().default(''),
    /** the definition being edited; publishing copies it into a new immutable version */
    draft: text('draft', { mode: 'json' }),
    draftUpdatedAt: integer('draft_updated_at'),
    // Campaign controls: a schedule, a pause, a stop, and a cap on players.
    startsAt: integer('starts_at'),
    endsAt: integer('ends_at'),
    pausedAt: integer('paused_at'),
    stoppedAt: integer('stopped_at'),
    playerCap: integer('player_cap'),
    /** the "this campaign has ended" page: an optional message and link */
    endedMessage: text('ended_message'),
    endedUrl: text('ended_url'),
    archivedAt: integer('archived_at'),
    updatedAt: integer('updated_at'),
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
