import { buildCardTree } from './card/build-card-tree';
import type { CardChild, CardNode, CardVariant } from './card/types';
import { quizDefinitionSchema, type QuizDefinition } from './quiz-schema';
import { buildCardInput, buildInvitation, buildStatLine, type ResultSummary } from './result-text';
import { pickTier, type AnswerSheet } from './scoring';

/**
 * Ripple's pre-launch checks: what can make a viral quiz backfire once it is out, found before it is published.
 * Every function here is pure: randomness comes in as an argument (a seeded generator in tests and in the
 * studio, so the same draft always gives the same report), and so does what only the server knows (which image
 * files exist, the workspace's blocked words).
 */

export type CheckId = 'complete' | 'reachability' | 'balance' | 'overflow' | 'images' | 'link_preview' | 'blocked_words';
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
export type FindingCode =
  | 'invalid_field'
  | 'unreachable_bound'
  | 'unreachable_exhaustive'
  | 'not_found'
  | 'tier_unreachable'
  | 'dominant'
  | 'rare'
  | 'title_cut'
  | 'title_small'
  | 'quiz_title_cut'
  | 'quiz_title_small'
  | 'name_cut'
  | 'image_missing'
  | 'alt_missing'
  | 'no_picture'
  | 'no_cover'
  | 'preview_title_cut'
  | 'preview_description_cut'
  | 'no_blocked_words';

/** One thing to fix: its code (the studio words it), how bad it is, the field to fix (a draft path) and details. */
export type Finding = { code: FindingCode; severity: 'warn' | 'fail'; path: string; values: Record<string, string | number> };
export type CheckResult = { id: CheckId; status: CheckStatus; findings: Finding[] };

/** A result a player can get: a personality result, a trivia tier or a poll answer, with the draft path of its title. */
export type OutcomeRef = { id: string; title: string; emoji?: string; image?: string; imageAlt?: string; path: string; titlePath: string };

// ——— Outcomes and sample results ———

/** The outcomes of a quiz in the author's order, each with where it lives in the draft. */
export function listOutcomes(quiz: QuizDefinition): OutcomeRef[] {
  if (quiz.kind === 'personality') return quiz.results.map((r, i) => ({ id: r.id, title: r.title, emoji: r.emoji, image: r.image, imageAlt: r.imageAlt, path: `results.${i}`, titlePath: `results.${i}.title` }));
  if (quiz.kind === 'trivia') return quiz.tiers.map((t, i) => ({ id: t.id, title: t.title, emoji: t.emoji, image: t.image, imageAlt: t.imageAlt, path: `tiers.${i}`, titlePath: `tiers.${i}.title` }));
  return (quiz.questions[0]?.answers ?? []).map((a, i) => ({ id: a.id, title: a.text, emoji: a.emoji, image: a.image, imageAlt: a.imageAlt, path: `questions.0.answers.${i}`, titlePath: `questions.0.answers.${i}.text` }));
}

/** The name on sample cards, and a long one of exactly 24 graphemes (the most a player's name keeps). */
export const sampleNames = { en: 'Sara', ar: 'سارة' } as const;
export const longSampleNames = { en: 'Maximiliana Alexandrovna', ar: 'عبد الرحمن بن عبد العزيز' } as const;

// Figures for sample cards: plausible, and fixed so a preview only changes when the draft does.
const sampleRarityPercent = 24;
const samplePercentile = 73;

/**
 * A made-up result of a draft, for previews and checks: the given outcome (the first when none or an unknown one
 * is asked for), the given name ("Sara" / "سارة" by default) and sample figures: 24% of players for a result or
 * vote, and for a trivia tier a score inside that tier (the middle of its range) that beat 73% of players.
 */
export function buildSampleSummary(quiz: QuizDefinition, options: { outcomeId?: string; playerName?: string } = {}): ResultSummary {
  const outcomes = listOutcomes(quiz);
  const outcome = outcomes.find((o) => o.id === options.outcomeId) ?? outcomes[0];
  const playerName = options.playerName ?? sampleNames[quiz.locale];
  const base = { definition: quiz, outcomeId: outcome?.id ?? '', playerName, rarityPercent: sampleRarityPercent, percentile: samplePercentile };
  if (quiz.kind !== 'trivia') return { ...base, score: null, maxScore: null };
  const maxScore = Math.max(1, quiz.questions.reduce((sum, q) => sum + q.points, 0));
  const tier = quiz.tiers.find((t) => t.id === outcome?.id);
  const upper = Math.min(100, ...quiz.tiers.filter((t) => tier && t.minPercent > tier.minPercent).map((t) => t.minPercent - 1));
  const middle = tier ? Math.floor((tier.minPercent + upper) / 2) : 80;
  const candidates = Array.from({ length: maxScore + 1 }, (_, score) => score).filter((score) => !tier || quiz.tiers.length === 0 || pickTier(quiz.tiers, Math.floor((100 * score) / maxScore)).id === tier.id);
  const score = candidates.reduce((best, s) => (Math.abs((100 * s) / maxScore - middle) < Math.abs((100 * best) / maxScore - middle) ? s : best), candidates[0] ?? Math.round((middle * maxScore) / 100));
  return { ...base, score, maxScore };
}

// ——— Reachability ———

export type OutcomeReach =
  | { outcomeId: string; path: string; status: 'reachable'; example?: AnswerSheet }
  | { outcomeId: string; path: string; status: 'unreachable'; method: 'bound' | 'exhaustive'; blockerId?: string }
  | { outcomeId: string; path: string; status: 'not_found'; tries: number };

export type ReachabilityReport = {
  /** exact: every outcome was decided; search: some were only searched for (see `findUnreachableOutcomes`) */
  method: 'exact' | 'search';
  outcomes: OutcomeReach[];
  /** trivia: the percentages a player can end with */
  reachablePercents?: number[];
};

/**
 * The work the exact personality search may do for one quiz, in steps (a state extended by an answer, or two
 * states compared): about a second at most. Past it, the remaining results are searched for at random.
 */
export const reachWorkBudget = 6_000_000;
/** Random plays tried first (they settle most results at once) and, for results still open, at the end. */
export const quickTries = 2_000;
export const fallbackTries = 20_000;

// One way to answer a question: the answers chosen (a bit per answer, in the question's order) and the points
// each result gets from them.
type Option = { mask: number; totals: number[] };

/**
 * Which outcomes no combination of answers can give.
 * - personality (highest total wins, a tie goes to the result listed first): for each result r, first a bound
 *   that proves it unreachable: if even the answers best for r against some other result s, question by
 *   question, cannot put r ahead of s (strictly when s is listed before r), r is never chosen, and s is named as
 *   the reason. Then `quickTries` random plays (from `random`): a result one of them gives is reachable, with
 *   that play as the example. The results still open get an exact search over the totals a play can reach:
 *   question by question, the set of differences (r's total minus each other result's) is kept, with duplicates
 *   merged, states that cannot catch up any more dropped, and states dropped that another state beats on every
 *   difference (whatever comes next, the better one wins whenever the worse one would). That search is
 *   exhaustive, so its "unreachable" is a proof and its "reachable" comes with an example. It stops after
 *   `reachWorkBudget` steps; a result still open then is looked for among `fallbackTries` more random plays and,
 *   when not seen, reported as "not_found" in that many tries: a warning, not a proof (method "search").
 * - trivia: every question can be right or wrong on its own, so the reachable scores are the subset sums of the
 *   questions' points; a tier is unreachable when none of the percentages they give falls in its range.
 * - poll: every answer to the first question is a result; all are reachable.
 * A question without answers makes the quiz unplayable: no outcome is reachable then.
 */
export function findUnreachableOutcomes(quiz: QuizDefinition, random: () => number, options: { workBudget?: number } = {}): ReachabilityReport {
  const outcomes = listOutcomes(quiz);
  if (quiz.kind === 'poll') return { method: 'exact', outcomes: outcomes.map((o) => ({ outcomeId: o.id, path: o.path, status: 'reachable' as const })) };
  if (quiz.kind === 'trivia') return findUnreachableTiers(quiz);
  const resultIds = quiz.results.map((r) => r.id);
  const optionsByQuestion = quiz.questions.map((question) => listOptions(question, resultIds));
  if (optionsByQuestion.some((o) => o.length === 0)) {
    return { method: 'exact', outcomes: outcomes.map((o) => ({ outcomeId: o.id, path: o.path, status: 'unreachable' as const, method: 'exhaustive' as const })) };
  }
  const bestDiffs = findBestDiffs(optionsByQuestion, resultIds.length);
  const sampled = samplePlays(quiz, optionsByQuestion, random, quickTries);
  const budget = { steps: options.workBudget ?? reachWorkBudget };
  const decided = outcomes.map((_, target): SearchOutcome => {
    const blocker = findBlocker(bestDiffs, target, resultIds.length);
    if (blocker !== undefined) return { status: 'unreachable', method: 'bound', blocker };
    if (sampled.has(resultIds[target] ?? '')) return { status: 'sampled' };
    return runSearch(prepareSearch(optionsByQuestion, target, resultIds.length), budget);
  });
  const late = decided.some((d) => d.status === 'too_big') ? samplePlays(quiz, optionsByQuestion, random, fallbackTries) : undefined;
  const reaches = outcomes.map((outcome, target): OutcomeReach => {
    const found = decided[target] ?? { status: 'too_big' };
    const base = { outcomeId: outcome.id, path: outcome.path };
    if (found.status === 'unreachable') return { ...base, status: 'unreachable', method: found.method, blockerId: found.blocker === undefined ? undefined : resultIds[found.blocker] };
    if (found.status === 'reachable') return { ...base, status: 'reachable', example: toAnswerSheet(quiz, optionsByQuestion, found.choice) };
    const example = sampled.get(outcome.id) ?? late?.get(outcome.id);
    return example ? { ...base, status: 'reachable', example } : { ...base, status: 'not_found', tries: quickTries + fallbackTries };
  });
  return { method: late && reaches.some((r) => r.status === 'not_found') ? 'search' : 'exact', outcomes: reaches };
}

// Every way to answer a question: one answer, or for a multiple-choice question any non-empty set of answers
// (each set's points are those of the set without its lowest answer, plus that answer's).
function listOptions(question: QuizDefinition['questions'][number], resultIds: string[]): Option[] {
  const answerTotals = question.answers.map((a) => resultIds.map((id) => (a.weights && Object.hasOwn(a.weights, id) ? (a.weights[id] ?? 0) : 0)));
  if (!question.isMultiple) return answerTotals.map((totals, i) => ({ mask: 1 << i, totals }));
  const bySet: number[][] = [resultIds.map(() => 0)];
  for (let mask = 1; mask < 2 ** answerTotals.length; mask++) {
    const lowest = 31 - Math.clz32(mask & -mask);
    const rest = bySet[mask & (mask - 1)] ?? [];
    bySet[mask] = (answerTotals[lowest] ?? []).map((t, r) => t + (rest[r] ?? 0));
  }
  return bySet.slice(1).map((totals, i) => ({ mask: i + 1, totals }));
}

function toAnswerSheet(quiz: QuizDefinition, optionsByQuestion: Option[][], choice: number[]): AnswerSheet {
  return Object.fromEntries(
    quiz.questions.map((q, qi) => {
      const mask = optionsByQuestion[qi]?.[choice[qi] ?? 0]?.mask ?? 0;
      return [q.id, q.answers.filter((_, ai) => mask & (1 << ai)).map((a) => a.id)];
    }),
  );
}

type SearchState = { diffs: number[]; parent: SearchState | null; option: number };
type SearchOutcome = { status: 'reachable'; choice: number[] } | { status: 'unreachable'; method: 'bound' | 'exhaustive'; blocker?: number } | { status: 'sampled' } | { status: 'too_big' };
type DiffOption = { index: number; diffs: number[] };
type PreparedSearch = { diffOptions: DiffOption[][]; required: number[]; remaining: number[][] };

// bestDiffs[r][s]: the most result r can gain on result s over the whole quiz, taking for each question the
// answers best for r against s alone.
function findBestDiffs(optionsByQuestion: Option[][], resultCount: number): number[][] {
  const best = Array.from({ length: resultCount }, () => Array<number>(resultCount).fill(0));
  for (const options of optionsByQuestion) {
    for (let r = 0; r < resultCount; r++) {
      for (let s = 0; s < resultCount; s++) {
        let most = -Infinity;
        for (const option of options) most = Math.max(most, (option.totals[r] ?? 0) - (option.totals[s] ?? 0));
        (best[r] as number[])[s] = (best[r]?.[s] ?? 0) + most;
      }
    }
  }
  return best;
}

// A result that `target` can never get ahead of (or level with, when it is listed after it), if there is one.
function findBlocker(bestDiffs: number[][], target: number, resultCount: number): number | undefined {
  for (let s = 0; s < resultCount; s++) {
    if (s !== target && (bestDiffs[target]?.[s] ?? 0) < (s < target ? 1 : 0)) return s;
  }
  return undefined;
}

// The differences each answer makes for one target result, and how much the questions from q on can still add.
function prepareSearch(optionsByQuestion: Option[][], target: number, resultCount: number): PreparedSearch {
  const others = Array.from({ length: resultCount }, (_, i) => i).filter((i) => i !== target);
  // Beating a result listed earlier takes a strictly higher total; one listed later only needs a tie.
  const required = others.map((s) => (s < target ? 1 : 0));
  const diffOptions = optionsByQuestion.map((options) => options.map((option, index) => ({ index, diffs: others.map((s) => (option.totals[target] ?? 0) - (option.totals[s] ?? 0)) })));
  const remaining = Array.from({ length: diffOptions.length + 1 }, () => others.map(() => 0));
  for (let q = diffOptions.length - 1; q >= 0; q--) {
    const best = others.map(() => -Infinity);
    for (const option of diffOptions[q] ?? []) option.diffs.forEach((d, j) => (best[j] = Math.max(best[j] ?? -Infinity, d)));
    remaining[q] = others.map((_, j) => (remaining[q + 1]?.[j] ?? 0) + (best[j] ?? 0));
  }
  return { diffOptions, required, remaining };
}

function runSearch(search: PreparedSearch, budget: { steps: number }): SearchOutcome {
  const { diffOptions, required, remaining } = search;
  let states: SearchState[] = [{ diffs: required.map(() => 0), parent: null, option: -1 }];
  for (let q = 0; q < diffOptions.length; q++) {
    const options = keepUndominated(diffOptions[q] ?? [], budget);
    const after = remaining[q + 1] ?? [];
    budget.steps -= states.length * (options?.length ?? 0);
    if (!options || budget.steps < 0) return { status: 'too_big' };
    const next = new Map<string, SearchState>();
    for (const state of states) {
      for (const option of options) {
        const diffs = state.diffs.map((d, j) => d + (option.diffs[j] ?? 0));
        if (diffs.some((d, j) => d + (after[j] ?? 0) < (required[j] ?? 0))) continue;
        const key = diffs.join(',');
        if (!next.has(key)) next.set(key, { diffs, parent: state, option: option.index });
      }
    }
    const kept = keepUndominated([...next.values()], budget);
    if (!kept) return { status: 'too_big' };
    if (kept.length === 0) return { status: 'unreachable', method: 'exhaustive' };
    states = kept;
  }
  const choice: number[] = [];
  for (let state: SearchState | null = states[0] ?? null; state && state.option >= 0; state = state.parent) choice.unshift(state.option);
  return { status: 'reachable', choice };
}

// Drops every vector that another one matches or beats on every coordinate (keeping one of equal vectors);
// undefined when that would take more steps than the budget has left.
function keepUndominated<T extends { diffs: number[] }>(items: T[], budget: { steps: number }): T[] | undefined {
  const unique = new Map<string, T>();
  for (const item of items) {
    const key = item.diffs.join(',');
    if (!unique.has(key)) unique.set(key, item);
  }
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  // A vector can only be dominated by one with a sum at least as large: those are looked at first.
  const sorted = [...unique.values()].map((item) => ({ item, sum: sum(item.diffs) })).sort((a, b) => b.sum - a.sum);
  const kept: T[] = [];
  for (const { item } of sorted) {
    budget.steps -= kept.length + 1;
    if (budget.steps < 0) return undefined;
    if (!kept.some((other) => other.diffs.every((d, j) => d >= (item.diffs[j] ?? 0)))) kept.push(item);
  }
  return kept;
}

// Random plays, each answer (or, for a multiple-choice question, each non-empty set of answers) equally likely:
// the first play that gives each result, as an answer sheet.
function samplePlays(quiz: QuizDefinition, optionsByQuestion: Option[][], random: () => number, tries: number): Map<string, AnswerSheet> {
  const resultIds = quiz.kind === 'personality' ? quiz.results.map((r) => r.id) : [];
  const seen = new Map<string, AnswerSheet>();
  for (let i = 0; i < tries; i++) {
    const choice = optionsByQuestion.map((options) => Math.floor(random() * options.length));
    const id = resultIds[pickWinner(sumTotals(optionsByQuestion, choice, resultIds.length))] ?? '';
    if (!seen.has(id)) seen.set(id, toAnswerSheet(quiz, optionsByQuestion, choice));
  }
  return seen;
}

function sumTotals(optionsByQuestion: Option[][], choice: number[], resultCount: number): number[] {
  const totals = Array<number>(resultCount).fill(0);
  optionsByQuestion.forEach((options, qi) => options[choice[qi] ?? 0]?.totals.forEach((t, r) => (totals[r] = (totals[r] ?? 0) + t)));
  return totals;
}

// The highest total wins; a tie goes to the result listed first (as `scoreQuiz` decides).
function pickWinner(totals: number[]): number {
  let best = 0;
  totals.forEach((total, i) => {
    if (total > (totals[best] ?? 0)) best = i;
  });
  return best;
}

function findUnreachableTiers(quiz: Extract<QuizDefinition, { kind: 'trivia' }>): ReachabilityReport {
  const maxScore = quiz.questions.reduce((sum, q) => sum + q.points, 0);
  const sums = new Uint8Array(maxScore + 1);
  sums[0] = 1;
  for (const question of quiz.questions) {
    for (let s = maxScore; s >= question.points; s--) if (sums[s - question.points]) sums[s] = 1;
  }
  const percents = [...new Set([...sums.keys()].filter((s) => sums[s]).map((s) => (maxScore === 0 ? 0 : Math.floor((100 * s) / maxScore))))].sort((a, b) => a - b);
  const hasZeroTier = quiz.tiers.some((t) => t.minPercent === 0);
  const landed = new Set(hasZeroTier ? percents.map((p) => pickTier(quiz.tiers, p).id) : []);
  return {
    method: 'exact',
    reachablePercents: percents,
    outcomes: listOutcomes(quiz).map((o) => (landed.has(o.id) ? { outcomeId: o.id, path: o.path, status: 'reachable' as const } : { outcomeId: o.id, path: o.path, status: 'unreachable' as const, method: 'exhaustive' as const })),
  };
}

// ——— Balance ———

/** A warning is given when one outcome takes more than this share of simulated plays… */
export const dominantShare = 0.5;
/** …or when one happens in fewer than this share of them (2%: about one player in fifty). */
export const rareShare = 0.02;
export const defaultSimulatedPlays = 5_000;

export type BalanceReport = { plays: number; model: 'uniform_answers' | 'skill'; counts: Record<string, number>; dominantId?: string; rareIds: string[] };

/**
 * The outcome-balance simulation: `plays` random plays (5,000 by default) drawn with `random`, and how often each
 * outcome comes out. A personality play picks every answer uniformly (a multiple-choice question: each
 * non-empty set of answers equally likely), which is what an outcome's "natural" share means before real
 * players show their taste. A trivia play would almost never score high by guessing, so each simulated player
 * gets a skill drawn uniformly from 0 to 1 and answers each question right with that probability. Polls are not
 * simulated: players pick their result. The report names an outcome that takes more than `dominantShare` (50%)
 * of plays, and every outcome that gets fewer than `rareShare` (2%), unreachable ones included.
 */
export function simulateOutcomeBalance(quiz: QuizDefinition, random: () => number, plays = defaultSimulatedPlays): BalanceReport | undefined {
  if (quiz.kind === 'poll' || quiz.questions.length === 0 || quiz.questions.some((q) => q.answers.length === 0)) return undefined;
  const outcomes = listOutcomes(quiz);
  if (outcomes.length === 0) return undefined;
  if (quiz.kind === 'trivia' && !quiz.tiers.some((t) => t.minPercent === 0)) return undefined;
  const counts: Record<string, number> = Object.fromEntries(outcomes.map((o) => [o.id, 0]));
  if (quiz.kind === 'trivia') {
    const maxScore = quiz.questions.reduce((sum, q) => sum + q.points, 0);
    for (let i = 0; i < plays; i++) {
      const skill = random();
      const score = quiz.questions.reduce((sum, q) => sum + (random() < skill ? q.points : 0), 0);
      const id = pickTier(quiz.tiers, maxScore === 0 ? 0 : Math.floor((100 * score) / maxScore)).id;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  } else {
    const resultIds = quiz.results.map((r) => r.id);
    const optionsByQuestion = quiz.questions.map((question) => listOptions(question, resultIds));
    for (let i = 0; i < plays; i++) {
      const choice = optionsByQuestion.map((options) => Math.floor(random() * options.length));
      const id = resultIds[pickWinner(sumTotals(optionsByQuestion, choice, resultIds.length))] ?? '';
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  const dominantId = outcomes.find((o) => (counts[o.id] ?? 0) > dominantShare * plays)?.id;
  const rareIds = outcomes.filter((o) => (counts[o.id] ?? 0) < rareShare * plays).map((o) => o.id);
  return { plays, model: quiz.kind === 'trivia' ? 'skill' : 'uniform_answers', counts, dominantId, rareIds };
}

/**
 * mulberry32: a small, fast, seeded generator of numbers in [0, 1), so a simulation gives the same report every
 * time for the same draft and seed. Not for anything secret.
 */
export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a text (the quiz id), so each quiz gets its own stable simulation: FNV-1a, 32 bits. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

// ——— Texts that overflow the card ———

/**
 * The smallest font size, in card pixels, at which a text still reads where the card is seen: an og card shows
 * about 500 px wide in a feed (×0.42) and a story about 390 px wide (×0.36). Secondary lines need 9 px on screen,
 * the result title 16 px.
 */
export const readableCardPx: Record<CardVariant, { title: number; secondary: number }> = {
  og: { title: 38, secondary: 22 },
  story: { title: 45, secondary: 25 },
};

const cardVariants: CardVariant[] = ['og', 'story'];

type FittedText = { role: string; text: string; fontSizePx: number };

/**
 * Texts that do not fit the card, found by building the very card trees that are rendered (`buildCardTree`,
 * whose fitting shrinks a text through its sizes and then cuts it with "…") for every outcome in both
 * variants, and reading what each text became: a result title cut with an ellipsis fails (the card would print a
 * different result), one shrunk below `readableCardPx` warns; so do the quiz title cut or shrunk, and a 24-grapheme
 * player name (`longSampleNames`) shortened in the headline.
 */
export function findCardOverflows(quiz: QuizDefinition): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const key = `${finding.code}|${finding.path}|${finding.values.variant}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  };
  for (const outcome of listOutcomes(quiz)) {
    for (const variant of cardVariants) {
      const normal = readCardTexts(buildCardTree(buildCardInput(buildSampleSummary(quiz, { outcomeId: outcome.id })), variant));
      const title = normal.find((t) => t.role === 'result-title');
      if (title && outcome.title.trim()) {
        if (isCut(title.text, outcome.title)) add({ code: 'title_cut', severity: 'fail', path: outcome.titlePath, values: { result: outcome.title, variant, shown: title.text } });
        else if (title.fontSizePx < readableCardPx[variant].title) add({ code: 'title_small', severity: 'warn', path: outcome.titlePath, values: { result: outcome.title, variant, size: title.fontSizePx } });
      }
      const quizTitle = normal.find((t) => t.role === 'quiz-title');
      if (quizTitle && quiz.title.trim()) {
        if (isCut(quizTitle.text, quiz.title)) add({ code: 'quiz_title_cut', severity: 'warn', path: 'title', values: { variant, shown: quizTitle.text } });
        else if (quizTitle.fontSizePx < readableCardPx[variant].secondary) add({ code: 'quiz_title_small', severity: 'warn', path: 'title', values: { variant, size: quizTitle.fontSizePx } });
      }
      const longName = longSampleNames[quiz.locale];
      const long = readCardTexts(buildCardTree(buildCardInput(buildSampleSummary(quiz, { outcomeId: outcome.id, playerName: longName })), variant));
      const headline = long.find((t) => t.role === 'headline');
      if (headline && !headline.text.includes(longName)) add({ code: 'name_cut', severity: 'warn', path: 'brand.cardLayout', values: { variant, name: longName, shown: headline.text } });
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

// ——— Images and alt texts ———

/** Every image path a quiz points at (cover, logo, questions, answers, outcomes), once each. */
export function listImagePaths(quiz: QuizDefinition): string[] {
  const outcomes = quiz.kind === 'personality' ? quiz.results : quiz.kind === 'trivia' ? quiz.tiers : [];
  const paths = [quiz.coverImage, quiz.brand.logo, ...quiz.questions.flatMap((q) => [q.image, ...q.answers.map((a) => a.image)]), ...outcomes.map((o) => o.image)];
  return [...new Set(paths.filter((p): p is string => Boolean(p)))];
}

/**
 * Images the quiz points at that Ripple does not have (`hasAsset` says which files exist: the server knows),
 * images without alt text (people who cannot see them get nothing; an image is content here, so it fails), a
 * result with neither an image nor an emoji (its card has no picture) and a cover with neither (warnings).
 */
export function findImageProblems(quiz: QuizDefinition, hasAsset: (path: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  const image = (path: string, altPath: string, src: string | undefined, alt: string | undefined) => {
    if (!src) return;
    if (!hasAsset(src)) findings.push({ code: 'image_missing', severity: 'fail', path, values: { src } });
    if (!alt?.trim()) findings.push({ code: 'alt_missing', severity: 'fail', path: altPath, values: { src } });
  };
  image('coverImage', 'coverImageAlt', quiz.coverImage, quiz.coverImageAlt);
  image('brand.logo', 'brand.logoAlt', quiz.brand.logo, quiz.brand.logoAlt);
  quiz.questions.forEach((q, qi) => {
    image(`questions.${qi}.image`, `questions.${qi}.imageAlt`, q.image, q.imageAlt);
    q.answers.forEach((a, ai) => image(`questions.${qi}.answers.${ai}.image`, `questions.${qi}.answers.${ai}.imageAlt`, a.image, a.imageAlt));
  });
  if (quiz.kind !== 'poll') {
    const outcomes = quiz.kind === 'personality' ? quiz.results : quiz.tiers;
    const area = quiz.kind === 'personality' ? 'results' : 'tiers';
    outcomes.forEach((o, i) => {
      image(`${area}.${i}.image`, `${area}.${i}.imageAlt`, o.image, o.imageAlt);
      if (!o.image && !o.emoji?.trim()) findings.push({ code: 'no_picture', severity: 'warn', path: `${area}.${i}.image`, values: { result: o.title } });
    });
  }
  if (!quiz.coverImage && !quiz.coverEmoji?.trim()) findings.push({ code: 'no_cover', severity: 'warn', path: 'coverImage', values: {} });
  return findings;
}

// ——— Link previews ———

export type Network = 'x' | 'facebook' | 'whatsapp' | 'linkedin';
export const networks: Network[] = ['x', 'facebook', 'whatsapp', 'linkedin'];

/**
 * How much of a link preview each network shows, in characters (approximate, from their mobile apps in 2024-25;
 * they change without notice): X shows the title over the image and the domain, no description; Facebook the
 * domain in capitals, a title of about two lines and a one-line description; WhatsApp a title and a description
 * of about two lines each and the domain; LinkedIn a title of about two lines and the domain.
 */
export const previewLimits: Record<Network, { title: number; description: number | null }> = {
  x: { title: 70, description: null },
  facebook: { title: 88, description: 110 },
  whatsapp: { title: 80, description: 100 },
  linkedin: { title: 100, description: null },
};

export type LinkPreview = { network: Network; domain: string; siteName: string; title: string; description: string | null; isTitleCut: boolean; isDescriptionCut: boolean };

/**
 * A shared result link as each network would preview it, from the tags the share page (/s/<token>) sets:
 * og:title is the invitation ("Sara got “The Explorer”. Which are you?"), og:description the quiz title and the
 * stat line, og:image the result card, og:site_name the brand. Texts longer than `previewLimits` are cut the way
 * the networks do, with "…".
 */
export function buildLinkPreviews(summary: ResultSummary, origin: string): LinkPreview[] {
  const title = buildInvitation(summary);
  const description = `${summary.definition.title} · ${buildStatLine(summary)}`;
  let domain = origin;
  try {
    domain = new URL(origin).host;
  } catch {
    // an origin that is not a URL is shown as given
  }
  return networks.map((network) => {
    const limits = previewLimits[network];
    const shownDescription = limits.description === null ? null : cutText(description, limits.description);
    return {
      network,
      domain: network === 'facebook' ? domain.toUpperCase() : domain,
      siteName: summary.definition.brand.name,
      title: cutText(title, limits.title),
      description: shownDescription,
      isTitleCut: [...title].length > limits.title,
      isDescriptionCut: limits.description !== null && [...description].length > limits.description,
    };
  });
}

function cutText(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}

function findPreviewProblems(quiz: QuizDefinition, origin: string): Finding[] {
  const findings: Finding[] = [];
  for (const outcome of listOutcomes(quiz)) {
    const previews = buildLinkPreviews(buildSampleSummary(quiz, { outcomeId: outcome.id }), origin);
    const cut = previews.filter((p) => p.isTitleCut).map((p) => p.network);
    if (cut.length > 0) findings.push({ code: 'preview_title_cut', severity: 'warn', path: outcome.titlePath, values: { result: outcome.title, networks: cut.join(', ') } });
  }
  const descriptionCut = buildLinkPreviews(buildSampleSummary(quiz), origin)
    .filter((p) => p.isDescriptionCut)
    .map((p) => p.network);
  if (descriptionCut.length > 0) findings.push({ code: 'preview_description_cut', severity: 'warn', path: 'title', values: { networks: descriptionCut.join(', ') } });
  return findings;
}

// ——— All checks ———

export type PrelaunchContext = {
  random: () => number;
  /** whether an image path names a file Ripple has */
  hasAsset: (path: string) => boolean;
  /** the public origin, for the domain in link previews */
  origin: string;
  blockedWordCount: number;
  plays?: number;
};

export type PrelaunchReport = { checks: CheckResult[]; reachability?: ReachabilityReport; balance?: BalanceReport };

/**
 * Runs every pre-launch check on a draft: complete (the strict schema, field by field), reachability, balance,
 * card overflow, images and alt texts, link previews, blocked words. A check is `fail` when one of its findings
 * is, `warn` when one warns, `pass` otherwise, and `skip` when the draft is not far enough along for it (no
 * questions yet, a question without answers, no outcomes).
 */
export function runPrelaunchChecks(quiz: QuizDefinition, context: PrelaunchContext): PrelaunchReport {
  const parsed = quizDefinitionSchema.safeParse(quiz);
  const complete: Finding[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ code: 'invalid_field' as const, severity: 'fail' as const, path: i.path.map(String).join('.'), values: { message: i.message } }));
  const outcomes = listOutcomes(quiz);
  const isPlayable = quiz.questions.length > 0 && quiz.questions.every((q) => q.answers.length > 0) && outcomes.length > 0 && (quiz.kind !== 'trivia' || quiz.tiers.some((t) => t.minPercent === 0));
  const reachability = isPlayable ? findUnreachableOutcomes(quiz, context.random) : undefined;
  const balance = isPlayable ? simulateOutcomeBalance(quiz, context.random, context.plays) : undefined;
  const titleOf = (id: string | undefined) => outcomes.find((o) => o.id === id)?.title ?? id ?? '';
  const pathOf = (id: string) => outcomes.find((o) => o.id === id)?.titlePath ?? '';
  const reachFindings: Finding[] = (reachability?.outcomes ?? []).flatMap((reach): Finding[] => {
    if (reach.status === 'reachable') return [];
    if (reach.status === 'not_found') return [{ code: 'not_found', severity: 'warn', path: `${reach.path}`, values: { result: titleOf(reach.outcomeId), tries: reach.tries } }];
    if (quiz.kind === 'trivia') {
      const tier = quiz.tiers.find((t) => t.id === reach.outcomeId);
      const upper = Math.min(100, ...quiz.tiers.filter((t) => tier && t.minPercent > tier.minPercent).map((t) => t.minPercent - 1));
      return [{ code: 'tier_unreachable', severity: 'fail', path: `${reach.path}.minPercent`, values: { result: titleOf(reach.outcomeId), from: tier?.minPercent ?? 0, to: upper } }];
    }
    if (reach.method === 'bound') return [{ code: 'unreachable_bound', severity: 'fail', path: reach.path, values: { result: titleOf(reach.outcomeId), blocker: titleOf(reach.blockerId) } }];
    return [{ code: 'unreachable_exhaustive', severity: 'fail', path: reach.path, values: { result: titleOf(reach.outcomeId) } }];
  });
  const balanceFindings: Finding[] = [];
  if (balance) {
    const percent = (id: string) => Math.round((1000 * (balance.counts[id] ?? 0)) / balance.plays) / 10;
    if (balance.dominantId) balanceFindings.push({ code: 'dominant', severity: 'warn', path: pathOf(balance.dominantId), values: { result: titleOf(balance.dominantId), percent: percent(balance.dominantId) } });
    for (const id of balance.rareIds) balanceFindings.push({ code: 'rare', severity: 'warn', path: pathOf(id), values: { result: titleOf(id), percent: percent(id) } });
  }
  const checks: CheckResult[] = [
    toCheck('complete', complete),
    toCheck('reachability', reachFindings, !reachability),
    toCheck('balance', balanceFindings, !balance),
    toCheck('overflow', outcomes.length > 0 ? findCardOverflows(quiz) : [], outcomes.length === 0),
    toCheck('images', findImageProblems(quiz, context.hasAsset)),
    toCheck('link_preview', outcomes.length > 0 ? findPreviewProblems(quiz, context.origin) : [], outcomes.length === 0),
    toCheck('blocked_words', context.blockedWordCount > 0 ? [] : [{ code: 'no_blocked_words', severity: 'warn', path: 'blockedWords', values: {} }]),
  ];
  return { checks, reachability, balance };
}

function toCheck(id: CheckId, findings: Finding[], isSkipped = false): CheckResult {
  if (isSkipped) return { id, status: 'skip', findings: [] };
  const status = findings.some((f) => f.severity === 'fail') ? 'fail' : findings.length > 0 ? 'warn' : 'pass';
  return { id, status, findings };
}
