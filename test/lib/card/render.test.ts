import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { buildCardTree } from '@/lib/card/build-card-tree';
import { loadCardAsset, loadCardFonts, loadEmojiDataUri } from '@/lib/card/card-assets';
import { renderCardPng, renderTreeToSvg } from '@/lib/card/render';
import { cardSizes, type CardInput, type CardNode, type CardVariant } from '@/lib/card/types';

const english: CardInput = {
  locale: 'en',
  quizTitle: 'Which explorer are you?',
  playerName: 'Sara',
  headline: 'Sara got',
  resultTitle: 'The Navigator',
  resultEmoji: '🧭',
  statLine: '8/10 · Better than 73% of players',
  callToAction: 'Which one are you? Play now',
  brand: { name: 'Wayfarer Outdoors', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: 'spotlight' },
};

const arabic: CardInput = {
  locale: 'ar',
  quizTitle: 'أي مستكشف أنت؟',
  playerName: 'سارة',
  headline: 'سارة حصلت على 8/10 في الاختبار',
  resultTitle: 'المستكشف',
  resultEmoji: '🧭',
  statLine: '8/10 · أفضل من 73% من اللاعبين',
  callToAction: 'وأنت، من تكون؟',
  brand: { name: 'رحلات الأفق', primary: '#7c3aed', background: '#f5f3ff', text: '#1e1035', cardLayout: 'spotlight' },
};

const withLayout = (input: CardInput, cardLayout: CardInput['brand']['cardLayout']): CardInput => ({ ...input, brand: { ...input.brand, cardLayout } });

function readPngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// The share of pixels that are not the card's background: a blank or broken card scores near zero.
async function measureInk(input: CardInput, variant: CardVariant): Promise<number> {
  const pixels = new Resvg(await renderTreeToSvg(buildCardTree(input, variant), variant)).render().pixels;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(input.brand.background.slice(i, i + 2), 16));
  let inked = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (Math.abs((pixels[i] ?? 0) - (r ?? 0)) + Math.abs((pixels[i + 1] ?? 0) - (g ?? 0)) + Math.abs((pixels[i + 2] ?? 0) - (b ?? 0)) > 24) inked++;
  }
  return inked / (pixels.length / 4);
}

type TextItem = { x: number; y: number; width: number; text: string };

// With `embedFont: false` satori writes each piece of text as <text x y width>…</text> instead of glyph paths.
function readSvgTexts(svg: string): TextItem[] {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    width: Number(match[3]),
    text: unescape(match[4] ?? ''),
  }));
}

// The words of the line that holds `anchor`, left to right: pieces that touch are one word, a gap splits words.
function readLineWords(svg: string, anchor: string): string[] {
  const texts = readSvgTexts(svg);
  const line = texts.find((item) => item.text === anchor);
  expect(line, `"${anchor}" is drawn`).toBeDefined();
  const pieces = texts.filter((item) => Math.abs(item.y - (line?.y ?? 0)) < 1 && item.text.trim() !== '').sort((a, b) => a.x - b.x);
  const words: string[] = [];
  let right = -Infinity;
  for (const piece of pieces) {
    if (piece.x - right < 0.5 && words.length > 0) words[words.length - 1] += piece.text;
    else words.push(piece.text);
    right = piece.x + piece.width;
  }
  return words;
}

function findByRole(node: CardNode, role: string): CardNode | undefined {
  if (node.props['data-role'] === role) return node;
  for (const child of node.props.children ?? []) {
    if (typeof child === 'string') continue;
    const found = findByRole(child, role);
    if (found) return found;
  }
  return undefined;
}

function collectNodes(node: CardNode): CardNode[] {
  return [node, ...(node.props.children ?? []).flatMap((child) => (typeof child === 'string' ? [] : collectNodes(child)))];
}

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

describe('renderCardPng', () => {
  it.each([
    { label: 'og, English, spotlight', input: english, variant: 'og' as const },
    { label: 'og, English, split', input: withLayout(english, 'split'), variant: 'og' as const },
    { label: 'og, Arabic, spotlight', input: arabic, variant: 'og' as const },
    { label: 'og, Arabic, split', input: withLayout(arabic, 'split'), variant: 'og' as const },
    { label: 'story, English, spotlight', input: english, variant: 'story' as const },
    { label: 'story, English, split', input: withLayout(english, 'split'), variant: 'story' as const },
    { label: 'story, Arabic, spotlight', input: arabic, variant: 'story' as const },
    { label: 'story, Arabic, split', input: withLayout(arabic, 'split'), variant: 'story' as const },
    { label: 'og, English, bold', input: withLayout(english, 'bold'), variant: 'og' as const },
    { label: 'og, Arabic, bold', input: withLayout(arabic, 'bold'), variant: 'og' as const },
    { label: 'story, English, bold', input: withLayout(english, 'bold'), variant: 'story' as const },
    { label: 'story, Arabic, bold', input: withLayout(arabic, 'bold'), variant: 'story' as const },
  ])('is a PNG of the variant size: $label', async ({ input, variant }) => {
    const png = await renderCardPng(input, variant);
    expect(readPngSize(png)).toEqual(cardSizes[variant]);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it.each([
    { label: 'Arabic', input: arabic },
    { label: 'Arabic with vowel marks and an English name', input: { ...arabic, playerName: 'Sara Lee', headline: 'نتيجة Sara Lee', resultTitle: 'عَالِمَةُ فَلَكٍ (مستوى ٣)' } },
    { label: 'mixed Arabic, Latin and digits', input: { ...english, headline: 'Sara (سارة) got 8/10', resultTitle: 'The المستكشف 3000' } },
    { label: 'emoji in every text', input: { ...english, playerName: '🦄 Sara', headline: '🦄 Sara got ✨', resultTitle: 'The 🌈 Navigator 👩‍💻', resultEmoji: '🇸🇦' } },
    { label: 'an emoji Twemoji lacks', input: { ...english, resultEmoji: '\u{1FAE9}\u{1FAE9}', headline: 'Sara got \u{1FAE9}' } },
  ])('draws a real card: $label', async ({ input }) => {
    for (const variant of ['og', 'story'] as const) {
      const ink = await measureInk(input, variant);
      expect(ink).toBeGreaterThan(0.04);
    }
  });

  it.each([
    { label: 'a truncated PNG', src: `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64')}` },
    { label: 'an SVG without a size', src: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>').toString('base64')}` },
  ])('still draws the card when an image is $label', async ({ src }) => {
    for (const layout of ['spotlight', 'split'] as const) {
      const input: CardInput = withLayout({ ...english, brand: { ...english.brand, logoDataUri: src }, resultImageDataUri: src }, layout);
      expect(readPngSize(await renderCardPng(input, 'og'))).toEqual(cardSizes.og);
    }
  });

  it('draws emoji as Twemoji images, not as missing glyphs', async () => {
    const svg = await renderTreeToSvg(buildCardTree(english, 'og'), 'og');
    const twemoji = await loadEmojiDataUri('🧭');
    expect(twemoji).toBeDefined();
    expect(svg).toContain(twemoji);
  });
});

describe('word order in what satori draws', () => {
  it('puts the first Arabic word right-most and keeps "8/10" reading 8/10, as Chromium does', async () => {
    const input: CardInput = { ...arabic, quizTitle: 'Quiz', statLine: 'Stat', callToAction: 'Play', brand: { ...arabic.brand, name: 'Brand' } };
    const svg = await renderTreeToSvg(buildCardTree(input, 'og'), 'og', { embedFont: false });
    expect(readLineWords(svg, 'سارة')).toEqual(['الاختبار', 'في', '8/10', 'على', 'حصلت', 'سارة']);
  });

  it('keeps an Arabic name in an English line in Arabic order', async () => {
    const input: CardInput = { ...english, playerName: 'سارة أحمد', headline: 'Well done سارة أحمد!' };
    const svg = await renderTreeToSvg(buildCardTree(input, 'og'), 'og', { embedFont: false });
    expect(readLineWords(svg, 'Well')).toEqual(['Well', 'done', 'أحمد', 'سارة!']);
  });

  it('draws a name that looks like HTML as the literal text, escaped in the SVG', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const input: CardInput = { ...english, playerName: name, headline: `${name} got` };
    const png = await renderCardPng(input, 'og');
    expect(readPngSize(png)).toEqual(cardSizes.og);
    const svg = await renderTreeToSvg(buildCardTree(input, 'og'), 'og', { embedFont: false });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;');
    expect(svg).toContain('&gt;');
    expect(readLineWords(svg, 'got').join(' ')).toBe(`${name} got`);
  });
});

describe('Arabic marks', () => {
  // satori 0.63 adds HarfBuzz's upward y offsets downward; the fonts are patched to cancel it. If this fails
  // after a satori upgrade, satori fixed the sign and `negateGposVerticalOffsets` must go.
  it('draws the kasra and the dot of "بِ" under the letter, where HarfBuzz puts them', async () => {
    const tree: CardNode = { type: 'div', key: null, props: { style: { display: 'flex', fontSize: 100, fontFamily: 'Noto Sans Arabic', direction: 'rtl' }, children: ['بِ'] } };
    const svg = await satori(tree, { width: 400, height: 200, fonts: await loadCardFonts() });
    const boxes = [...svg.matchAll(/ d="([^"]+)"/g)].flatMap((match) =>
      (match[1] ?? '').split('M').slice(1).map((subpath) => {
        const numbers = (subpath.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
        const ys = numbers.filter((_, i) => i % 2 === 1);
        const xs = numbers.filter((_, i) => i % 2 === 0);
        return { top: Math.min(...ys), bottom: Math.max(...ys), width: Math.max(...xs) - Math.min(...xs) };
      }),
    );
    const body = boxes.reduce((widest, box) => (box.width > widest.width ? box : widest));
    expect(boxes.filter((box) => box.top > body.bottom)).toHaveLength(2);
  });
});

describe('buildCardTree', () => {
  const longNames = [
    { label: 'a 60+ character Latin name', name: 'Maximiliana Alexandrova-Featherstonehaugh the Magnificent of Wobbleshire' },
    { label: 'an emoji-heavy name', name: '🦄✨🌈👩‍💻🇸🇦👨‍👩‍👧‍👦'.repeat(6) },
    { label: 'an Arabic name with marks', name: 'عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدِ بْنِ عَبْدِ اللَّهِ الْمُسْتَكْشِفُ الْعَظِيمُ ابْنُ الصَّحْرَاءِ' },
  ];
  const layouts = ['spotlight', 'split'] as const;
  const variants = ['og', 'story'] as const;
  const cases = longNames.flatMap((sample) => layouts.flatMap((layout) => variants.map((variant) => ({ ...sample, layout, variant }))));
  const headlineOf = (name: string, layout: 'spotlight' | 'split', variant: CardVariant) => {
    const input = withLayout({ ...(/\p{Script=Arabic}/u.test(name) ? arabic : english), playerName: name, headline: `${name} got` }, layout);
    return findByRole(buildCardTree(input, variant), 'headline');
  };

  it.each(cases)('sets $label in smaller type in the headline ($layout, $variant)', ({ name, layout, variant }) => {
    const short = headlineOf('Sara', layout, variant);
    const long = headlineOf(name, layout, variant);
    expect(Number(long?.props.style?.fontSize)).toBeLessThan(Number(short?.props.style?.fontSize));
  });

  it.each(cases.map((sample) => ({ ...sample, name: `${sample.name} ${sample.name}` })))(
    'cuts twice $label between graphemes, keeping "got" ($layout, $variant)',
    ({ name, layout, variant }) => {
      const text = headlineOf(name, layout, variant)?.props['data-text'] ?? '';
      expect(text.endsWith('… got')).toBe(true);
      const kept = graphemes(text.slice(0, -'… got'.length));
      expect(kept.length).toBeGreaterThan(3);
      expect(graphemes(name).slice(0, kept.length)).toEqual(kept);
      expect(text).not.toMatch(loneSurrogate);
    },
  );

  it.each([
    { label: 'a URL', src: 'https://example.com/logo.png' },
    { label: 'a path', src: '/demo/logo.svg' },
    { label: 'an SVG that links out', src: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="http://169.254.169.254/"/></svg>').toString('base64')}` },
  ])('leaves out an image that is $label', ({ src }) => {
    const input: CardInput = { ...english, brand: { ...english.brand, logoDataUri: src }, resultImageDataUri: src };
    for (const layout of ['spotlight', 'split'] as const) {
      const sources = collectNodes(buildCardTree(withLayout(input, layout), 'og')).flatMap((node) => (node.props.src ? [node.props.src] : []));
      expect(sources).not.toContain(src);
      expect(sources.every((source) => source.startsWith('data:'))).toBe(true);
    }
  });

  it('is pure: the same input gives the same tree', () => {
    expect(buildCardTree(arabic, 'story')).toEqual(buildCardTree(structuredClone(arabic), 'story'));
  });
});

describe('nothing leaves the card', () => {
  const wide = 'W'.repeat(40);
  const adversarial: Array<{ label: string; input: CardInput }> = [
    {
      label: 'wide capitals everywhere',
      input: {
        ...english,
        quizTitle: `${wide} ${wide} ${wide}`,
        playerName: wide,
        headline: `${wide} got`,
        resultTitle: `${'W'.repeat(30)} WWWWWWW WWWWWWWWWW MMMMMMMMMMMMMMMM`,
        resultEmoji: '🧭🧭🧭🧭',
        statLine: `${wide} ${wide} ${wide}`,
        callToAction: `${wide} ${wide}`,
        brand: { ...english.brand, name: 'W'.repeat(60) },
      },
    },
    {
      label: 'emoji everywhere',
      input: { ...english, playerName: '👨‍👩‍👧‍👦'.repeat(30), headline: `${'👨‍👩‍👧‍👦'.repeat(30)} got`, resultTitle: '🌈'.repeat(40), statLine: '✨'.repeat(60), callToAction: '🎉'.repeat(40) },
    },
    {
      label: 'long Arabic with marks',
      input: {
        ...arabic,
        quizTitle: 'اختبار الشخصية الطويل جدًا عن عادات السفر والمغامرة في كل أنحاء العالم العربي '.repeat(2),
        headline: `نتيجة ${'عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدٍ '.repeat(4)}`,
        playerName: 'عَبْدُ الرَّحْمَٰنِ بْنُ مُحَمَّدٍ '.repeat(4),
        resultTitle: 'المستكشف الشجاع الذي لا يخاف من المجهول أبدًا '.repeat(3),
        statLine: '8/10 · أفضل من 73% من اللاعبين في كل مكان '.repeat(3),
        callToAction: 'وأنت، من تكون؟ العب الآن '.repeat(4),
      },
    },
  ];

  it.each(
    adversarial.flatMap(({ label, input }) =>
      (['spotlight', 'split'] as const).flatMap((layout) => (['og', 'story'] as const).flatMap((variant) => (['noto-sans', 'noto-serif'] as const).map((font) => ({ label, layout, variant, font, input })))),
    ),
  )(
    '$label, $layout, $variant, $font',
    async ({ input, layout, variant, font }) => {
      const { width, height } = cardSizes[variant];
      const outside: string[] = [];
      const dressed = withLayout(input, layout);
      await satori(buildCardTree({ ...dressed, brand: { ...dressed.brand, font } }, variant), {
        width,
        height,
        fonts: await loadCardFonts(),
        loadAdditionalAsset: loadCardAsset,
        onNodeDetected: (node) => {
          const isContent = node.props['data-role'] !== undefined || node.textContent !== undefined;
          const isInside = node.left >= -0.5 && node.top >= -0.5 && node.left + node.width <= width + 0.5 && node.top + node.height <= height + 0.5;
          if (isContent && !isInside) outside.push(`${String(node.props['data-role'] ?? node.textContent)} at ${node.left},${node.top} ${node.width}×${node.height}`);
        },
      });
      expect(outside).toEqual([]);
    },
  );
});

describe('loadEmojiDataUri', () => {
  it.each([
    { label: 'a plain emoji', emoji: '🧭', isFound: true },
    { label: 'an emoji with U+FE0F that Twemoji names without it', emoji: '❤️', isFound: true },
    { label: 'a ZWJ sequence', emoji: '👩‍💻', isFound: true },
    { label: 'a keycap', emoji: '#️⃣', isFound: true },
    { label: 'a flag', emoji: '🇸🇦', isFound: true },
    { label: 'a skin tone', emoji: '👍🏽', isFound: true },
    { label: 'an emoji Twemoji 15 lacks', emoji: '\u{1FAE9}', isFound: false },
    { label: 'a letter', emoji: 'a', isFound: false },
    { label: 'a path-like string', emoji: '../../package', isFound: false },
  ])('$label: found $isFound', async ({ emoji, isFound }) => {
    const uri = await loadEmojiDataUri(emoji);
    if (isFound) expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
    else expect(uri).toBeUndefined();
  });
});

describe('the bold template', () => {
  // The pixel in the middle of the left edge, clear of the bands, the text and the soft circles.
  async function readGroundColor(input: CardInput, variant: CardVariant): Promise<string> {
    const { width, height } = cardSizes[variant];
    const image = new Resvg(await renderTreeToSvg(buildCardTree(input, variant), variant)).render();
    const at = (Math.round(height * 0.45) * width + 6) * 4;
    return `#${[0, 1, 2].map((i) => (image.pixels[at + i] ?? 0).toString(16).padStart(2, '0')).join('')}`;
  }

  it.each([
    { label: 'og, English', input: english, variant: 'og' as const },
    { label: 'story, Arabic', input: arabic, variant: 'story' as const },
  ])('fills the card with the accent where spotlight has the background: $label', async ({ input, variant }) => {
    expect(await readGroundColor(withLayout(input, 'bold'), variant)).toBe(input.brand.primary);
    expect(await readGroundColor(input, variant)).toBe(input.brand.background);
  });

  it('keeps every text readable on the accent: the brand’s light color when it contrasts, else black or white', () => {
    const texts = (input: CardInput) => collectNodes(buildCardTree(input, 'og')).filter((n) => n.props['data-role'] === 'result-title').map((n) => String(n.props.style?.color));
    expect(texts(withLayout(english, 'bold'))).toEqual([english.brand.background]);
    const pale = withLayout({ ...english, brand: { ...english.brand, primary: '#fde68a', background: '#fffbeb' } }, 'bold');
    expect(texts(pale)).toEqual(['#000000']);
  });
});

describe('the brand font', () => {
  const withFont = (input: CardInput, font: CardInput['brand']['font']): CardInput => ({ ...input, brand: { ...input.brand, font } });

  it.each([
    { label: 'English', input: english },
    { label: 'Arabic', input: arabic },
  ])('sets the $label card in the serif families when the brand picks them, and draws it differently', async ({ input }) => {
    const serifTree = JSON.stringify(buildCardTree(withFont(input, 'noto-serif'), 'og'));
    expect(serifTree).toContain('Noto Serif');
    expect(serifTree).toContain('Noto Naskh Arabic');
    expect(JSON.stringify(buildCardTree(withFont(input, 'noto-sans'), 'og'))).not.toContain('Noto Serif');
    const [sans, serif] = await Promise.all([renderCardPng(withFont(input, 'noto-sans'), 'og'), renderCardPng(withFont(input, 'noto-serif'), 'og')]);
    expect(serif.subarray(1, 4).toString()).toBe('PNG');
    expect(serif.equals(sans)).toBe(false);
  });
});
