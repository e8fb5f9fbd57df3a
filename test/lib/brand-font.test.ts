import { describe, expect, it } from 'vitest';
import { getBrandCssVariables, getBrandFontStack } from '@/lib/brand-font';
import { brandFonts } from '@/lib/quiz-schema';

describe('getBrandFontStack', () => {
  it.each([
    { label: 'no font: Noto Sans', font: undefined, first: "'Noto Sans'" },
    { label: 'noto-sans', font: 'noto-sans' as const, first: "'Noto Sans'" },
    { label: 'noto-serif: Noto Serif, then Naskh for Arabic', font: 'noto-serif' as const, first: "'Noto Serif', 'Noto Naskh Arabic'" },
  ])('$label', ({ font, first }) => {
    expect(getBrandFontStack(font).startsWith(first)).toBe(true);
  });

  it('gives every shipped font its own stack, with Noto Sans as the fallback for other scripts', () => {
    const stacks = brandFonts.map((font) => getBrandFontStack(font));
    expect(new Set(stacks).size).toBe(brandFonts.length);
    for (const stack of stacks) expect(stack).toContain("'Noto Sans'");
  });
});

describe('getBrandCssVariables', () => {
  it('carries the colors and the font', () => {
    expect(getBrandCssVariables({ primary: '#111111', background: '#eeeeee', text: '#222222', font: 'noto-serif' })).toEqual({
      '--brand': '#111111',
      '--brand-bg': '#eeeeee',
      '--brand-text': '#222222',
      '--brand-font': getBrandFontStack('noto-serif'),
    });
  });
});
