import { describe, expect, it } from 'vitest';
import { demoGames } from '@/db/demo-games';
import { buildGameCardInput, buildGameHeadline, buildGameInvitation, buildGameShareText, buildGameStatLine, type GameResultSummary } from '@/lib/result-text';

const wheel = demoGames.find((g) => g.slug === 'spin-to-win')?.definition;
const scratch = demoGames.find((g) => g.slug === 'imsah-wa-irbah')?.definition;
if (!wheel || !scratch) throw new Error('the demo games are missing');
const wheelPlain = { ...wheel, shareText: undefined };

const play = (definition: GameResultSummary['definition'], outcomeId: string, playerName: string): GameResultSummary => ({ definition, outcomeId, playerName, rarityPercent: 12 });

describe('the texts of a game result', () => {
  it.each([
    { label: 'a prize, named', value: play(wheel, 'off-20', 'Sara'), headline: 'Sara won', stat: '12% of players won this', invitation: 'Sara won “20% off your next order” at Wayfarer Outdoors. Try your luck!' },
    { label: 'a prize, anonymous', value: play(wheel, 'bottle', ''), headline: 'I won', stat: '12% of players won this', invitation: 'Someone won “A steel trail bottle” at Wayfarer Outdoors. Try your luck!' },
    { label: 'try again, named', value: play(wheel, 'try-again', 'Sara'), headline: 'Sara played', stat: 'Prizes are still waiting', invitation: 'Sara played Spin to win at Wayfarer Outdoors. Try your luck!' },
    { label: 'a prize, Arabic', value: play(scratch, 'haqiba', 'سارة'), headline: 'جائزة سارة', stat: '12% من اللاعبين ربحوا هذه الجائزة', invitation: 'جائزة سارة من رحلات الأفق: «حقيبة سفر». جرّب حظك!' },
    { label: 'try again, Arabic', value: play(scratch, 'try-again', 'سارة'), headline: 'محاولة سارة', stat: 'الجوائز ما زالت بانتظارك', invitation: 'دعوة من سارة: «امسح واربح» من رحلات الأفق. جرّب حظك!' },
  ])('$label', ({ value, headline, stat, invitation }) => {
    expect(buildGameHeadline(value)).toBe(headline);
    expect(buildGameStatLine(value)).toBe(stat);
    expect(buildGameInvitation(value)).toBe(invitation);
  });
});

describe('buildGameShareText', () => {
  it.each([
    { label: 'the author’s template for a prize', value: play(wheel, 'tent', 'Sara'), expected: 'Sara won “A two-person tent” at Wayfarer Outdoors 🎡 Try your luck!' },
    { label: 'the default for a prize without a template', value: play(wheelPlain, 'tent', 'Sara'), expected: 'I won “A two-person tent” at Wayfarer Outdoors! Try your luck.' },
    { label: '“try again” ignores a template made for prizes', value: play(wheel, 'try-again', 'Sara'), expected: 'I just played Spin to win at Wayfarer Outdoors. Try your luck!' },
    { label: 'the Arabic template', value: play(scratch, 'khasm-15', 'سارة'), expected: 'سارة ربح «خصم 15٪ على رحلتك القادمة» من رحلات الأفق 🎟️ جرّب حظك!' },
  ])('$label', ({ value, expected }) => {
    expect(buildGameShareText(value)).toBe(expected);
  });

  it('takes a channel’s own template first', () => {
    const definition = { ...wheel, shareTexts: { x: '{result} 🎡 #wayfarer' } };
    expect(buildGameShareText(play(definition, 'bottle', 'Sara'), 'x')).toBe('A steel trail bottle 🎡 #wayfarer');
    expect(buildGameShareText(play(definition, 'bottle', 'Sara'), 'whatsapp')).toBe('Sara won “A steel trail bottle” at Wayfarer Outdoors 🎡 Try your luck!');
  });
});

describe('buildGameCardInput', () => {
  it('puts the prize, its emoji, the figure and the call to play on the card, in the game’s brand and language', () => {
    const input = buildGameCardInput(play(scratch, 'haqiba', 'سارة'), { logoDataUri: 'data:image/svg+xml;base64,AA==' });
    expect(input).toMatchObject({
      locale: 'ar',
      quizTitle: 'امسح واربح',
      playerName: 'سارة',
      headline: 'جائزة سارة',
      resultTitle: 'حقيبة سفر',
      resultEmoji: '🎒',
      statLine: '12% من اللاعبين ربحوا هذه الجائزة',
      callToAction: 'جرّب حظك',
      brand: { name: 'رحلات الأفق', primary: '#7c3aed', logoDataUri: 'data:image/svg+xml;base64,AA==' },
    });
  });
});
