import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFrameAncestors, getOriginOf, isSecureContextHost, maxEmbedOrigins, normalizeOrigin, parseEmbedOrigins, readStoredOrigins, toHostPage } from '@/lib/embed/origins';

describe('normalizeOrigin', () => {
  it.each([
    { label: 'an https origin stays as it is', input: 'https://www.acme.com', expected: 'https://www.acme.com' },
    { label: 'a trailing slash, a path, a query and a fragment are dropped', input: 'https://www.acme.com/blog/post?x=1#top', expected: 'https://www.acme.com' },
    { label: 'the host is lowercased', input: 'https://WWW.Acme.COM', expected: 'https://www.acme.com' },
    { label: 'a bare host gets https', input: 'acme.com', expected: 'https://acme.com' },
    { label: 'a bare host with a path gets https', input: 'acme.com/quiz', expected: 'https://acme.com' },
    { label: 'a bare host with a port keeps the port', input: 'localhost:8080', expected: 'https://localhost:8080' },
    { label: 'http is kept (local development)', input: 'http://localhost:3000', expected: 'http://localhost:3000' },
    { label: 'a default port is dropped', input: 'https://acme.com:443', expected: 'https://acme.com' },
    { label: 'another port is kept', input: 'https://acme.com:8443', expected: 'https://acme.com:8443' },
    { label: 'spaces around are ignored', input: '  https://acme.com  ', expected: 'https://acme.com' },
    { label: 'an internationalised host becomes punycode, as browsers send it', input: 'https://bücher.example', expected: 'https://xn--bcher-kva.example' },
  ])('$label: $input → $expected', ({ input, expected }) => {
    expect(normalizeOrigin(input)).toEqual({ ok: true, origin: expected });
  });

  it.each([
    { label: 'empty', input: '   ', reason: 'empty' },
    { label: 'a wildcard', input: 'https://*.acme.com', reason: 'wildcard' },
    { label: 'javascript:', input: 'javascript:alert(1)', reason: 'scheme' },
    { label: 'ftp', input: 'ftp://acme.com', reason: 'scheme' },
    { label: 'data:', input: 'data:text/html,hi', reason: 'scheme' },
    { label: 'credentials', input: 'https://user:pass@acme.com', reason: 'credentials' },
    { label: 'not a URL', input: 'https://', reason: 'invalid' },
    { label: 'a quote that would break the header', input: "https://acme.com'", reason: 'invalid' },
  ])('refuses $label ($input)', ({ input, reason }) => {
    expect(normalizeOrigin(input)).toEqual({ ok: false, reason });
  });

  it('gives, for any accepted input, an origin that normalises to itself and is safe inside a CSP header', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.domain(), fc.string()), (input) => {
        const checked = normalizeOrigin(input);
        if (!checked.ok) return;
        expect(normalizeOrigin(checked.origin)).toEqual(checked);
        expect(checked.origin).toMatch(/^https?:\/\/[^\s'";,*/]+$/);
      }),
    );
  });
});

describe('parseEmbedOrigins', () => {
  it('normalises, drops blank lines and duplicates, keeps the order', () => {
    expect(parseEmbedOrigins(['https://b.example/', '', 'a.example', 'https://B.example', '  '])).toEqual({ ok: true, origins: ['https://b.example', 'https://a.example'] });
  });

  it('names every faulty entry by its index', () => {
    expect(parseEmbedOrigins(['https://ok.example', 'ftp://x', '*.acme.com'])).toEqual({
      ok: false,
      issues: [
        { index: 1, value: 'ftp://x', reason: 'scheme' },
        { index: 2, value: '*.acme.com', reason: 'wildcard' },
      ],
    });
  });

  it(`refuses more than ${maxEmbedOrigins} sites`, () => {
    const many = Array.from({ length: maxEmbedOrigins + 1 }, (_, i) => `https://site${i}.example`);
    expect(parseEmbedOrigins(many)).toMatchObject({ ok: false, issues: [{ reason: 'too_many' }] });
    expect(parseEmbedOrigins(many.slice(0, maxEmbedOrigins))).toMatchObject({ ok: true });
  });
});

describe('readStoredOrigins', () => {
  it.each([
    { label: 'a valid list', stored: ['https://a.example', 'http://localhost:3000'], expected: ['https://a.example', 'http://localhost:3000'] },
    { label: 'null', stored: null, expected: [] },
    { label: 'a string', stored: 'https://a.example', expected: [] },
    { label: 'entries that are not normalised origins are dropped', stored: ['https://a.example/', 'HTTPS://B.EXAMPLE', 3, 'https://c.example'], expected: ['https://c.example'] },
  ])('$label', ({ stored, expected }) => {
    expect(readStoredOrigins(stored)).toEqual(expected);
  });
});

describe('buildFrameAncestors', () => {
  it('lists exactly the origins', () => {
    expect(buildFrameAncestors(['https://a.example', 'http://localhost:3000'])).toBe('frame-ancestors https://a.example http://localhost:3000');
  });
  it("is 'none' without any", () => {
    expect(buildFrameAncestors([])).toBe("frame-ancestors 'none'");
  });
});

describe('toHostPage', () => {
  const allowed = ['https://www.acme.com', 'http://localhost:4000'];
  it.each([
    { label: 'an allowed page keeps origin and path', candidate: 'https://www.acme.com/quiz/summer', referer: null, expected: 'https://www.acme.com/quiz/summer' },
    { label: 'the query and fragment are dropped', candidate: 'https://www.acme.com/quiz?email=a@b.c&ripple=x#top', referer: null, expected: 'https://www.acme.com/quiz' },
    { label: 'a matching Referer origin passes', candidate: 'http://localhost:4000/', referer: 'http://localhost:4000', expected: 'http://localhost:4000/' },
    { label: 'an origin not in the list is refused', candidate: 'https://evil.example/quiz', referer: null, expected: '' },
    { label: 'a look-alike host is refused', candidate: 'https://www.acme.com.evil.example/', referer: null, expected: '' },
    { label: 'another port is another origin', candidate: 'http://localhost:4001/', referer: null, expected: '' },
    { label: 'a page claiming an allowed origin from another site is refused', candidate: 'https://www.acme.com/quiz', referer: 'https://evil.example', expected: '' },
    { label: 'javascript: is refused', candidate: 'javascript:alert(1)//https://www.acme.com', referer: null, expected: '' },
    { label: 'nothing gives nothing', candidate: null, referer: null, expected: '' },
    { label: 'not a URL gives nothing', candidate: 'www.acme.com/quiz', referer: null, expected: '' },
  ])('$label', ({ candidate, referer, expected }) => {
    expect(toHostPage(candidate, allowed, referer)).toBe(expected);
  });

  it('cuts long paths to 300 characters', () => {
    expect(toHostPage(`https://www.acme.com/${'a'.repeat(500)}`, allowed)).toHaveLength(300);
  });
});

describe('getOriginOf', () => {
  it.each([
    { value: 'https://a.example/page?x=1', expected: 'https://a.example' },
    { value: 'http://localhost:4000/', expected: 'http://localhost:4000' },
    { value: null, expected: null },
    { value: 'not a url', expected: null },
    { value: 'data:text/plain,x', expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(getOriginOf(value)).toBe(expected);
  });
});

describe('isSecureContextHost', () => {
  it.each([
    { protocol: 'https:', host: 'ripple.example', expected: true },
    { protocol: 'https', host: 'ripple.example', expected: true },
    { protocol: 'http:', host: 'ripple.example', expected: false },
    { protocol: 'http:', host: 'localhost:3000', expected: true },
    { protocol: 'http:', host: 'app.localhost', expected: true },
    { protocol: 'http:', host: '127.0.0.1:43123', expected: true },
    { protocol: 'http:', host: '[::1]:3000', expected: true },
    { protocol: 'http:', host: '192.168.1.10:3000', expected: false },
    { protocol: 'http:', host: 'localhost.evil.example', expected: false },
    { protocol: 'http:', host: null, expected: false },
  ])('$protocol//$host → $expected', ({ protocol, host, expected }) => {
    expect(isSecureContextHost(protocol, host)).toBe(expected);
  });
});
