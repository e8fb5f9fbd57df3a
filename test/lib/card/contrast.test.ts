import { describe, expect, it } from 'vitest';
import { getContrastRatio, mixColors, pickReadableColor } from '@/lib/card/contrast';

describe('pickReadableColor', () => {
  it.each([
    { label: 'keeps a dark brand text on a light ground', text: '#0b1f1c', ground: '#ecfdf5', expected: '#0b1f1c' },
    { label: 'swaps indigo on navy for white', text: '#312e81', ground: '#1e1b4b', expected: '#ffffff' },
    { label: 'swaps pale grey on white for black', text: '#dddddd', ground: '#ffffff', expected: '#000000' },
    { label: 'puts black on a yellow pill', text: '#ffffff', ground: '#fde047', expected: '#000000' },
  ])('$label', ({ text, ground, expected }) => {
    const picked = pickReadableColor(text, ground);
    expect(picked).toBe(expected);
    expect(getContrastRatio(picked, ground)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('getContrastRatio', () => {
  it.each([
    { label: 'black on white is 21', a: '#000000', b: '#ffffff', ratio: 21 },
    { label: 'a color on itself is 1', a: '#7c3aed', b: '#7c3aed', ratio: 1 },
    { label: 'an unreadable color counts as no contrast', a: 'purple', b: '#ffffff', ratio: 1 },
  ])('$label', ({ a, b, ratio }) => {
    expect(getContrastRatio(a, b)).toBeCloseTo(ratio, 5);
  });
});

describe('mixColors', () => {
  it('goes from the first color to the second', () => {
    expect(mixColors('#000000', '#ffffff', 0)).toBe('#000000');
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColors('#000000', '#ffffff', 1)).toBe('#ffffff');
  });
});
