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
  /** raw events older than this many days are deleted (daily aggregates are kept); null keeps them forever */
  retentionDays: integer('retention_days'),
  /** origins (scheme://host[:port]) allowed to frame this workspace's games; empty: none */
  embedOrigins: text('embed_origins', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
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
    /** a quiz's kind, or a mini-game's ('wheel', 'scratch'; see db/games.ts) */
    kind: text('kind', { enum: ['personality', 'trivia', 'poll', 'wheel', 'scratch'] }).notNull(),
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
    /** where share links of players who played in an embed land: Ripple's share page, or the host page with ?ripple= */
    shareLanding: text('share_landing', { enum: ['ripple', 'host'] }).notNull().default('ripple'),
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
    /** how the player's referral tree began: 'direct', 'embed' or a utm_source; inherited from the parent */
    source: text('source').notNull().default('direct'),
    /** the embedding page (origin and path) the player played on, '' on Ripple's own pages */
    hostPage: text('host_page').notNull().default(''),
    /** the outcome of the player's first result, '' until they complete */
    outcomeId: text('outcome_id').notNull().default(''),
    /** the seed player at the top of this player's referral tree (the player itself for a seed) */
    rootPlayerId: text('root_player_id').notNull().default(''),
    /** players referred directly by this one */
    children: integer('children').notNull().default(0),
    /** every player below this one in the referral tree (children, their children, ...) */
    descendants: integer('descendants').notNull().default(0),
    /** for a seed: the sum of the depths of every player of its tree (kept to update structural virality) */
    treeDepthSum: integer('tree_depth_sum').notNull().default(0),
    /** when the player first shared (a share intent, or a human click on one of their links) */
    sharedAt: integer('shared_at'),
  },
  (t) => [
    uniqueIndex('players_quiz_visitor_idx').on(t.quizId, t.visitorId),
    index('players_parent_idx').on(t.parentPlayerId, t.descendants),
    index('players_quiz_started_idx').on(t.quizId, t.startedAt),
    // Sharers whose links brought someone, by start time, with what the top sharers are ranked by and filtered on:
    // a range's top sharers are read from this index alone, whatever the quiz's size.
    index('players_quiz_sharers_idx')
      .on(t.quizId, t.startedAt, t.descendants, t.children, t.number, t.channel, t.outcomeId, t.source, t.hostPage)
      .where(sql`descendants > 0`),
    // Seeds (the roots of the referral forest) by start time, with what the largest trees are ranked by.
    index('players_quiz_seeds_idx').on(t.quizId, t.startedAt, t.source, t.descendants, t.number, t.parentPlayerId).where(sql`parent_player_id is null`),
    index('players_quiz_number_idx').on(t.quizId, t.number),
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
    /** when this link was first shared (a share intent on its channel, or a human click on it) */
    sharedAt: integer('shared_at'),
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
  (t) => [primaryKey({ columns: [t.shareLinkId, t.visitorId, t.day] }), index('link_clicks_quiz_idx').on(t.quizId, t.createdAt)],
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
    /** for a view: the tree source and embedding page it came with */
    source: text('source').notNull().default('direct'),
    hostPage: text('host_page').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('events_quiz_type_idx').on(t.quizId, t.type, t.createdAt), index('events_player_idx').on(t.playerId), index('events_created_idx').on(t.createdAt)],
);

/** Rendered cards, by content hash: rendered once, then served as immutable bytes. */
export const cards = sqliteTable('cards', {
  hash: text('hash').primaryKey(),
  png: blob('png', { mode: 'buffer' }).notNull(),
  bytes: integer('bytes').notNull(),
  createdAt: createdAt(),
});

/** The counters of a cohort rollup row (and of a slice of them): fresh column builders for each table. */
function cohortCounterColumns() {
  return {
    views: integer('views').notNull().default(0),
    players: integer('players').notNull().default(0),
    seeds: integer('seeds').notNull().default(0),
    completers: integer('completers').notNull().default(0),
    sharers: integer('sharers').notNull().default(0),
    shareIntents: integer('share_intents').notNull().default(0),
    confirmedShares: integer('confirmed_shares').notNull().default(0),
    clicks: integer('clicks').notNull().default(0),
    crawlerFetches: integer('crawler_fetches').notNull().default(0),
    children: integer('children').notNull().default(0),
    childrenCompleted: integer('children_completed').notNull().default(0),
    /** children's viral cycle times, counted in the 13 buckets of lib/analytics/cycle-time.ts */
    cycle0: integer('cycle_0').notNull().default(0),
    cycle1: integer('cycle_1').notNull().default(0),
    cycle2: integer('cycle_2').notNull().default(0),
    cycle3: integer('cycle_3').notNull().default(0),
    cycle4: integer('cycle_4').notNull().default(0),
    cycle5: integer('cycle_5').notNull().default(0),
    cycle6: integer('cycle_6').notNull().default(0),
    cycle7: integer('cycle_7').notNull().default(0),
    cycle8: integer('cycle_8').notNull().default(0),
    cycle9: integer('cycle_9').notNull().default(0),
    cycle10: integer('cycle_10').notNull().default(0),
    cycle11: integer('cycle_11').notNull().default(0),
    cycle12: integer('cycle_12').notNull().default(0),
  };
}

/**
 * Daily aggregates of the viral loop, kept up at write time, by the start day of the player who did the thing
 * (their cohort) and the player's attributes. Rows with shareChannel '' hold what belongs to players (views,
 * players, completers, sharers); rows with a channel hold what happened through that channel's links (share
 * intents, clicks, crawler fetches, referred children and their cycle times). See lib/analytics/definitions.ts.
 */
export const cohortRollups = sqliteTable(
  'cohort_rollups',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    /** how the players arrived: 'direct' (seeds) or the share channel that brought them */
    arrival: text('arrival').notNull(),
    outcomeId: text('outcome_id').notNull(),
    source: text('source').notNull(),
    hostPage: text('host_page').notNull(),
    shareChannel: text('share_channel').notNull(),
    ...cohortCounterColumns(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.day, t.arrival, t.outcomeId, t.source, t.hostPage, t.shareChannel] })],
);

/**
 * The cohort rollups summed over every player attribute but one: the whole quiz (dim '' and value ''), or one
 * value of the arrival channel (dim 'arrival'), the result ('outcome'), the source ('source'), the embedding page
 * ('host') or, for players and completers only, the generation ('generation', from generation_rollups). What an
 * unfiltered dashboard reads: tens of rows a day instead of every combination of attributes. Kept up in the
 * same statements as the rollups they sum (db/rollups.ts), and always equal to those sums (tested).
 */
export const cohortSlices = sqliteTable(
  'cohort_slices',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    dim: text('dim').notNull(),
    value: text('value').notNull(),
    day: text('day').notNull(),
    shareChannel: text('share_channel').notNull(),
    ...cohortCounterColumns(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.dim, t.value, t.day, t.shareChannel] })],
);

/** Players and completers per start day and generation, with the same player attributes as cohort_rollups. */
export const generationRollups = sqliteTable(
  'generation_rollups',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    generation: integer('generation').notNull(),
    arrival: text('arrival').notNull(),
    outcomeId: text('outcome_id').notNull(),
    source: text('source').notNull(),
    hostPage: text('host_page').notNull(),
    players: integer('players').notNull().default(0),
    completers: integer('completers').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.day, t.generation, t.arrival, t.outcomeId, t.source, t.hostPage] })],
);

/**
 * Referral trees by the start day of their seed: how many trees and players, the sum over trees of the distances
 * between every two of their players (the Wiener index) and of the number of such pairs, and the deepest one.
 * Structural virality is distanceSum / pairs.
 */
export const treeRollups = sqliteTable(
  'tree_rollups',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    source: text('source').notNull(),
    trees: integer('trees').notNull().default(0),
    players: integer('players').notNull().default(0),
    distanceSum: integer('distance_sum').notNull().default(0),
    pairs: integer('pairs').notNull().default(0),
    maxDepth: integer('max_depth').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.day, t.source] })],
);

/**
 * How many results of a quiz have each outcome and (trivia) each percentage: what rarity and percentile are
 * frozen from at play time, in constant time however many results there are. percent is -1 outside trivia.
 */
export const resultCounts = sqliteTable(
  'result_counts',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    outcomeId: text('outcome_id').notNull(),
    percent: integer('percent').notNull(),
    results: integer('results').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.outcomeId, t.percent] })],
);

/**
 * A counter per quiz bumped by every counted event, so a live dashboard knows when to refresh. A table of its own:
 * bumping it rewrites one small row, not the quiz's (which holds its draft).
 */
export const analyticsRevisions = sqliteTable('analytics_revisions', {
  quizId: text('quiz_id')
    .primaryKey()
    .references(() => quizzes.id, { onDelete: 'cascade' }),
  revision: integer('revision').notNull().default(0),
});

/** The random salt of one UTC day for hashing visitors who carry no cookie (Do-Not-Track, GPC); deleted after. */
export const visitorSalts = sqliteTable('visitor_salts', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
});

/** A workspace's key for the read-only analytics API: only a SHA-256 of the key is kept; it is shown once. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** the key's first characters, to tell keys apart in the list */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastUsedAt: integer('last_used_at'),
    revokedAt: integer('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('api_keys_workspace_idx').on(t.workspaceId)],
);

// ——— Mini-games: prizes with stock, unique win codes, plays and leads ———

/** How many of a game's prize were won, in all and per UTC day: checked against the prize's stock in the draw's transaction. */
export const prizeWins = sqliteTable(
  'prize_wins',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    prizeId: text('prize_id').notNull(),
    /** 'all' for the total, or a UTC day 'YYYY-MM-DD' */
    period: text('period').notNull(),
    won: integer('won').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.prizeId, t.period] })],
);

/** A prize's code: imported by the author or generated; given to one play, and shown once. */
export const winCodes = sqliteTable(
  'win_codes',
  {
    id: text('id').primaryKey(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    prizeId: text('prize_id').notNull(),
    code: text('code').notNull(),
    isImported: integer('is_imported', { mode: 'boolean' }).notNull().default(false),
    playId: text('play_id'),
    assignedAt: integer('assigned_at'),
    revealedAt: integer('revealed_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('win_codes_quiz_code_idx').on(t.quizId, t.code), index('win_codes_free_idx').on(t.quizId, t.prizeId, t.playId)],
);

/** One play of a game (a spin, a scratch): its outcome decided by the server, once per request id. */
export const gamePlays = sqliteTable(
  'game_plays',
  {
    id: text('id').primaryKey(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    playerId: text('player_id')
      .notNull()
      .references(() => players.id, { onDelete: 'cascade' }),
    /** the client's id for this play: a replayed request gets the same play back, never a second draw */
    requestId: text('request_id').notNull(),
    /** the segment or prize that came out; '' for "try again" */
    prizeId: text('prize_id').notNull(),
    resultId: text('result_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('game_plays_request_idx').on(t.playerId, t.requestId), index('game_plays_player_idx').on(t.playerId)],
);

/** A player's e-mail, given before a prize was revealed, with the exact consent text they agreed to. */
export const leads = sqliteTable(
  'leads',
  {
    id: text('id').primaryKey(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    playerId: text('player_id')
      .notNull()
      .references(() => players.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    consentText: text('consent_text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('leads_player_idx').on(t.playerId), index('leads_quiz_idx').on(t.quizId, t.createdAt)],
);
