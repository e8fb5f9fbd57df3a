import { describe, expect, it } from 'vitest';
import { hashCardInput } from '@/lib/card/hash';
import type { CardInput } from '@/lib/card/types';

const input: CardInput = {
  locale: 'en',
  quizTitle: 'Which explorer are you?',
  playerName: 'Sara',
  headline: 'Sara got',
  resultTitle: 'The Navigator',
  resultEmoji: '🧭',
  statLine: '12% of players got this',
  callToAction: 'Which one are you?',
  brand: { name: 'Wayfarer', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: 'spotlight', logoDataUri: 'data:image/png;base64,AAAA' },
  resultImageDataUri: 'data:image/png;base64,BBBB',
};

describe('hashCardInput', () => {
  it('is 16 lowercase hex characters', () => {
    expect(hashCardInput(input, 'og')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for the same input, built in any key order', () => {
    const reordered: CardInput = {
      resultImageDataUri: input.resultImageDataUri,
      brand: { ...input.brand, logoDataUri: input.brand.logoDataUri, cardLayout: 'spotlight', name: 'Wayfarer' },
      callToAction: input.callToAction,
      statLine: input.statLine,
      resultEmoji: input.resultEmoji,
      resultTitle: input.resultTitle,
      headline: input.headline,
      playerName: input.playerName,
      quizTitle: input.quizTitle,
      locale: input.locale,
    };
    expect(hashCardInput(reordered, 'og')).toBe(hashCardInput(input, 'og'));
    expect(hashCardInput(structuredClone(input), 'story')).toBe(hashCardInput(input, 'story'));
  });

  it('treats a missing optional field like an undefined one', () => {
    const { resultEmoji: _, ...withoutEmoji } = input;
    expect(hashCardInput(withoutEmoji, 'og')).toBe(hashCardInput({ ...input, resultEmoji: undefined }, 'og'));
  });

  it.each<{ label: string; change: (card: CardInput) => CardInput }>([
    { label: 'locale', change: (card) => ({ ...card, locale: 'ar' }) },
    { label: 'quizTitle', change: (card) => ({ ...card, quizTitle: 'Which explorer are you' }) },
    { label: 'playerName', change: (card) => ({ ...card, playerName: 'Sarah' }) },
    { label: 'playerName emptied', change: (card) => ({ ...card, playerName: '' }) },
    { label: 'headline', change: (card) => ({ ...card, headline: 'Sara scored' }) },
    { label: 'resultTitle', change: (card) => ({ ...card, resultTitle: 'The Dreamer' }) },
    { label: 'resultEmoji', change: (card) => ({ ...card, resultEmoji: '🌅' }) },
    { label: 'resultEmoji removed', change: (card) => ({ ...card, resultEmoji: undefined }) },
    { label: 'statLine', change: (card) => ({ ...card, statLine: '13% of players got this' }) },
    { label: 'callToAction', change: (card) => ({ ...card, callToAction: 'Play now' }) },
    { label: 'brand.name', change: (card) => ({ ...card, brand: { ...card.brand, name: 'Wayfarers' } }) },
    { label: 'brand.primary', change: (card) => ({ ...card, brand: { ...card.brand, primary: '#0f766f' } }) },
    { label: 'brand.background', change: (card) => ({ ...card, brand: { ...card.brand, background: '#ffffff' } }) },
    { label: 'brand.text', change: (card) => ({ ...card, brand: { ...card.brand, text: '#000000' } }) },
    { label: 'brand.cardLayout', change: (card) => ({ ...card, brand: { ...card.brand, cardLayout: 'split' } }) },
    { label: 'brand.logoDataUri bytes', change: (card) => ({ ...card, brand: { ...card.brand, logoDataUri: 'data:image/png;base64,AAAB' } }) },
    { label: 'brand.logoDataUri removed', change: (card) => ({ ...card, brand: { ...card.brand, logoDataUri: undefined } }) },
    { label: 'resultImageDataUri bytes', change: (card) => ({ ...card, resultImageDataUri: 'data:image/png;base64,BBBC' }) },
    { label: 'text moved between fields', change: (card) => ({ ...card, headline: card.resultTitle, resultTitle: card.headline }) },
  ])('changes when $label changes', ({ change }) => {
    expect(hashCardInput(change(input), 'og')).not.toBe(hashCardInput(input, 'og'));
  });

  it('differs between the og and story variants', () => {
    expect(hashCardInput(input, 'story')).not.toBe(hashCardInput(input, 'og'));
  });
});
