import { describe, expect, it } from 'vitest';
import { classifyUserAgent } from '@/lib/bots';
import { humanUserAgents, otherBotUserAgents, previewCrawlerUserAgents } from '../fixtures/user-agents';

describe('classifyUserAgent', () => {
  it.each(previewCrawlerUserAgents)('a link-preview fetch: $label', ({ userAgent }) => {
    expect(classifyUserAgent(userAgent)).toBe('preview');
  });

  it.each(otherBotUserAgents)('another bot, counted as nothing: $label', ({ userAgent }) => {
    expect(classifyUserAgent(userAgent)).toBe('bot');
  });

  // In-app browsers carry their app's name (Instagram, FBAN, LinkedInApp, Line, musical_ly, Viber, Pinterest…):
  // a tap on a link inside the app is a person and must count as a click, never as a share.
  it.each(humanUserAgents)('a person: $label', ({ userAgent }) => {
    expect(classifyUserAgent(userAgent)).toBe('human');
  });

  it.each([
    { label: 'null', userAgent: null },
    { label: 'undefined', userAgent: undefined },
    { label: 'the empty string', userAgent: '' },
    { label: 'only spaces', userAgent: '   ' },
  ])('no User-Agent ($label) is a bot: browsers always send one', ({ userAgent }) => {
    expect(classifyUserAgent(userAgent)).toBe('bot');
  });
});
