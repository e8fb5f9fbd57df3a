import { describe, expect, it } from 'vitest';
import { hashDailyVisitor, isTrackingRefused, readClientAddress } from '@/lib/privacy';

const headers = (entries: Record<string, string | undefined>) => new Headers(Object.entries(entries).filter((e): e is [string, string] => e[1] !== undefined));

describe('isTrackingRefused', () => {
  it.each([
    { label: 'no header', entries: {}, refused: false },
    { label: 'DNT: 1', entries: { dnt: '1' }, refused: true },
    { label: 'DNT: 0', entries: { dnt: '0' }, refused: false },
    { label: 'Sec-GPC: 1', entries: { 'sec-gpc': '1' }, refused: true },
    { label: 'Sec-GPC: 0', entries: { 'sec-gpc': '0' }, refused: false },
    { label: 'both', entries: { dnt: '1', 'sec-gpc': '1' }, refused: true },
  ])('$label → $refused', ({ entries, refused }) => {
    expect(isTrackingRefused(headers(entries))).toBe(refused);
  });
});

describe('hashDailyVisitor', () => {
  const visit = { salt: 'salt-of-monday', address: '203.0.113.7', userAgent: 'Mozilla/5.0 (iPhone)' };

  it('is stable within a day and looks like a visitor id, never like a cookie id', () => {
    expect(hashDailyVisitor(visit)).toBe(hashDailyVisitor({ ...visit }));
    expect(hashDailyVisitor(visit)).toMatch(/^h_[A-Za-z0-9_-]{30}$/);
  });

  it('changes with the day’s salt, the address and the browser, and never contains the address', () => {
    const base = hashDailyVisitor(visit);
    expect(hashDailyVisitor({ ...visit, salt: 'salt-of-tuesday' })).not.toBe(base);
    expect(hashDailyVisitor({ ...visit, address: '203.0.113.8' })).not.toBe(base);
    expect(hashDailyVisitor({ ...visit, userAgent: 'Mozilla/5.0 (Android)' })).not.toBe(base);
    expect(base).not.toContain('203');
  });
});

describe('readClientAddress', () => {
  it.each([
    { label: 'the first forwarded address', entries: { 'x-forwarded-for': '198.51.100.1, 10.0.0.1' }, address: '198.51.100.1' },
    { label: 'X-Real-IP without a forwarded list', entries: { 'x-real-ip': '198.51.100.2' }, address: '198.51.100.2' },
    { label: 'nothing', entries: {}, address: '' },
  ])('$label', ({ entries, address }) => {
    expect(readClientAddress(headers(entries))).toBe(address);
  });
});
