// Writes sample result cards as PNG files to look at: npx tsx scripts/render-sample-cards.ts [directory]
import { Resvg } from '@resvg/resvg-js';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCardPng } from '../lib/card/render';
import type { CardInput, CardVariant } from '../lib/card/types';

const svgDataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const compassLogo = svgDataUri(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="16" fill="#0f766e"/><circle cx="32" cy="32" r="18" fill="none" stroke="#ecfdf5" stroke-width="4"/><path d="M32 18l6 14-6 14-6-14z" fill="#ecfdf5"/></svg>',
);
const wideLogo = svgDataUri(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 48"><rect width="160" height="48" rx="12" fill="#1d4ed8"/><circle cx="24" cy="24" r="12" fill="#eff6ff"/><rect x="44" y="16" width="100" height="16" rx="8" fill="#eff6ff"/></svg>',
);

// A raster result image (an ocean scene), made here so the samples need no files.
const oceanSvg = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800">',
  '<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#60a5fa"/><stop offset="1" stop-color="#1e3a8a"/></linearGradient></defs>',
  '<rect width="800" height="800" fill="url(#s)"/><circle cx="560" cy="230" r="90" fill="#fde68a"/>',
  '<path d="M0 520 Q200 440 400 520 T800 520 V800 H0z" fill="#1d4ed8"/><path d="M0 610 Q200 540 400 610 T800 610 V800 H0z" fill="#172554"/>',
  '</svg>',
].join('');
const oceanPng = `data:image/png;base64,${new Resvg(oceanSvg).render().asPng().toString('base64')}`;

const samples: Array<{ name: string; variant: CardVariant; input: CardInput }> = [
  {
    name: 'en-spotlight-og',
    variant: 'og',
    input: {
      locale: 'en',
      quizTitle: 'Which explorer are you?',
      playerName: 'Sara',
      headline: 'Sara got',
      resultTitle: 'The Navigator',
      resultEmoji: '🧭',
      statLine: '12% of players got this',
      callToAction: 'Which one are you? Play now',
      brand: { name: 'Wayfarer Outdoors', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: 'spotlight', logoDataUri: compassLogo },
    },
  },
  {
    name: 'en-split-og',
    variant: 'og',
    input: {
      locale: 'en',
      quizTitle: 'How well do you know the ocean?',
      playerName: 'Tom',
      headline: 'Tom scored',
      resultTitle: 'Deep Sea Expert',
      resultEmoji: '🐋',
      statLine: '8/10 · Better than 73% of players',
      callToAction: 'Can you beat it?',
      brand: { name: 'Blue Planet Club', primary: '#1d4ed8', background: '#eff6ff', text: '#0b1533', cardLayout: 'split', logoDataUri: wideLogo },
      resultImageDataUri: oceanPng,
    },
  },
  {
    name: 'en-split-emoji-og',
    variant: 'og',
    input: {
      locale: 'en',
      quizTitle: 'Pick your weekend',
      playerName: '',
      headline: 'My vote',
      resultTitle: 'A slow breakfast',
      resultEmoji: '🥐',
      statLine: '41% of players got this',
      callToAction: 'What would you pick?',
      brand: { name: 'Weekender Magazine', primary: '#c2410c', background: '#fff7ed', text: '#2a1307', cardLayout: 'split' },
    },
  },
  {
    name: 'ar-spotlight-og',
    variant: 'og',
    input: {
      locale: 'ar',
      quizTitle: 'أي مستكشف أنت؟',
      playerName: 'سارة',
      headline: 'سارة حصلت على 8/10 في الاختبار',
      resultTitle: 'المستكشف',
      resultEmoji: '🧭',
      statLine: '8/10 · أفضل من 73% من اللاعبين',
      callToAction: 'وأنت، من تكون؟',
      brand: { name: 'رحلات الأفق', primary: '#7c3aed', background: '#f5f3ff', text: '#1e1035', cardLayout: 'spotlight', logoDataUri: compassLogo },
    },
  },
  {
    name: 'ar-split-og',
    variant: 'og',
    input: {
      locale: 'ar',
      quizTitle: 'كم تعرف عن الفلك؟',
      playerName: 'Sara Lee',
      headline: 'نتيجة Sara Lee',
      resultTitle: 'عالِمة فلك (مستوى ٣)',
      resultEmoji: '🔭',
      statLine: '١٢٪ من اللاعبين حصلوا على هذه النتيجة',
      callToAction: 'هل تستطيع التفوق؟',
      brand: { name: 'نادي الفلك', primary: '#b45309', background: '#fffbeb', text: '#271a05', cardLayout: 'split' },
    },
  },
  {
    name: 'en-spotlight-story',
    variant: 'story',
    input: {
      locale: 'en',
      quizTitle: 'Which explorer are you?',
      playerName: 'Sara',
      headline: 'Sara got',
      resultTitle: 'The Trailblazer',
      resultEmoji: '🧗',
      statLine: '8/10 · Better than 73% of players',
      callToAction: 'Which one are you? Play now',
      brand: { name: 'Wayfarer Outdoors', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: 'spotlight', logoDataUri: compassLogo },
    },
  },
  {
    name: 'ar-split-story',
    variant: 'story',
    input: {
      locale: 'ar',
      quizTitle: 'كم تعرف عن المحيط؟',
      playerName: 'سارة',
      headline: 'سارة حصلت على 8/10 في الاختبار',
      resultTitle: 'خبيرة أعماق البحار',
      resultEmoji: '🐋',
      statLine: '8/10 · أفضل من 73% من اللاعبين',
      callToAction: 'هل تستطيع التفوق؟',
      brand: { name: 'نادي المحيط', primary: '#1d4ed8', background: '#eff6ff', text: '#0b1533', cardLayout: 'split', logoDataUri: wideLogo },
      resultImageDataUri: oceanPng,
    },
  },
  {
    name: 'en-long-name-og',
    variant: 'og',
    input: {
      locale: 'en',
      quizTitle: 'The completely unofficial and extremely long personality quiz about breakfast habits around the world',
      playerName: 'Maximiliana 🦄✨ Alexandrova-Featherstonehaugh 🌈🌈 the Magnificent',
      headline: 'Maximiliana 🦄✨ Alexandrova-Featherstonehaugh 🌈🌈 the Magnificent got',
      resultTitle: 'The Extraordinarily Adventurous Breakfast Connoisseur of the Seven Seas',
      resultEmoji: '🥞',
      statLine: '3% of players got this · rarer than a four-leaf clover in a snowstorm',
      callToAction: 'Which breakfast personality are you? Play the quiz now',
      brand: { name: 'The International Breakfast Appreciation Society', primary: '#db2777', background: '#fdf2f8', text: '#3b0a24', cardLayout: 'spotlight', logoDataUri: compassLogo },
    },
  },
  {
    name: 'en-long-name-story',
    variant: 'story',
    input: {
      locale: 'en',
      quizTitle: 'The completely unofficial and extremely long personality quiz about breakfast habits around the world',
      playerName: 'Maximiliana 🦄✨ Alexandrova-Featherstonehaugh 🌈🌈 the Magnificent',
      headline: 'Maximiliana 🦄✨ Alexandrova-Featherstonehaugh 🌈🌈 the Magnificent got',
      resultTitle: 'The Extraordinarily Adventurous Breakfast Connoisseur of the Seven Seas',
      resultEmoji: '🥞',
      statLine: '3% of players got this · rarer than a four-leaf clover in a snowstorm',
      callToAction: 'Which breakfast personality are you? Play the quiz now',
      brand: { name: 'The International Breakfast Appreciation Society', primary: '#db2777', background: '#fdf2f8', text: '#3b0a24', cardLayout: 'split' },
    },
  },
  {
    name: 'ar-long-name-og',
    variant: 'og',
    input: {
      locale: 'ar',
      quizTitle: 'اختبار الشخصية الطويل جدًا عن عادات السفر والمغامرة في كل أنحاء العالم العربي',
      playerName: 'عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدِ بْنِ عَبْدِ اللَّهِ الْمُسْتَكْشِفُ الْعَظِيمُ 🌙✨',
      headline: 'نتيجة عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدِ بْنِ عَبْدِ اللَّهِ الْمُسْتَكْشِفُ الْعَظِيمُ 🌙✨',
      resultTitle: 'المستكشف الشجاع الذي لا يخاف من المجهول أبدًا',
      resultEmoji: '🐪',
      statLine: '5% من اللاعبين حصلوا على هذه النتيجة',
      callToAction: 'وأنت، من تكون؟ العب الآن',
      brand: { name: 'رحلات الأفق', primary: '#7c3aed', background: '#f5f3ff', text: '#1e1035', cardLayout: 'split' },
    },
  },
  {
    name: 'en-low-contrast-og',
    variant: 'og',
    input: {
      locale: 'en',
      quizTitle: 'Are you a night owl?',
      playerName: '<img src=x onerror=alert(1)>',
      headline: '<img src=x onerror=alert(1)> got',
      resultTitle: 'The Owl',
      resultEmoji: '🦉',
      statLine: '27% of players got this',
      callToAction: 'Which one are you?',
      brand: { name: 'Dusk & Dawn', primary: '#fde047', background: '#1e1b4b', text: '#312e81', cardLayout: 'spotlight' },
    },
  },
];

async function main(): Promise<void> {
  const directory = process.argv[2] ?? join(tmpdir(), 'ripple-cards');
  await mkdir(directory, { recursive: true });
  for (const sample of samples) {
    const started = performance.now();
    const png = await renderCardPng(sample.input, sample.variant);
    const file = join(directory, `${sample.name}.png`);
    await writeFile(file, png);
    console.log(`${file}  ${(png.length / 1024).toFixed(0)} KiB  ${(performance.now() - started).toFixed(0)} ms`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
