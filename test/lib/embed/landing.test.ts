import { describe, expect, it } from 'vitest';
import { buildFrameQuery, buildShareLinks, chooseShareLink, readEmbedOrigin, readEmbedParams, toEmbedSource } from '@/lib/embed/landing';
import { shareChannels } from '@/lib/share';

const token = 'AbCdEfGhIjKlMnOpQrStUvWx';

describe('readEmbedParams', () => {
  it('reads what the loader forwards', () => {
    expect(readEmbedParams({ host: 'https://acme.com/quiz', ripple: token, utm_source: 'Newsletter', frame: 'r1a2b3', mode: 'popup' })).toEqual({
      host: 'https://acme.com/quiz',
      token,
      source: 'newsletter',
      frameId: 'r1a2b3',
      mode: 'popup',
    });
  });

  it.each([
    { label: 'a malformed token', params: { ripple: 'short' }, expected: { token: null } },
    { label: 'a token with a quote', params: { ripple: `${token.slice(1)}'` }, expected: { token: null } },
    { label: 'a list of tokens takes the first', params: { ripple: [token, 'x'] }, expected: { token } },
    { label: 'a frame id with markup', params: { frame: '<x>' }, expected: { frameId: null } },
    { label: 'an unknown mode', params: { mode: 'banner' }, expected: { mode: 'inline' } },
    { label: 'a ref without utm_source', params: { ref: 'producthunt' }, expected: { source: 'producthunt' } },
    { label: 'utm_source wins over ref', params: { ref: 'x', utm_source: 'mail' }, expected: { source: 'mail' } },
  ])('$label', ({ params, expected }) => {
    expect(readEmbedParams(params)).toMatchObject(expected);
  });
});

describe('toEmbedSource', () => {
  it.each([
    { input: undefined, expected: 'embed' },
    { input: '', expected: 'embed' },
    { input: ' Spring_Mail.2 ', expected: 'spring_mail.2' },
    { input: 'direct', expected: 'embed' },
    { input: 'has space', expected: 'embed' },
    { input: 'x'.repeat(41), expected: 'embed' },
    { input: '<script>', expected: 'embed' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(toEmbedSource(input)).toBe(expected);
  });
});

describe('readEmbedOrigin', () => {
  it('keeps an allowed host page and a clean source', () => {
    expect(readEmbedOrigin({ hostPage: 'https://acme.com/quiz?x=1', source: 'mail' }, ['https://acme.com'])).toEqual({ source: 'mail', hostPage: 'https://acme.com/quiz' });
  });
  it('drops a host page that is not allowed', () => {
    expect(readEmbedOrigin({ hostPage: 'https://evil.example/', source: 'embed' }, ['https://acme.com'])).toEqual({ source: 'embed', hostPage: '' });
  });
});

describe('buildFrameQuery', () => {
  it('carries the host page, the frame and a non-default mode and source', () => {
    const query = buildFrameQuery({ hostPage: 'https://acme.com/quiz', frameId: 'r1', mode: 'popup', source: 'mail' });
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({ host: 'https://acme.com/quiz', frame: 'r1', mode: 'popup', utm_source: 'mail' });
  });
  it('is empty when there is nothing to carry', () => {
    expect(buildFrameQuery({ hostPage: '', frameId: null, mode: 'inline', source: 'embed' })).toBe('');
  });
});

describe('chooseShareLink', () => {
  const base = { rippleOrigin: 'https://ripple.example', token, embedOrigins: ['https://acme.com'] };
  it.each([
    { label: 'Ripple landing', landing: 'ripple' as const, hostPage: 'https://acme.com/quiz', expected: `https://ripple.example/s/${token}` },
    { label: 'host landing for a player who played on an allowed page', landing: 'host' as const, hostPage: 'https://acme.com/quiz', expected: `https://acme.com/quiz?ripple=${token}` },
    { label: 'host landing for a player who played on Ripple', landing: 'host' as const, hostPage: '', expected: `https://ripple.example/s/${token}` },
    { label: 'host landing on a page whose origin was removed since', landing: 'host' as const, hostPage: 'https://old.example/quiz', expected: `https://ripple.example/s/${token}` },
    { label: 'a damaged host page', landing: 'host' as const, hostPage: 'not a url', expected: `https://ripple.example/s/${token}` },
  ])('$label', ({ landing, hostPage, expected }) => {
    expect(chooseShareLink({ ...base, landing, hostPage })).toBe(expected);
  });

  it('gives every channel its own token', () => {
    const tokens = Object.fromEntries(shareChannels.map((c, i) => [c, `${token.slice(0, 22)}${String(i).padStart(2, '0')}`])) as Record<(typeof shareChannels)[number], string>;
    const links = buildShareLinks(tokens, { rippleOrigin: 'https://ripple.example', landing: 'host', hostPage: 'https://acme.com/quiz', embedOrigins: ['https://acme.com'] });
    expect(Object.keys(links)).toEqual([...shareChannels]);
    for (const channel of shareChannels) expect(new URL(links[channel]).searchParams.get('ripple')).toBe(tokens[channel]);
  });
});
