import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { buildCardTree } from '../lib/card/build-card-tree';
import { loadCardFonts } from '../lib/card/card-assets';
import { renderCardPng } from '../lib/card/render';
import { cardSizes, type CardInput, type CardVariant } from '../lib/card/types';

export type CardBenchRow = { variant: CardVariant; cards: number; oursP50Ms: number; oursP95Ms: number; bareP50Ms: number; bareP95Ms: number; ratioP50: number; ratioP95: number };

const firstNames = ['Sara', 'Tom', 'Aïcha', 'Łukasz', 'Mei', 'Omar', 'Zoë', 'Kwame', 'Ingrid', 'Rafael', 'سارة', 'محمد', 'ليلى', 'يوسف'];
const lastNames = ['Lee', 'Okafor', 'Nakamura', 'Dvořák', 'García', 'Smith', 'Haddad', 'Berg', 'العلي', 'الحسن'];

// Distinct cards: every name differs, and locale and layout alternate, as the cards of one busy hour would.
function makeCard(i: number): CardInput {
  const name = `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length]} ${i}`;
  const isArabic = i % 2 === 1;
  return {
    locale: isArabic ? 'ar' : 'en',
    quizTitle: isArabic ? 'أي مستكشف أنت؟' : 'Which explorer are you?',
    playerName: name,
    headline: isArabic ? `نتيجة ${name}` : `${name} got`,
    resultTitle: isArabic ? 'المستكشف' : 'The Navigator',
    resultEmoji: '🧭',
    statLine: isArabic ? `8/10 · أفضل من ${i % 100}% من اللاعبين` : `8/10 · Better than ${i % 100}% of players`,
    callToAction: isArabic ? 'وأنت، من تكون؟' : 'Which one are you? Play now',
    brand: { name: 'Wayfarer Outdoors', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: i % 4 < 2 ? 'spotlight' : 'split' },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Renders `cards` distinct cards per variant with `renderCardPng` and, interleaved in the same run, the same
 * trees with bare satori + resvg (`satori(tree, { fonts })`, `new Resvg(svg).render().asPng()`): the baseline.
 * Reports p50 and p95 of each and ours as a ratio to the baseline, which should stay under 1.3.
 */
export async function runCardBench(options: { cards?: number; variants?: CardVariant[] } = {}): Promise<CardBenchRow[]> {
  const count = options.cards ?? 200;
  const fonts = await loadCardFonts();
  const rows: CardBenchRow[] = [];
  for (const variant of options.variants ?? (['og', 'story'] as const)) {
    const { width, height } = cardSizes[variant];
    const renderBare = async (input: CardInput) => new Resvg(await satori(buildCardTree(input, variant), { width, height, fonts })).render().asPng();
    // Warm up both paths (JIT, font parsing, emoji cache) on cards that are not measured.
    for (let i = 0; i < 10; i++) {
      await renderCardPng(makeCard(100_000 + i), variant);
      await renderBare(makeCard(100_000 + i));
    }
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < count; i++) {
      const input = makeCard(i);
      const tree = buildCardTree(input, variant);
      let started = performance.now();
      await renderCardPng(input, variant);
      ours.push(performance.now() - started);
      started = performance.now();
      new Resvg(await satori(tree, { width, height, fonts })).render().asPng();
      bare.push(performance.now() - started);
      // Untimed: let resvg's finalizers free the bare renders' pixels, as ours does (see renderTreeToPng).
      await new Promise((resolve) => setImmediate(resolve));
    }
    ours.sort((a, b) => a - b);
    bare.sort((a, b) => a - b);
    const [oursP50Ms, oursP95Ms, bareP50Ms, bareP95Ms] = [percentile(ours, 50), percentile(ours, 95), percentile(bare, 50), percentile(bare, 95)];
    rows.push({ variant, cards: count, oursP50Ms, oursP95Ms, bareP50Ms, bareP95Ms, ratioP50: oursP50Ms / bareP50Ms, ratioP95: oursP95Ms / bareP95Ms });
  }
  return rows;
}

/** The rows as a table: ratios to the baseline first, milliseconds (machine-dependent) after. */
export function formatCardBench(rows: CardBenchRow[]): string {
  const lines = ['card renderer vs bare satori + resvg (ratio = ours / bare; under 1.3 is the budget)'];
  for (const row of rows) {
    lines.push(
      `  ${row.variant.padEnd(5)} ${row.cards} cards  ratio p50 ${row.ratioP50.toFixed(2)}  p95 ${row.ratioP95.toFixed(2)}` +
        `   (ours p50 ${row.oursP50Ms.toFixed(1)} ms, p95 ${row.oursP95Ms.toFixed(1)} ms; bare p50 ${row.bareP50Ms.toFixed(1)} ms, p95 ${row.bareP95Ms.toFixed(1)} ms)`,
    );
  }
  return lines.join('\n');
}

// Run directly: npx tsx bench/card.ts [cards]
if (/bench[\\/]card\.ts$/.test(process.argv[1] ?? '')) {
  runCardBench({ cards: Number(process.argv[2]) || undefined })
    .then((rows) => console.log(formatCardBench(rows)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
