/**
 * The analytics dashboard's data, as GET /api/studio/analytics answers it and the studio's dashboard draws it.
 * Every figure follows lib/analytics/definitions.ts. Days are UTC dates 'YYYY-MM-DD'; times are epoch ms.
 */

/** An inclusive range of UTC days. */
export type DayRange = { from: string; to: string };

/**
 * Which players are looked at (the set P). Each is optional: channel is how the player arrived ('direct' for
 * seed players, otherwise the share channel of the link that brought them), outcome is their result, source
 * how their referral tree began ('direct', 'embed' or a utm_source), hostPage the embedding page they played on.
 */
export type AnalyticsFilters = { channel?: string; outcome?: string; source?: string; hostPage?: string };

/** The loop's figures for a set of players P. K = shareRate × clicksPerSharer × playersPerClick exactly. */
export type LoopFigures = {
  /** cover views by people; null when a filter cannot apply to views (outcome) */
  views: number | null;
  players: number;
  seeds: number;
  /** players of P who were referred (arrived through a share link) */
  referredArrivals: number;
  completers: number;
  sharers: number;
  shareIntents: number;
  confirmedShares: number;
  /** human clicks on the links of P's players */
  clicks: number;
  crawlerFetches: number;
  /** players referred by a player of P (P's children) */
  referred: number;
  referredCompleted: number;
  k: number;
  shareRate: number;
  clicksPerSharer: number;
  playersPerClick: number;
  /** all players / seed players; null without seeds */
  amplification: number | null;
  /** the median viral cycle time of P's children, in minutes; null without children */
  medianCycleMinutes: number | null;
};

export type FunnelStep = 'view' | 'start' | 'complete' | 'share' | 'click' | 'referred_start' | 'referred_complete';

/** One start cohort (a day or an ISO week starting on Monday) with its K and factors. */
export type CohortPoint = { start: string; players: number; sharers: number; clicks: number; referred: number; k: number; shareRate: number; clicksPerSharer: number; playersPerClick: number };

/** What went through one share channel: K_c = referred through c / |P|, and the K_c of all channels sum to K. */
export type ChannelRow = {
  channel: string;
  shareIntents: number;
  confirmedShares: number;
  sharers: number;
  clicks: number;
  crawlerFetches: number;
  referred: number;
  referredCompleted: number;
  k: number;
  shareRate: number;
  clicksPerSharer: number;
  playersPerClick: number;
};

/** Players grouped by one attribute (their result, embedding page or source), with their K and factors. */
export type GroupRow = { key: string; label: string; players: number; completers: number; sharers: number; shareIntents: number; clicks: number; referred: number; k: number; shareRate: number; clicksPerSharer: number; playersPerClick: number };

export type CycleBucket = { lowerMinutes: number; upperMinutes: number | null; count: number };

export type Virality = {
  /** the mean distance between two players of the same referral tree (Goel et al. 2015); null without a pair */
  structuralVirality: number | null;
  maxDepth: number;
  trees: number;
  /** the share of P that was referred by the top 1% of P's sharers (by direct referrals), 0…1 */
  topSharersShare: number;
};

export type TopSharer = {
  playerId: string;
  /** the name on their card, or "Player #n"; never an e-mail */
  label: string;
  number: number;
  /** the whole subtree below them */
  descendants: number;
  children: number;
  /** how they arrived ('direct' or a channel) */
  channel: string;
  generation: number;
  outcomeId: string;
  outcomeLabel: string;
  startedAt: number;
};

/** Expected players from here on; bands are 95% intervals from the uncertainty of K and of the seed rate. */
export type Forecast = {
  /** K < 1: seeds / (1 − K), the total the players seen so far lead to; null while K ≥ 1 (no finite total) */
  expectedTotal: number | null;
  horizons: { days: 7 | 30; expected: number; low: number; high: number }[];
  /** the figures the projection used */
  k: number;
  kLow: number;
  kHigh: number;
  seedsPerDay: number;
  medianCycleMinutes: number | null;
};

export type AlertKind = 'going_viral' | 'share_rate_halved' | 'click_burst' | 'crawler_burst';

export type Alert = {
  kind: AlertKind;
  /** figures for the message: e.g. { k, previousK } or { count, windowMinutes, playerLabel } */
  figures: Record<string, number | string>;
  quizId: string;
  at: number;
};

export type DashboardScope = { kind: 'quiz'; quizId: string; slug: string; title: string; dir: 'ltr' | 'rtl' } | { kind: 'workspace'; workspaceId: string; name: string };

export type Dashboard = {
  scope: DashboardScope;
  range: DayRange;
  previousRange: DayRange;
  filters: AnalyticsFilters;
  generatedAt: number;
  /** the quizzes' analytics revision: changes whenever something is counted */
  revision: number;
  totals: LoopFigures;
  previous: LoopFigures;
  funnel: { step: FunnelStep; count: number | null }[];
  byDay: CohortPoint[];
  byWeek: CohortPoint[];
  byChannel: ChannelRow[];
  byOutcome: GroupRow[];
  byHostPage: GroupRow[];
  bySource: GroupRow[];
  cycleTime: { buckets: CycleBucket[]; medianMinutes: number | null };
  generations: { generation: number; players: number; completers: number }[];
  virality: Virality;
  topSharers: TopSharer[];
  forecast: Forecast;
  alerts: Alert[];
  /** the values the filters can take in this scope */
  options: { channels: string[]; outcomes: { id: string; label: string }[]; sources: string[]; hostPages: string[] };
};

/** The most children of one node (or trees) one forest answer lists: how far "+N more" can be paged. */
export const maxForestChildren = 120;

/**
 * A node of the referral forest as GET /api/studio/analytics/forest answers it. The root of the answer is a
 * virtual node (id null) whose children are the largest trees. Children beyond the answer's budget are folded
 * into one `more` node that carries how many players they hold in all.
 */
export type ForestNode = {
  id: string | null;
  label: string;
  channel: string;
  generation: number;
  /** the node and everyone below it */
  subtreeSize: number;
  /** children not included (loaded on demand by asking for this node) */
  hiddenChildren: number;
  children: ForestNode[];
  more?: { nodes: number; players: number };
};

/** One day's metrics for the exports and the read-only API. */
export type DailyMetrics = { day: string } & Omit<LoopFigures, 'amplification' | 'medianCycleMinutes'>;
