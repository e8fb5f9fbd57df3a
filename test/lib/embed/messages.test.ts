import { describe, expect, it } from 'vitest';
import { frameMessageSchema, isFrameId, readHostMessage } from '@/lib/embed/messages';

describe('readHostMessage', () => {
  it.each([
    { label: 'a greeting for this frame', data: { ripple: 1, frame: 'r1', type: 'hello' }, expected: { ripple: 1, frame: 'r1', type: 'hello' } },
    { label: 'focus for this frame', data: { ripple: 1, frame: 'r1', type: 'focus' }, expected: { ripple: 1, frame: 'r1', type: 'focus' } },
    { label: 'a message for another frame', data: { ripple: 1, frame: 'r2', type: 'hello' }, expected: null },
    { label: 'another protocol version', data: { ripple: 2, frame: 'r1', type: 'hello' }, expected: null },
    { label: 'an unknown type', data: { ripple: 1, frame: 'r1', type: 'navigate', url: 'https://evil.example' }, expected: null },
    { label: 'a string', data: 'hello', expected: null },
    { label: 'null', data: null, expected: null },
  ])('$label', ({ data, expected }) => {
    expect(readHostMessage(data, 'r1')).toEqual(expected);
  });
});

describe('frameMessageSchema', () => {
  it('accepts what the frame sends', () => {
    for (const message of [
      { ripple: 1, frame: 'r1', type: 'height', height: 640 },
      { ripple: 1, frame: 'r1', type: 'start' },
      { ripple: 1, frame: 'r1', type: 'complete', result: { id: 'x', outcomeId: 'o', title: 'The Explorer', score: null, maxScore: null, percent: null } },
      { ripple: 1, frame: 'r1', type: 'share', channel: 'whatsapp' },
      { ripple: 1, frame: 'r1', type: 'lead', url: 'https://acme.com/offer', label: 'Get 10% off' },
      { ripple: 1, frame: 'r1', type: 'error', code: 'not_found', message: 'Nothing here' },
      { ripple: 1, frame: 'r1', type: 'close' },
    ]) {
      expect(frameMessageSchema.safeParse(message).success, message.type).toBe(true);
    }
  });

  it('refuses a share on an unknown channel and a negative height', () => {
    expect(frameMessageSchema.safeParse({ ripple: 1, frame: 'r1', type: 'share', channel: 'myspace' }).success).toBe(false);
    expect(frameMessageSchema.safeParse({ ripple: 1, frame: 'r1', type: 'height', height: -1 }).success).toBe(false);
  });
});

describe('isFrameId', () => {
  it.each([
    { value: 'r0abc123', expected: true },
    { value: '', expected: false },
    { value: 'x'.repeat(41), expected: false },
    { value: 'r1"><', expected: false },
    { value: 3, expected: false },
  ])('$value → $expected', ({ value, expected }) => {
    expect(isFrameId(value)).toBe(expected);
  });
});
