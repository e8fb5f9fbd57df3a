import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoQuizzes } from '@/db/demo-quizzes';
import { toTwemojiName } from '@/lib/emoji';

const twemojiDir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
const twemojiFile = (emoji: string) => join(twemojiDir, `${toTwemojiName(emoji)}.svg`);

describe('toTwemojiName', () => {
  it.each([
    { label: 'a single code point', emoji: '🧭', name: '1f9ed' },
    { label: 'a BMP symbol with U+FE0F: the selector is dropped', emoji: '⛰️', name: '26f0' },
    { label: 'the same symbol without U+FE0F', emoji: '⛰', name: '26f0' },
    { label: 'a ZWJ sequence keeps its U+FE0F', emoji: '🧑‍✈️', name: '1f9d1-200d-2708-fe0f' },
    { label: 'a ZWJ family', emoji: '👨‍👩‍👧‍👦', name: '1f468-200d-1f469-200d-1f467-200d-1f466' },
    { label: 'a flag (two regional indicators)', emoji: '🇸🇦', name: '1f1f8-1f1e6' },
    { label: 'a skin tone modifier', emoji: '👍🏽', name: '1f44d-1f3fd' },
    { label: 'a keycap drops U+FE0F', emoji: '#️⃣', name: '23-20e3' },
    { label: 'coffee', emoji: '☕', name: '2615' },
    { label: 'airplane with U+FE0F', emoji: '✈️', name: '2708' },
    { label: 'a rainbow flag (ZWJ, U+FE0F kept)', emoji: '🏳️‍🌈', name: '1f3f3-fe0f-200d-1f308' },
  ])('$label: $emoji → $name', ({ emoji, name }) => {
    expect(toTwemojiName(emoji)).toBe(name);
  });

  it.each([
    { emoji: '🧭' },
    { emoji: '⛰️' },
    { emoji: '🧑‍✈️' },
    { emoji: '👨‍👩‍👧‍👦' },
    { emoji: '🇸🇦' },
    { emoji: '👍🏽' },
    { emoji: '#️⃣' },
    { emoji: '🏳️‍🌈' },
  ])('$emoji names a file that Twemoji ships', ({ emoji }) => {
    expect(existsSync(twemojiFile(emoji)), twemojiFile(emoji)).toBe(true);
  });
});

/** Every emoji a demo quiz shows: its cover, its results or tiers, and its answers. */
function demoEmoji(): { where: string; emoji: string }[] {
  const found: { where: string; emoji: string }[] = [];
  for (const { slug, definition } of demoQuizzes) {
    if (definition.coverEmoji) found.push({ where: `${slug} cover`, emoji: definition.coverEmoji });
    const outcomes = definition.kind === 'personality' ? definition.results : definition.kind === 'trivia' ? definition.tiers : [];
    for (const outcome of outcomes) if (outcome.emoji) found.push({ where: `${slug} outcome ${outcome.id}`, emoji: outcome.emoji });
    for (const question of definition.questions) {
      for (const answer of question.answers) if (answer.emoji) found.push({ where: `${slug} ${question.id}/${answer.id}`, emoji: answer.emoji });
    }
  }
  return found;
}

describe('the demo quizzes’ emoji', () => {
  it('there are emoji to check', () => {
    expect(demoEmoji().length).toBeGreaterThan(30);
  });

  it.each(demoEmoji())('$where: $emoji has a Twemoji file for the card', ({ emoji }) => {
    expect(existsSync(twemojiFile(emoji)), `${toTwemojiName(emoji)}.svg`).toBe(true);
  });
});
