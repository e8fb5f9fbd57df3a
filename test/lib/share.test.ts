import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShareUrl, channelLabels, isShareChannel, shareChannels, type ShareChannel } from '@/lib/share';

const link = 'https://ripple.example/s/AbCdEfGhIjKlMnOpQrStUvWx?utm=1&x=2';
const text = 'Sara got “The Explorer”. Which are you?';
const title = 'Which explorer are you?';

/** Where each network's dialog lives and which parameters it gets (decoded), for the link, text and title above. */
const networks: { channel: ShareChannel; origin: string; pathname: string; params: Record<string, string> }[] = [
  { channel: 'x', origin: 'https://x.com', pathname: '/intent/post', params: { text, url: link } },
  { channel: 'facebook', origin: 'https://www.facebook.com', pathname: '/sharer/sharer.php', params: { u: link } },
  { channel: 'whatsapp', origin: 'https://wa.me', pathname: '/', params: { text: `${text} ${link}` } },
  { channel: 'linkedin', origin: 'https://www.linkedin.com', pathname: '/sharing/share-offsite/', params: { url: link } },
  { channel: 'telegram', origin: 'https://t.me', pathname: '/share/url', params: { url: link, text } },
  { channel: 'reddit', origin: 'https://www.reddit.com', pathname: '/submit', params: { url: link, title } },
];

function paramsOf(url: URL): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (params[key] ??= []).push(value);
  return params;
}

function single(params: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, [value]]));
}

describe('buildShareUrl', () => {
  it.each(networks)('$channel opens $origin$pathname over https with the link and the text', ({ channel, origin, pathname, params }) => {
    const built = buildShareUrl(channel, link, text, title);
    if (built === null) throw new Error('expected an address');
    const url = new URL(built);
    expect(url.protocol).toBe('https:');
    expect(url.origin).toBe(origin);
    expect(url.pathname).toBe(pathname);
    expect(paramsOf(url)).toEqual(single(params));
    expect(url.hash).toBe('');
    // the link travels encoded: its own ? and & do not become parameters of the network's address
    expect(built).toContain(encodeURIComponent(link));
  });

  it('e-mail is a mailto: with the title as subject and the text and link in the body', () => {
    const built = buildShareUrl('email', link, text, title);
    if (built === null) throw new Error('expected an address');
    const url = new URL(built);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('');
    expect(paramsOf(url)).toEqual(single({ subject: title, body: `${text}\n\n${link}` }));
    expect(built).toContain(encodeURIComponent(link));
  });

  it.each([
    { channel: 'copy' as const },
    { channel: 'native' as const },
  ])('$channel needs no address: null', ({ channel }) => {
    expect(buildShareUrl(channel, link, text, title)).toBeNull();
  });

  const hostile = [
    { label: 'a second url parameter', value: 'hi&url=https://evil.example' },
    { label: 'a u parameter for Facebook', value: 'hi&u=https://evil.example' },
    { label: 'a fragment', value: 'hi#https://evil.example' },
    { label: 'a query start', value: '?url=https://evil.example' },
    { label: 'an encoded ampersand', value: 'hi%26url%3Devil' },
    { label: 'a plus sign (a space in forms)', value: '1+1=2' },
    { label: 'a mailto header injection', value: 'hi\r\nBcc: victim@example.com&bcc=victim@example.com' },
    { label: 'Arabic text and emoji', value: 'نتيجة سارة: «المستكشف» 🧭' },
  ];

  it.each(hostile)('text with $label cannot add or change parameters', ({ value }) => {
    for (const channel of shareChannels) {
      const built = buildShareUrl(channel, link, value, value);
      if (built === null) continue;
      const url = new URL(built);
      expect(url.hash, channel).toBe('');
      const params = paramsOf(url);
      for (const values of Object.values(params)) expect(values, channel).toHaveLength(1);
      const expectedKeys = channel === 'email' ? ['body', 'subject'] : Object.keys(networks.find((n) => n.channel === channel)?.params ?? {}).sort();
      expect(Object.keys(params).sort(), channel).toEqual(expectedKeys);
      // the link parameter, where there is one, is still exactly Ripple's link
      for (const key of ['url', 'u']) if (params[key]) expect(params[key], channel).toEqual([link]);
    }
  });

  it('round-trips any text, title and link through the address', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shareChannels), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.webUrl({ withQueryParameters: true, withFragments: true }), (channel, anyText, anyTitle, anyLink) => {
        const built = buildShareUrl(channel, anyLink, anyText, anyTitle);
        if (channel === 'copy' || channel === 'native') {
          expect(built).toBeNull();
          return;
        }
        if (built === null) throw new Error('expected an address');
        const params = paramsOf(new URL(built));
        const expected: Record<Exclude<ShareChannel, 'copy' | 'native'>, Record<string, string>> = {
          x: { text: anyText, url: anyLink },
          facebook: { u: anyLink },
          whatsapp: { text: `${anyText} ${anyLink}` },
          linkedin: { url: anyLink },
          telegram: { url: anyLink, text: anyText },
          reddit: { url: anyLink, title: anyTitle },
          email: { subject: anyTitle, body: `${anyText}\n\n${anyLink}` },
        };
        expect(params).toEqual(single(expected[channel]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isShareChannel', () => {
  it.each(shareChannels.map((channel) => ({ channel })))('$channel is a channel', ({ channel }) => {
    expect(isShareChannel(channel)).toBe(true);
    expect(channelLabels[channel]).not.toBe('');
  });

  it.each([
    { label: 'unknown network', value: 'myspace' },
    { label: 'wrong case', value: 'Facebook' },
    { label: 'empty', value: '' },
    { label: 'padded', value: ' x' },
    { label: 'inherited property', value: 'constructor' },
    { label: 'array method', value: 'includes' },
  ])('refuses $label ("$value")', ({ value }) => {
    expect(isShareChannel(value)).toBe(false);
  });
});
