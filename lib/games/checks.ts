import { buildCardTree } from '../card/build-card-tree';
import type { CardChild, CardNode, CardVariant } from '../card/types';
import { readableCardPx, sampleNames, type CheckStatus } from '../prelaunch-checks';
import { buildGameCardInput } from '../result-text';
import { gameDefinitionSchema, tryAgainOutcomeId, type GameDraft } from './game-schema';

/**
 * The mini-games' pre-launch checks: what would make a wheel or a scratch card misbehave once it is out (a prize
 * nobody can win, a wheel that cannot show what the server drew, codes that run out, an e-mail form without its
 * consent text, a prize title cut on the card), found before it is published. Pure, like lib/prelaunch-checks.ts:
 * what only the server knows (which image files exist, how many imported codes are free) comes in as arguments.
 */

export type GameCheckId = 'complete' | 'segments' | 'prizes' | 'odds' | 'stock' | 'leads' | 'overflow' | 'images';
export type GameFindingCode =
  | 'invalid_field'
  | 'segment_count'
  | 'segment_prize_missing'
  | 'prize_no_segment'
  | 'try_again_no_segment'
  | 'segment_label_long'
  | 'pool_prize_missing'
  | 'prize_unreachable'
  | 'odds_zero'
  | 'prize_odds_zero'
  | 'per_day_over_total'
  | 'stock_zero'
  | 'codes_missing'
  | 'codes_fewer'
  | 'consent_missing'
  | 'title_cut'
  | 'title_small'
  | 'game_title_cut'
  | 'image_missing'
  | 'alt_missing'
  | 'no_picture'
  | 'no_cover';

/** One thing to fix: its code (the studio words it), how bad it is, the draft path of the field, and details. */
export type GameFinding = { code: GameFindingCode; severity: 'warn' | 'fail'; path: string; values: Record<string, string | number> };
export type GameCheckResult = { id: GameCheckId; status: CheckStatus; findings: GameFinding[] };

/** A wheel has 4 to 12 segments (fewer is not a game of chance to look at, more cannot be read on a phone). */
export const minSegments = 4;
export const maxSegments = 12;

/**
 * The longest segment label, in characters, that the wheel prints whole at a readable size: labels run from the
 * hub to the rim, about 14 characters on a 320 px wheel. A longer one is shrunk or cut.
 */
export const maxWheelLabelChars = 14;

export type GameCheckContext = {
  /** whether an image path names a file Ripple has */
  hasAsset: (path: string) => boolean;
  /** the imported codes of a prize not given to anyone yet */
  freeCodes: (prizeId: string) => number;
};

// The share of plays printed on sample cards: plausible, and fixed so a finding only changes when the draft does.
const sampleRarityPercent = 12;

const cardVariants: CardVariant[] = ['og', 'story'];

/**
 * Runs every check of a game draft:
 * - complete: the strict game schema, field by field (an issue a check below words better is left to it);
 * - segments (wheels): 4 to 12 segments, each pointing at a prize that exists, one for every prize that can be won
 *   and for "try again" when it has odds (the wheel must be able to stop on what the server draws), labels that fit;
 * - prizes: every prize a pool or tier names exists, and every prize is in a pool someone can reach;
 * - odds: the odds of everyone's pool plus "try again" add up to more than 0; a pool prize with odds 0 warns;
 * - stock: per-day stock at most the total; a pool prize with a total of 0 warns; a prize given with imported
 *   codes has free codes, or a stock of 0 (fail), and fewer codes than its stock warns (it stops at the last code);
 * - leads: the consent text is written when the e-mail is asked for;
 * - overflow: each prize title on the result card (both sizes) is neither cut (fail) nor shrunk below
 *   readableCardPx (warn); the game's title is not cut (warn);
 * - images: every image exists and has its alt text (fail), a prize with neither image nor emoji and a game with
 *   no cover warn.
 * A check is `fail` when one of its findings is, `warn` when one warns, `pass` otherwise, and `skip` when it does
 * not apply (segments on a scratch card, overflow with no prize).
 */
export function runGameChecks(game: GameDraft, context: GameCheckContext): GameCheckResult[] {
  const segments = game.kind === 'wheel' ? findSegmentProblems(game) : [];
  const prizes = findPoolProblems(game);
  const odds = findOddsProblems(game);
  const stock = findStockProblems(game, context);
  const leads: GameFinding[] = game.leadCapture.isEnabled && game.leadCapture.consentText.trim() === '' ? [{ code: 'consent_missing', severity: 'fail', path: 'leadCapture.consentText', values: {} }] : [];
  const specific = [...segments, ...prizes, ...odds, ...stock, ...leads];
  const covered = new Set(specific.map((f) => f.path));
  const parsed = gameDefinitionSchema.safeParse(game);
  const complete: GameFinding[] = parsed.success
    ? []
    : parsed.error.issues
        .map((i) => ({ code: 'invalid_field' as const, severity: 'fail' as const, path: i.path.map(String).join('.'), values: { message: i.message } }))
        .filter((f) => !covered.has(f.path) && !isWordedElsewhere(f.path, f.values.message));
  return [
    toCheck('complete', complete),
    toCheck('segments', segments, game.kind !== 'wheel'),
    toCheck('prizes', prizes),
    toCheck('odds', odds),
    toCheck('stock', stock),
    toCheck('leads', leads),
    toCheck('overflow', game.prizes.length > 0 ? findGameCardOverflows(game) : [], game.prizes.length === 0),
    toCheck('images', findGameImageProblems(game, context.hasAsset)),
  ];
}

// The schema's cross-field rules that a specific check words (with its own path): not repeated under "complete".
function isWordedElsewhere(path: string, message: string | number): boolean {
  const text = String(message);
  return (path === 'segments' && /has no segment on the wheel/.test(text)) || (path.startsWith('prizes.') && /in no prize pool/.test(text)) || (path === 'tryAgain.odds' && /odds above 0/.test(text));
}

function toCheck(id: GameCheckId, findings: GameFinding[], isSkipped = false): GameCheckResult {
  if (isSkipped) return { id, status: 'skip', findings: [] };
  const status = findings.some((f) => f.severity === 'fail') ? 'fail' : findings.length > 0 ? 'warn' : 'pass';
  return { id, status, findings };
}

/** The prize ids a player can win: everyone's pool, and the tiers' pools while sharing is on. */
function listReachablePrizeIds(game: GameDraft): Set<string> {
  const reachable = new Set(game.prizePool);
  if (game.shareToPlayAgain.isEnabled) for (const tier of game.shareToPlayAgain.tiers) for (const id of tier.prizePool) reachable.add(id);
  return reachable;
}

function findSegmentProblems(game: Extract<GameDraft, { kind: 'wheel' }>): GameFinding[] {
  const findings: GameFinding[] = [];
  const count = game.segments.length;
  if (count < minSegments || count > maxSegments) findings.push({ code: 'segment_count', severity: 'fail', path: 'segments', values: { count, min: minSegments, max: maxSegments } });
  const prizeIds = new Set(game.prizes.map((p) => p.id));
  game.segments.forEach((segment, i) => {
    if (segment.prizeId !== null && !prizeIds.has(segment.prizeId)) findings.push({ code: 'segment_prize_missing', severity: 'fail', path: `segments.${i}.prizeId`, values: { segment: i + 1, prize: segment.prizeId } });
    const length = [...segment.label.trim()].length;
    if (length > maxWheelLabelChars) findings.push({ code: 'segment_label_long', severity: 'warn', path: `segments.${i}.label`, values: { segment: i + 1, label: segment.label, length, max: maxWheelLabelChars } });
  });
  const reachable = listReachablePrizeIds(game);
  game.prizes.forEach((prize, i) => {
    if (reachable.has(prize.id) && !game.segments.some((s) => s.prizeId === prize.id)) findings.push({ code: 'prize_no_segment', severity: 'fail', path: `prizes.${i}`, values: { prize: prize.title || prize.id } });
  });
  if (game.tryAgain.odds > 0 && !game.segments.some((s) => s.prizeId === null)) findings.push({ code: 'try_again_no_segment', severity: 'fail', path: 'tryAgain', values: {} });
  return findings;
}

function findPoolProblems(game: GameDraft): GameFinding[] {
  const findings: GameFinding[] = [];
  const prizeIds = new Set(game.prizes.map((p) => p.id));
  game.prizePool.forEach((id, i) => {
    if (!prizeIds.has(id)) findings.push({ code: 'pool_prize_missing', severity: 'fail', path: `prizePool.${i}`, values: { prize: id } });
  });
  game.shareToPlayAgain.tiers.forEach((tier, ti) =>
    tier.prizePool.forEach((id, i) => {
      if (!prizeIds.has(id)) findings.push({ code: 'pool_prize_missing', severity: 'fail', path: `shareToPlayAgain.tiers.${ti}.prizePool.${i}`, values: { prize: id } });
    }),
  );
  const reachable = listReachablePrizeIds(game);
  game.prizes.forEach((prize, i) => {
    if (!reachable.has(prize.id)) {
      const isInOffTier = game.shareToPlayAgain.tiers.some((tier) => tier.prizePool.includes(prize.id));
      findings.push({ code: 'prize_unreachable', severity: 'fail', path: `prizes.${i}`, values: { prize: prize.title || prize.id, reason: isInOffTier ? 'sharing_off' : 'no_pool' } });
    }
  });
  return findings;
}

function findOddsProblems(game: GameDraft): GameFinding[] {
  const findings: GameFinding[] = [];
  const pool = new Set(game.prizePool);
  const poolOdds = game.prizes.filter((p) => pool.has(p.id)).reduce((sum, p) => sum + p.odds, 0);
  if (poolOdds + game.tryAgain.odds <= 0) findings.push({ code: 'odds_zero', severity: 'fail', path: 'tryAgain.odds', values: {} });
  const reachable = listReachablePrizeIds(game);
  game.prizes.forEach((prize, i) => {
    if (reachable.has(prize.id) && prize.odds <= 0) findings.push({ code: 'prize_odds_zero', severity: 'warn', path: `prizes.${i}.odds`, values: { prize: prize.title || prize.id } });
  });
  return findings;
}

function findStockProblems(game: GameDraft, context: GameCheckContext): GameFinding[] {
  const findings: GameFinding[] = [];
  const reachable = listReachablePrizeIds(game);
  game.prizes.forEach((prize, i) => {
    const name = prize.title || prize.id;
    if (prize.stockTotal !== null && prize.stockPerDay !== null && prize.stockPerDay > prize.stockTotal) {
      findings.push({ code: 'per_day_over_total', severity: 'fail', path: `prizes.${i}.stockPerDay`, values: { prize: name, perDay: prize.stockPerDay, total: prize.stockTotal } });
    }
    if (reachable.has(prize.id) && (prize.stockTotal === 0 || prize.stockPerDay === 0)) findings.push({ code: 'stock_zero', severity: 'warn', path: `prizes.${i}.${prize.stockTotal === 0 ? 'stockTotal' : 'stockPerDay'}`, values: { prize: name } });
    if (prize.codes === 'imported' && prize.stockTotal !== 0) {
      const free = context.freeCodes(prize.id);
      if (free === 0) findings.push({ code: 'codes_missing', severity: 'fail', path: `prizes.${i}.codes`, values: { prize: name } });
      else if (prize.stockTotal === null || free < prize.stockTotal) findings.push({ code: 'codes_fewer', severity: 'warn', path: `prizes.${i}.codes`, values: { prize: name, codes: free, stock: prize.stockTotal ?? '∞' } });
    }
  });
  return findings;
}

type FittedText = { role: string; text: string; fontSizePx: number };

/**
 * Texts that do not fit a winner's card, found by building the very card trees that are rendered (buildGameCardInput,
 * then buildCardTree, which shrinks a text through its sizes and then cuts it with "…") for a sample player ("Sara"
 * / "سارة") with every prize and "try again", in both sizes: a
 * title cut fails (the card would print another prize), one shrunk below readableCardPx warns, and so does the
 * game's title cut.
 */
export function findGameCardOverflows(game: GameDraft): GameFinding[] {
  const findings: GameFinding[] = [];
  const seen = new Set<string>();
  const add = (finding: GameFinding) => {
    const key = `${finding.code}|${finding.path}|${finding.values.variant}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  };
  const outcomes = [...game.prizes.map((p, i) => ({ id: p.id, title: p.title, path: `prizes.${i}.title` })), { id: tryAgainOutcomeId, title: game.tryAgain.title, path: 'tryAgain.title' }];
  for (const outcome of outcomes) {
    if (!outcome.title.trim()) continue;
    for (const variant of cardVariants) {
      const input = buildGameCardInput({ definition: game, outcomeId: outcome.id, playerName: sampleNames[game.locale], rarityPercent: sampleRarityPercent });
      const texts = readCardTexts(buildCardTree(input, variant));
      const title = texts.find((t) => t.role === 'result-title');
      if (title) {
        if (isCut(title.text, outcome.title)) add({ code: 'title_cut', severity: 'fail', path: outcome.path, values: { prize: outcome.title, variant, shown: title.text } });
        else if (title.fontSizePx < readableCardPx[variant].title) add({ code: 'title_small', severity: 'warn', path: outcome.path, values: { prize: outcome.title, variant, size: title.fontSizePx } });
      }
      const gameTitle = texts.find((t) => t.role === 'quiz-title');
      if (gameTitle && game.title.trim() && isCut(gameTitle.text, game.title)) add({ code: 'game_title_cut', severity: 'warn', path: 'title', values: { variant, shown: gameTitle.text } });
    }
  }
  return findings;
}

function isCut(shown: string, original: string): boolean {
  return shown !== original.trim() && shown.endsWith('…');
}

function readCardTexts(node: CardNode): FittedText[] {
  const found: FittedText[] = [];
  const visit = (child: CardChild) => {
    if (typeof child === 'string') return;
    const { props } = child;
    const fontSize = props.style?.fontSize;
    if (props['data-role'] && props['data-text'] !== undefined && typeof fontSize === 'number') found.push({ role: props['data-role'], text: props['data-text'], fontSizePx: fontSize });
    props.children?.forEach(visit);
  };
  visit(node);
  return found;
}

/** Every image path a game points at (cover, logo, scratch cover, prizes), once each. */
export function listGameImagePaths(game: GameDraft): string[] {
  const paths = [game.coverImage, game.brand.logo, game.kind === 'scratch' ? game.card.coverImage : undefined, ...game.prizes.map((p) => p.image)];
  return [...new Set(paths.filter((p): p is string => Boolean(p)))];
}

/**
 * Images the game points at that Ripple does not have, images without alt text (fail), a prize with neither an
 * image nor an emoji (its card has no picture) and a game with neither a cover image nor an emoji (warnings).
 */
export function findGameImageProblems(game: GameDraft, hasAsset: (path: string) => boolean): GameFinding[] {
  const findings: GameFinding[] = [];
  const image = (path: string, altPath: string, src: string | undefined, alt: string | undefined) => {
    if (!src) return;
    if (!hasAsset(src)) findings.push({ code: 'image_missing', severity: 'fail', path, values: { src } });
    if (!alt?.trim()) findings.push({ code: 'alt_missing', severity: 'fail', path: altPath, values: { src } });
  };
  image('coverImage', 'coverImageAlt', game.coverImage, game.coverImageAlt);
  image('brand.logo', 'brand.logoAlt', game.brand.logo, game.brand.logoAlt);
  if (game.kind === 'scratch') image('card.coverImage', 'card.coverImageAlt', game.card.coverImage, game.card.coverImageAlt);
  game.prizes.forEach((prize, i) => {
    image(`prizes.${i}.image`, `prizes.${i}.imageAlt`, prize.image, prize.imageAlt);
    if (!prize.image && !prize.emoji?.trim()) findings.push({ code: 'no_picture', severity: 'warn', path: `prizes.${i}.emoji`, values: { prize: prize.title || prize.id } });
  });
  if (!game.coverImage && !game.coverEmoji?.trim()) findings.push({ code: 'no_cover', severity: 'warn', path: 'coverEmoji', values: {} });
  return findings;
}
