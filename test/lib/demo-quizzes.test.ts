import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoQuizzes } from '@/db/demo-quizzes';
import { createSeededRandom, findCardOverflows, findImageProblems, findUnreachableOutcomes } from '@/lib/prelaunch-checks';

// The demo is the first thing a new user sees: it must pass Ripple's own pre-launch checks.
describe.each(demoQuizzes.map((demo) => ({ slug: demo.slug, quiz: demo.definition })))('demo quiz $slug', ({ quiz }) => {
  it('has every image on disk, with alt texts', () => {
    const hasAsset = (path: string) => existsSync(join(process.cwd(), 'public', path));
    expect(findImageProblems(quiz, hasAsset).filter((f) => f.severity === 'fail')).toEqual([]);
  });

  it('lets every result be reached', () => {
    const report = findUnreachableOutcomes(quiz, createSeededRandom(1));
    expect(report.outcomes.filter((outcome) => outcome.status !== 'reachable').map((outcome) => outcome.outcomeId)).toEqual([]);
  });

  it('fits its texts on the card', () => {
    expect(findCardOverflows(quiz).filter((f) => f.severity === 'fail')).toEqual([]);
  });
});
