import { renderCardPng } from '../lib/card/render';
import type { CardInput, CardVariant } from '../lib/card/types';

export type CardMemorySample = { renders: number; rssMiB: number; heapUsedMiB: number; externalMiB: number };

const mib = (bytes: number) => bytes / 1024 / 1024;

function makeCard(i: number): CardInput {
  const isArabic = i % 2 === 1;
  const name = isArabic ? `سارة ${i}` : `Sara Lee ${i}`;
  return {
    locale: isArabic ? 'ar' : 'en',
    quizTitle: isArabic ? 'أي مستكشف أنت؟' : 'Which explorer are you?',
    playerName: name,
    headline: isArabic ? `نتيجة ${name}` : `${name} got`,
    resultTitle: isArabic ? 'المستكشف' : 'The Navigator',
    resultEmoji: ['🧭', '🧗', '📸', '🌅'][i % 4],
    statLine: isArabic ? `8/10 · أفضل من ${i % 100}% من اللاعبين` : `8/10 · Better than ${i % 100}% of players`,
    callToAction: isArabic ? 'وأنت، من تكون؟' : 'Which one are you? Play now',
    brand: { name: 'Wayfarer Outdoors', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: i % 4 < 2 ? 'spotlight' : 'split' },
  };
}

function sample(renders: number): CardMemorySample {
  const usage = process.memoryUsage();
  return { renders, rssMiB: mib(usage.rss), heapUsedMiB: mib(usage.heapUsed), externalMiB: mib(usage.external) };
}

/**
 * Renders `renders` distinct cards one after another (og and story alternating, English and Arabic, both
 * layouts) and samples the process's memory at the start (fonts loaded, one card rendered), after 100 and at
 * the end, plus every `every` renders: whether RSS settles or keeps growing with the number of cards.
 */
export async function runCardMemoryBench(options: { renders?: number; every?: number } = {}): Promise<CardMemorySample[]> {
  const renders = options.renders ?? 1000;
  const every = options.every ?? 100;
  await renderCardPng(makeCard(-1), 'og');
  const samples = [sample(0)];
  for (let i = 1; i <= renders; i++) {
    const variant: CardVariant = i % 2 === 0 ? 'og' : 'story';
    await renderCardPng(makeCard(i), variant);
    if (i % every === 0 || i === renders) samples.push(sample(i));
  }
  return samples;
}

/** The samples as a table, in MiB. */
export function formatCardMemoryBench(samples: CardMemorySample[]): string {
  const lines = ['card renderer memory over distinct renders (MiB)', '  renders      rss   heapUsed   external'];
  for (const s of samples) {
    lines.push(`  ${String(s.renders).padStart(7)} ${s.rssMiB.toFixed(1).padStart(8)} ${s.heapUsedMiB.toFixed(1).padStart(10)} ${s.externalMiB.toFixed(1).padStart(10)}`);
  }
  return lines.join('\n');
}

// Run directly: npx tsx bench/card-memory.ts [renders]
if (/bench[\\/]card-memory\.ts$/.test(process.argv[1] ?? '')) {
  runCardMemoryBench({ renders: Number(process.argv[2]) || undefined })
    .then((samples) => console.log(formatCardMemoryBench(samples)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
