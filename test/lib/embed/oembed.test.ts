import { describe, expect, it } from 'vitest';
import { buildOEmbed, readMaxSize, readQuizUrl } from '@/lib/embed/oembed';

const origin = 'https://ripple.example';

describe('readQuizUrl', () => {
  it.each([
    { url: `${origin}/q/which-explorer`, expected: 'which-explorer' },
    { url: `${origin}/q/which-explorer/`, expected: 'which-explorer' },
    { url: `${origin}/q/which-explorer?utm_source=x`, expected: 'which-explorer' },
    { url: `${origin}/embed/which-explorer`, expected: 'which-explorer' },
    { url: `${origin}/q/which-explorer/r/abc`, expected: null },
    { url: `${origin}/s/AbCdEfGhIjKlMnOpQrStUvWx`, expected: null },
    { url: 'https://evil.example/q/which-explorer', expected: null },
    { url: `${origin}/q/Which Explorer`, expected: null },
    { url: 'not a url', expected: null },
    { url: null, expected: null },
  ])('$url → $expected', ({ url, expected }) => {
    expect(readQuizUrl(url, origin)).toBe(expected);
  });
});

describe('readMaxSize', () => {
  it.each([
    { value: '480', expected: 480 },
    { value: '0', expected: undefined },
    { value: '-5', expected: undefined },
    { value: '12.5', expected: undefined },
    { value: null, expected: undefined },
  ])('$value → $expected', ({ value, expected }) => {
    expect(readMaxSize(value)).toBe(expected);
  });
});

describe('buildOEmbed', () => {
  it('answers a rich embed with the iframe of the game', () => {
    const answer = buildOEmbed({ rippleOrigin: origin, slug: 'which-explorer', title: 'Which explorer are you?', brandName: 'Ripple Demo' });
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Ripple', provider_url: origin, title: 'Which explorer are you?', author_name: 'Ripple Demo', width: 640, height: 640 });
    expect(answer.html).toMatch(/^<iframe src="https:\/\/ripple\.example\/embed\/which-explorer" [^>]*width="640" height="640"[^>]*allow="web-share; clipboard-write"/);
  });

  it('fits within the consumer’s maxwidth and maxheight, and never grows past its own size', () => {
    expect(buildOEmbed({ rippleOrigin: origin, slug: 'q', title: 't', brandName: 'b', maxWidth: 400, maxHeight: 300 })).toMatchObject({ width: 400, height: 300 });
    expect(buildOEmbed({ rippleOrigin: origin, slug: 'q', title: 't', brandName: 'b', maxWidth: 4000 })).toMatchObject({ width: 640 });
  });
});
