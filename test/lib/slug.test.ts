import { describe, expect, it } from 'vitest';
import { makeItemId, makeRandomSlugPart, makeSlugBase, pickFreeSlug, slugMaxLength } from '@/lib/slug';

describe('makeSlugBase', () => {
  it.each([
    { label: 'a plain English title', title: 'Which coffee are you?', slug: 'which-coffee-are-you' },
    { label: 'apostrophes vanish instead of splitting words', title: 'What’s your superpower at work?', slug: 'whats-your-superpower-at-work' },
    { label: 'accents are folded', title: 'Café crème: où êtes-vous?', slug: 'cafe-creme-ou-etes-vous' },
    { label: 'an ampersand reads as "and"', title: 'Salt & Pepper', slug: 'salt-and-pepper' },
    { label: 'digits stay', title: 'Top 10 films of 2024', slug: 'top-10-films-of-2024' },
    { label: 'emoji and punctuation vanish', title: '🚀 Space!!! Trivia 🌌', slug: 'space-trivia' },
    { label: 'an Arabic title gives nothing (a random slug follows)', title: 'أي نوع من القرّاء أنت؟', slug: '' },
    { label: 'a mixed title keeps its Latin part', title: 'Ripple اختبار 2025', slug: 'ripple-2025' },
    { label: 'an empty title gives nothing', title: '', slug: '' },
  ])('$label', ({ title, slug }) => {
    expect(makeSlugBase(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary within the limit', () => {
    const slug = makeSlugBase('The ultimate quiz about every single planet moon and comet in our solar system');
    expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
    expect(slug).toBe('the-ultimate-quiz-about-every-single-planet-moon');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(makeSlugBase('The ultimate quiz about every single planet moonbeam and comet')).toBe('the-ultimate-quiz-about-every-single-planet');
  });
});

describe('pickFreeSlug', () => {
  const random = () => 'k3v9xa7';
  it.each([
    { label: 'a free base is used as is', base: 'coffee', taken: [], slug: 'coffee' },
    { label: 'a taken base gets -2', base: 'coffee', taken: ['coffee'], slug: 'coffee-2' },
    { label: 'the first free number is used', base: 'coffee', taken: ['coffee', 'coffee-2', 'coffee-3'], slug: 'coffee-4' },
    { label: 'an empty base gets a random slug', base: '', taken: [], slug: 'k3v9xa7' },
  ])('$label', ({ base, taken, slug }) => {
    expect(pickFreeSlug(base, (s) => taken.includes(s), random)).toBe(slug);
  });

  it('falls back to a random suffix after 98 taken numbers, and asks again while random ones are taken', () => {
    const taken = new Set(['quiz', ...Array.from({ length: 98 }, (_, i) => `quiz-${i + 2}`), 'quiz-aaaaaaa']);
    const randoms = ['aaaaaaa', 'bbbbbbb'];
    expect(pickFreeSlug('quiz', (s) => taken.has(s), () => randoms.shift() ?? 'zzzzzzz')).toBe('quiz-bbbbbbb');
  });
});

describe('makeRandomSlugPart and makeItemId', () => {
  it('maps random bytes to [a-z0-9] of the asked length', () => {
    expect(makeRandomSlugPart(new Uint8Array([0, 1, 25, 26, 35, 36, 255]))).toBe('abz09ad');
    expect(makeRandomSlugPart(new Uint8Array([1, 2]), 5)).toBe('bcbcb');
  });

  it('makes an id unlike the taken ones', () => {
    const parts = ['abc12', 'abc12', 'xyz89'];
    expect(makeItemId('q', new Set(['q-abc12']), () => parts.shift() ?? '')).toBe('q-xyz89');
  });
});
