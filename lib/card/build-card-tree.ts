import { splitIntoVisualRuns, type BidiRun, type BidiText, type BidiWord } from './bidi';
import { mixColors, pickReadableColor } from './contrast';
import { fitText, fitTextShortening, measureTextEm, type FitStep } from './fit-text';
import { readImageAspectRatio, toSafeImageSrc } from './image-src';
import {
  cardFontFamilies,
  cardSerifFamilies,
  cardSizes,
  type CardChild,
  type CardInput,
  type CardNode,
  type CardStyle,
  type CardVariant,
  type TextDirection,
} from './types';

/** The colors of one card, all derived from the brand's three and checked for contrast. */
type Theme = {
  fontFamily: string;
  direction: TextDirection;
  locale: CardInput['locale'];
  background: string;
  /** body text: the brand's text color when readable on the background, else black or white */
  text: string;
  /** secondary text: between text and background, still readable */
  muted: string;
  accent: string;
  /** text and icons on the accent */
  onAccent: string;
  /** a wash of the accent on the background: chips, halos */
  accentWash: string;
};

type TextOptions = {
  role: string;
  steps: FitStep[];
  boxWidthPx: number;
  weight: 400 | 700;
  color: string;
  align: 'start' | 'center';
  /** a part to shorten first when the text must be cut (the player's name in the headline) */
  shortenPart?: string;
};

/** The layouts, by variant: every size and box a text is fitted into. */
type Metrics = {
  padX: number;
  padY: number;
  quizTitle: FitStep[];
  headline: FitStep[];
  avatarPx: number;
  heroPx: number;
  emojiPx: number;
  resultTitle: FitStep[];
  statLine: FitStep[];
  callToAction: FitStep[];
  brandName: FitStep[];
  logoPx: number;
  gapPx: number;
};

// The brand's family first; satori falls back by glyph coverage, so the sans subsets cover every other script.
const sansFamily = Object.values(cardFontFamilies).join(', ');
const serifFamily = [...Object.values(cardSerifFamilies), ...Object.values(cardFontFamilies)].join(', ');
const serifWidthFactor = 0.9;
const arabicLetters = /\p{Script=Arabic}/u;
// The width of a space in Noto Sans and Noto Sans Arabic, in em: the gap between words, which are separate boxes.
const spaceEm = 0.26;
// Arabic marks sit higher and lower than Latin ascenders and descenders.
const lineHeightLatin = 1.18;
const lineHeightArabic = 1.5;
const splitMediaShare = { og: 0.37, story: 0.42 } as const;

/**
 * Builds the element tree satori lays out for a card, as plain objects, from the input alone (pure: the same
 * input and variant give the same tree). `spotlight` centers everything around a big emoji or image; `split`
 * puts the image or emoji on one side and the text on the other (top and bottom in a story), mirrored for
 * Arabic; `bold` is spotlight with the brand's accent as the card's ground (see `makeBoldTheme`). Every text
 * is fitted with `fitText` (a smaller size, then an ellipsis) and split into directional runs with
 * `splitIntoVisualRuns`, so wrapping and mixed Arabic and Latin text read as in a browser. Images that are
 * not safe `data:` URIs are left out. Elements carry a `data-role` naming the part they draw.
 */
export function buildCardTree(input: CardInput, variant: CardVariant): CardNode {
  if (input.brand.cardLayout === 'split') return buildSplit(input, variant, makeTheme(input));
  return buildSpotlight(input, variant, input.brand.cardLayout === 'bold' ? makeBoldTheme(input) : makeTheme(input));
}

function makeTheme(input: CardInput): Theme {
  const { background, primary } = input.brand;
  const text = pickReadableColor(input.brand.text, background, 7);
  const muted = pickReadableColor(mixColors(text, background, 0.28), background, 4.5);
  const onAccent = pickReadableColor('#ffffff', primary, 4.5);
  return {
    fontFamily: input.brand.font === 'noto-serif' ? serifFamily : sansFamily,
    direction: input.locale === 'ar' ? 'rtl' : 'ltr',
    locale: input.locale,
    background,
    text,
    muted,
    accent: primary,
    onAccent,
    accentWash: mixColors(background, primary, 0.14),
  };
}

// The bold template: the accent fills the card, and the brand's background color becomes the accent (pills, the
// avatar, the button). Texts keep a readable contrast on the accent, in the brand's own light color when it has one.
function makeBoldTheme(input: CardInput): Theme {
  const ground = input.brand.primary;
  const accent = input.brand.background;
  const text = pickReadableColor(accent, ground, 4.5);
  return {
    fontFamily: input.brand.font === 'noto-serif' ? serifFamily : sansFamily,
    direction: input.locale === 'ar' ? 'rtl' : 'ltr',
    locale: input.locale,
    background: ground,
    text,
    muted: pickReadableColor(mixColors(text, ground, 0.22), ground, 4.5),
    accent,
    onAccent: pickReadableColor(ground, accent, 4.5),
    accentWash: mixColors(ground, accent, 0.16),
  };
}

const spotlightMetrics: Record<CardVariant, Metrics> = {
  og: {
    padX: 64,
    padY: 40,
    quizTitle: [{ fontSizePx: 24, maxLines: 1 }, { fontSizePx: 21, maxLines: 1 }, { fontSizePx: 19, maxLines: 1 }],
    headline: [{ fontSizePx: 30, maxLines: 1 }, { fontSizePx: 26, maxLines: 1 }, { fontSizePx: 22, maxLines: 1 }],
    avatarPx: 44,
    heroPx: 132,
    emojiPx: 84,
    resultTitle: [
      { fontSizePx: 80, maxLines: 1 },
      { fontSizePx: 68, maxLines: 1 },
      { fontSizePx: 56, maxLines: 2 },
      { fontSizePx: 46, maxLines: 2 },
    ],
    statLine: [{ fontSizePx: 26, maxLines: 1 }, { fontSizePx: 22, maxLines: 1 }, { fontSizePx: 19, maxLines: 1 }],
    callToAction: [{ fontSizePx: 26, maxLines: 1 }, { fontSizePx: 22, maxLines: 1 }, { fontSizePx: 19, maxLines: 1 }],
    brandName: [{ fontSizePx: 24, maxLines: 1 }, { fontSizePx: 20, maxLines: 1 }, { fontSizePx: 18, maxLines: 2 }],
    logoPx: 44,
    gapPx: 14,
  },
  story: {
    padX: 80,
    padY: 110,
    quizTitle: [{ fontSizePx: 40, maxLines: 2 }, { fontSizePx: 34, maxLines: 2 }, { fontSizePx: 30, maxLines: 2 }],
    headline: [{ fontSizePx: 54, maxLines: 1 }, { fontSizePx: 44, maxLines: 2 }, { fontSizePx: 36, maxLines: 2 }],
    avatarPx: 80,
    heroPx: 480,
    emojiPx: 290,
    resultTitle: [
      { fontSizePx: 136, maxLines: 1 },
      { fontSizePx: 112, maxLines: 2 },
      { fontSizePx: 92, maxLines: 2 },
      { fontSizePx: 76, maxLines: 3 },
    ],
    statLine: [{ fontSizePx: 44, maxLines: 1 }, { fontSizePx: 38, maxLines: 2 }, { fontSizePx: 32, maxLines: 2 }],
    callToAction: [{ fontSizePx: 46, maxLines: 1 }, { fontSizePx: 40, maxLines: 2 }, { fontSizePx: 34, maxLines: 2 }],
    brandName: [{ fontSizePx: 38, maxLines: 1 }, { fontSizePx: 32, maxLines: 1 }, { fontSizePx: 28, maxLines: 1 }],
    logoPx: 76,
    gapPx: 40,
  },
};

const splitMetrics: Record<CardVariant, Metrics> = {
  og: {
    padX: 56,
    padY: 48,
    quizTitle: [{ fontSizePx: 24, maxLines: 1 }, { fontSizePx: 21, maxLines: 2 }, { fontSizePx: 19, maxLines: 2 }],
    headline: [{ fontSizePx: 30, maxLines: 1 }, { fontSizePx: 26, maxLines: 1 }, { fontSizePx: 22, maxLines: 1 }],
    avatarPx: 44,
    heroPx: 300,
    emojiPx: 190,
    resultTitle: [
      { fontSizePx: 68, maxLines: 1 },
      { fontSizePx: 58, maxLines: 2 },
      { fontSizePx: 48, maxLines: 2 },
      { fontSizePx: 40, maxLines: 3 },
    ],
    statLine: [{ fontSizePx: 24, maxLines: 1 }, { fontSizePx: 21, maxLines: 2 }, { fontSizePx: 19, maxLines: 2 }],
    callToAction: [{ fontSizePx: 24, maxLines: 1 }, { fontSizePx: 21, maxLines: 1 }, { fontSizePx: 19, maxLines: 1 }],
    brandName: [{ fontSizePx: 22, maxLines: 1 }, { fontSizePx: 19, maxLines: 1 }, { fontSizePx: 17, maxLines: 1 }],
    logoPx: 40,
    gapPx: 16,
  },
  story: {
    padX: 80,
    padY: 72,
    quizTitle: [{ fontSizePx: 36, maxLines: 1 }, { fontSizePx: 32, maxLines: 2 }, { fontSizePx: 28, maxLines: 2 }],
    headline: [{ fontSizePx: 46, maxLines: 1 }, { fontSizePx: 40, maxLines: 2 }, { fontSizePx: 34, maxLines: 2 }],
    avatarPx: 72,
    heroPx: 520,
    emojiPx: 300,
    resultTitle: [
      { fontSizePx: 120, maxLines: 1 },
      { fontSizePx: 100, maxLines: 2 },
      { fontSizePx: 84, maxLines: 2 },
      { fontSizePx: 70, maxLines: 3 },
    ],
    statLine: [{ fontSizePx: 40, maxLines: 1 }, { fontSizePx: 34, maxLines: 2 }, { fontSizePx: 30, maxLines: 2 }],
    callToAction: [{ fontSizePx: 44, maxLines: 1 }, { fontSizePx: 38, maxLines: 2 }, { fontSizePx: 32, maxLines: 2 }],
    brandName: [{ fontSizePx: 36, maxLines: 1 }, { fontSizePx: 30, maxLines: 1 }, { fontSizePx: 26, maxLines: 1 }],
    logoPx: 68,
    gapPx: 32,
  },
};

function buildSpotlight(input: CardInput, variant: CardVariant, theme: Theme): CardNode {
  const { width, height } = cardSizes[variant];
  const m = spotlightMetrics[variant];
  const contentWidth = width - 2 * m.padX;
  const isStory = variant === 'story';
  const quizTitle = textBlock(input.quizTitle, theme, {
    role: 'quiz-title',
    steps: m.quizTitle,
    boxWidthPx: contentWidth - (isStory ? 0 : 40),
    weight: 700,
    color: theme.muted,
    align: 'center',
  });
  const dotPx = Math.round((m.quizTitle[0]?.fontSizePx ?? 24) * 0.45);
  const titleRow = div(
    { display: 'flex', flexDirection: rowOf(theme.direction), alignItems: 'center', justifyContent: 'center', gap: dotPx },
    [div({ display: 'flex', width: dotPx, height: dotPx, borderRadius: dotPx / 2, backgroundColor: theme.accent, flexShrink: 0 }), quizTitle],
  );
  // A story is read top down: who made it, what it is; an og card keeps its brand in the footer, by the button.
  const brand = brandMark(input, theme, m, isStory ? contentWidth : Math.round(contentWidth * 0.4));
  const header = isStory
    ? div({ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 28 }, [brand, titleRow], 'header')
    : div({ display: 'flex', flexDirection: 'column', alignItems: 'center' }, [titleRow], 'header');
  const main = div(
    { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', flexGrow: 1, gap: m.gapPx },
    [
      nameLine(input, theme, m, contentWidth, 'center'),
      hero(input, theme, m, 'halo'),
      textBlock(input.resultTitle, theme, {
        role: 'result-title',
        steps: m.resultTitle,
        boxWidthPx: contentWidth,
        weight: 700,
        color: theme.text,
        align: 'center',
      }),
      statChip(input, theme, m, contentWidth - 2 * chipPadX(m), 'center'),
    ],
    'main',
  );
  const cta = callToActionPill(input, theme, m, isStory ? contentWidth - 160 : Math.round(contentWidth * 0.55) - 120);
  const footer = isStory
    ? div({ display: 'flex', flexDirection: 'column', alignItems: 'center' }, [cta], 'footer')
    : div({ display: 'flex', flexDirection: rowOf(theme.direction), alignItems: 'center', justifyContent: 'space-between' }, [cta, brand], 'footer');
  return root(theme, width, height, [
    ...decorations(theme, width, variant),
    div(
      {
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        width,
        height,
        boxSizing: 'border-box',
        padding: `${m.padY + (isStory ? 0 : 8)}px ${m.padX}px ${m.padY}px`,
        gap: isStory ? 40 : 8,
      },
      [header, main, footer],
      'frame',
    ),
  ]);
}

function buildSplit(input: CardInput, variant: CardVariant, theme: Theme): CardNode {
  const { width, height } = cardSizes[variant];
  const m = splitMetrics[variant];
  const isStory = variant === 'story';
  const mediaWidth = isStory ? width : Math.round(width * splitMediaShare.og);
  const mediaHeight = isStory ? Math.round(height * splitMediaShare.story) : height;
  const contentWidth = (isStory ? width : width - mediaWidth) - 2 * m.padX;
  const image = toSafeImageSrc(input.resultImageDataUri);
  const media = div(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: mediaWidth,
      height: mediaHeight,
      flexShrink: 0,
      backgroundColor: theme.accent,
      position: 'relative',
    },
    image
      ? [img(image, mediaWidth, mediaHeight, { objectFit: 'cover' }, 'result-image')]
      : [
          div({
            display: 'flex',
            position: 'absolute',
            width: Math.round(Math.min(mediaWidth, mediaHeight) * 0.82),
            height: Math.round(Math.min(mediaWidth, mediaHeight) * 0.82),
            borderRadius: Math.round(Math.min(mediaWidth, mediaHeight) * 0.41),
            backgroundColor: mixColors(theme.accent, theme.onAccent, 0.1),
          }),
          hero(input, theme, m, 'on-accent'),
        ],
    'media',
  );
  const align = startOf(theme.direction);
  const top = div({ display: 'flex', flexDirection: 'column', alignItems: align, gap: isStory ? 18 : 10 }, [
    brandMark(input, theme, m, contentWidth),
    textBlock(input.quizTitle, theme, { role: 'quiz-title', steps: m.quizTitle, boxWidthPx: contentWidth, weight: 400, color: theme.muted, align: 'start' }),
  ]);
  const main = div(
    { display: 'flex', flexDirection: 'column', alignItems: align, justifyContent: 'center', flexGrow: 1, gap: m.gapPx },
    [
      nameLine(input, theme, m, contentWidth, 'start'),
      textBlock(input.resultTitle, theme, {
        role: 'result-title',
        steps: m.resultTitle,
        boxWidthPx: contentWidth,
        weight: 700,
        color: theme.text,
        align: 'start',
      }),
      statChip(input, theme, m, contentWidth - 2 * chipPadX(m), 'start'),
    ],
    'main',
  );
  const footer = div({ display: 'flex', flexDirection: rowOf(theme.direction) }, [callToActionPill(input, theme, m, contentWidth - 140)], 'footer');
  const content = div(
    {
      display: 'flex',
      flexDirection: 'column',
      flexGrow: 1,
      width: contentWidth + 2 * m.padX,
      boxSizing: 'border-box',
      padding: `${m.padY}px ${m.padX}px`,
      gap: isStory ? 32 : 12,
    },
    [top, main, footer],
  );
  return root(theme, width, height, [
    div(
      { display: 'flex', flexDirection: isStory ? 'column' : rowOf(theme.direction), width, height },
      [media, div({ display: 'flex', flexShrink: 0, backgroundColor: theme.accent, ...(isStory ? { height: 10, width } : { width: 10, height }) }), content],
    ),
  ]);
}

function root(theme: Theme, width: number, height: number, children: CardChild[]): CardNode {
  return div(
    {
      display: 'flex',
      position: 'relative',
      width,
      height,
      backgroundColor: theme.background,
      color: theme.text,
      fontFamily: theme.fontFamily,
    },
    children,
    'card',
  );
}

// Soft shapes in the accent behind the content: depth without competing with the text.
function decorations(theme: Theme, width: number, variant: CardVariant): CardNode[] {
  const big = variant === 'story' ? 900 : 560;
  const small = variant === 'story' ? 620 : 380;
  const isRtl = theme.direction === 'rtl';
  const side = (start: number): CardStyle => (isRtl ? { left: start } : { right: start });
  const otherSide = (start: number): CardStyle => (isRtl ? { right: start } : { left: start });
  const disc = (size: number, tint: number): CardStyle => ({
    display: 'flex',
    position: 'absolute',
    width: size,
    height: size,
    borderRadius: size / 2,
    backgroundColor: mixColors(theme.background, theme.accent, tint),
  });
  const band = variant === 'story' ? 16 : 10;
  return [
    div({ ...disc(big, 0.1), top: -big * 0.45, ...side(-big * 0.3) }),
    div({ ...disc(small, 0.07), bottom: -small * 0.55, ...otherSide(-small * 0.35) }),
    div({ display: 'flex', position: 'absolute', top: 0, left: 0, width, height: band, backgroundColor: theme.accent }),
    div({ display: 'flex', position: 'absolute', bottom: 0, left: 0, width, height: band, backgroundColor: theme.accent }),
  ];
}

function nameLine(input: CardInput, theme: Theme, m: Metrics, boxWidthPx: number, align: 'start' | 'center'): CardNode | undefined {
  const initial = pickInitial(input.playerName);
  const headline = textBlock(input.headline, theme, {
    role: 'headline',
    steps: m.headline,
    boxWidthPx: boxWidthPx - (initial ? m.avatarPx + 14 : 0),
    weight: 400,
    color: theme.text,
    align,
    shortenPart: input.playerName.trim(),
  });
  if (!headline) return undefined;
  const avatar = initial
    ? div(
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
          width: m.avatarPx,
          height: m.avatarPx,
          borderRadius: m.avatarPx / 2,
          backgroundColor: theme.accent,
        },
        [
          textBlock(initial.toLocaleUpperCase(theme.locale), theme, {
            role: 'avatar-initial',
            steps: [{ fontSizePx: Math.round(m.avatarPx * 0.5), maxLines: 1 }],
            boxWidthPx: m.avatarPx * 2,
            weight: 700,
            color: theme.onAccent,
            align: 'center',
          }),
        ],
        'avatar',
      )
    : undefined;
  return div({ display: 'flex', flexDirection: rowOf(theme.direction), alignItems: 'center', gap: 14 }, [avatar, headline], 'name-line');
}

function hero(input: CardInput, theme: Theme, m: Metrics, look: 'halo' | 'on-accent'): CardNode | undefined {
  const image = look === 'halo' ? toSafeImageSrc(input.resultImageDataUri) : undefined;
  if (image) return img(image, m.heroPx, m.heroPx, { objectFit: 'cover', borderRadius: Math.round(m.heroPx * 0.22) }, 'result-image');
  const emoji = input.resultEmoji?.trim();
  if (!emoji) return undefined;
  const glyph = textBlock(emoji, theme, {
    role: 'result-emoji',
    steps: [
      { fontSizePx: m.emojiPx, maxLines: 1 },
      { fontSizePx: Math.round(m.emojiPx * 0.7), maxLines: 1 },
      { fontSizePx: Math.round(m.emojiPx * 0.5), maxLines: 1 },
    ],
    boxWidthPx: look === 'halo' ? Math.round(m.heroPx * 0.9) : m.heroPx * 1.6,
    weight: 400,
    color: look === 'halo' ? theme.text : theme.onAccent,
    align: 'center',
  });
  // Positioned, so it paints above the absolutely placed disc behind it.
  if (look === 'on-accent') return glyph && div({ display: 'flex', position: 'relative' }, [glyph], 'hero');
  return div(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      flexShrink: 0,
      boxSizing: 'border-box',
      width: m.heroPx,
      height: m.heroPx,
      borderRadius: m.heroPx / 2,
      // A ring as a disc behind a padded disc, not a border: satori draws a rounded border as a clipped stroke,
      // which is more for resvg to paint and looks no different.
      padding: Math.max(3, Math.round(m.heroPx / 40)),
      backgroundColor: mixColors(theme.accentWash, theme.accent, 0.3),
    },
    [div({ display: 'flex', alignItems: 'center', justifyContent: 'center', width: '100%', height: '100%', borderRadius: m.heroPx / 2, backgroundColor: theme.accentWash }, [glyph])],
    'hero',
  );
}

function chipPadX(m: Metrics): number {
  return Math.round((m.statLine[0]?.fontSizePx ?? 24) * 0.8);
}

function statChip(input: CardInput, theme: Theme, m: Metrics, boxWidthPx: number, align: 'start' | 'center'): CardNode | undefined {
  const text = textBlock(input.statLine, theme, {
    role: 'stat-line',
    steps: m.statLine,
    boxWidthPx,
    weight: 700,
    color: theme.text,
    align,
  });
  if (!text) return undefined;
  const padY = Math.round((m.statLine[0]?.fontSizePx ?? 24) * 0.38);
  return div(
    { display: 'flex', padding: `${padY}px ${chipPadX(m)}px`, borderRadius: 999, backgroundColor: theme.accentWash },
    [text],
    'stat-chip',
  );
}

function callToActionPill(input: CardInput, theme: Theme, m: Metrics, boxWidthPx: number): CardNode | undefined {
  const size = m.callToAction[0]?.fontSizePx ?? 24;
  const text = textBlock(input.callToAction, theme, {
    role: 'call-to-action',
    steps: m.callToAction,
    boxWidthPx,
    weight: 700,
    color: theme.onAccent,
    align: 'center',
  });
  if (!text) return undefined;
  const arrowPx = Math.round(size * 1.05);
  return div(
    {
      display: 'flex',
      flexDirection: rowOf(theme.direction),
      alignItems: 'center',
      gap: Math.round(size * 0.5),
      padding: `${Math.round(size * 0.55)}px ${Math.round(size * 1.05)}px`,
      borderRadius: 999,
      backgroundColor: theme.accent,
    },
    [text, img(arrowDataUri(theme.onAccent, theme.direction), arrowPx, arrowPx, {}, 'arrow')],
    'cta',
  );
}

function brandMark(input: CardInput, theme: Theme, m: Metrics, boxWidthPx: number): CardNode | undefined {
  const logo = toSafeImageSrc(input.brand.logoDataUri);
  // A logo keeps its own shape at the row's height, within reason: a very wide wordmark is letterboxed.
  const logoWidth = logo ? Math.round(m.logoPx * Math.min(4, Math.max(0.5, readImageAspectRatio(logo) ?? 1))) : 0;
  const gap = Math.round(m.logoPx * 0.3);
  const name = textBlock(input.brand.name, theme, {
    role: 'brand-name',
    steps: m.brandName,
    boxWidthPx: boxWidthPx - (logo ? logoWidth + gap : 0),
    weight: 700,
    color: theme.text,
    align: 'start',
  });
  const logoNode = logo ? img(logo, logoWidth, m.logoPx, { objectFit: 'contain', flexShrink: 0 }, 'logo') : undefined;
  if (!name && !logoNode) return undefined;
  return div({ display: 'flex', flexDirection: rowOf(theme.direction), alignItems: 'center', gap }, [logoNode, name], 'brand');
}

/**
 * A fitted paragraph: a wrapping row of words (reversed for right-to-left text), the space between words as a
 * gap, nested runs of the other direction kept inside their word.
 */
function textBlock(text: string, theme: Theme, options: TextOptions): CardNode | undefined {
  // The width tables are Noto Sans'; Noto Serif and Naskh run up to about a tenth wider, so they are fitted to a
  // narrower box (the text stays inside the real one).
  const spec = { steps: options.steps, boxWidthPx: theme.fontFamily === serifFamily ? Math.floor(options.boxWidthPx * serifWidthFactor) : options.boxWidthPx };
  const fitted = options.shortenPart ? fitTextShortening(text.trim(), options.shortenPart, spec) : fitText(text.trim(), spec);
  const run = splitIntoVisualRuns(fitted.text, theme.direction);
  if (run.words.length === 0) return undefined;
  const lineHeightPx = Math.ceil(fitted.fontSizePx * (arabicLetters.test(fitted.text) ? lineHeightArabic : lineHeightLatin));
  const gap = Math.round(fitted.fontSizePx * spaceEm);
  // Text that may wrap gets the box's full width: a wrapping row measured inside another row keeps the height of
  // one line (a layout engine quirk), so its background and its neighbours would not make room for the rest.
  const mayWrap = measureTextEm(fitted.text) * fitted.fontSizePx > spec.boxWidthPx;
  return {
    type: 'div',
    key: null,
    props: {
      'data-role': options.role,
      'data-text': fitted.text,
      style: {
        display: 'flex',
        flexDirection: rowOf(run.direction),
        flexWrap: 'wrap',
        justifyContent: options.align === 'center' ? 'center' : 'flex-start',
        alignItems: 'baseline',
        columnGap: gap,
        ...(mayWrap ? { width: options.boxWidthPx } : {}),
        maxWidth: options.boxWidthPx,
        fontSize: fitted.fontSizePx,
        fontWeight: options.weight,
        lineHeight: `${lineHeightPx}px`,
        color: options.color,
      },
      children: run.words.map((word) => wordNode(word, run.direction, gap)),
    },
  };
}

function wordNode(word: BidiWord, direction: TextDirection, gap: number): CardNode {
  const [only] = word;
  if (word.length === 1 && only?.kind === 'text') return leaf(only);
  return div(
    { display: 'flex', flexDirection: rowOf(direction), flexWrap: 'nowrap', alignItems: 'baseline' },
    word.map((part) => (part.kind === 'text' ? leaf(part) : runNode(part, gap))),
  );
}

function runNode(run: BidiRun, gap: number): CardNode {
  return div(
    { display: 'flex', flexDirection: rowOf(run.direction), flexWrap: 'nowrap', alignItems: 'baseline', columnGap: gap },
    run.words.map((word) => wordNode(word, run.direction, gap)),
  );
}

// One direction, no spaces: satori's own bidi, told the direction, has nothing left to reorder.
// A word wider than its line (fitting estimates widths, "WWWW" is wider than most) breaks rather than overflows.
function leaf(piece: BidiText): CardNode {
  const style: CardStyle = { display: 'flex', maxWidth: '100%', overflowWrap: 'anywhere' };
  return div(piece.direction === 'rtl' ? { ...style, direction: 'rtl' } : style, [piece.text]);
}

function div(style: CardStyle, children: Array<CardChild | undefined> = [], role?: string): CardNode {
  const kept = children.filter((child): child is CardChild => child !== undefined);
  return { type: 'div', key: null, props: role ? { style, children: kept, 'data-role': role } : { style, children: kept } };
}

function img(src: string, width: number, height: number, style: CardStyle, role: string): CardNode {
  return { type: 'img', key: null, props: { src, width, height, style, 'data-role': role } };
}

function rowOf(direction: TextDirection): 'row' | 'row-reverse' {
  return direction === 'rtl' ? 'row-reverse' : 'row';
}

function startOf(direction: TextDirection): 'flex-start' | 'flex-end' {
  return direction === 'rtl' ? 'flex-end' : 'flex-start';
}

// The avatar shows the name's first letter, digit or emoji (not a quote or a bracket), without its vowel marks.
function pickInitial(name: string): string {
  let first = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name.trim())) {
    first ||= segment;
    if (/\p{L}/u.test(segment)) return segment.replace(/\p{M}/gu, '');
    if (/[\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(segment)) return segment;
  }
  return first;
}

// An arrow pointing the way the text reads, drawn (not a glyph: the fonts' subsets have no arrows).
function arrowDataUri(color: string, direction: TextDirection): string {
  const path = direction === 'rtl' ? 'M19 12H5M11 5l-7 7 7 7' : 'M5 12h14M13 5l7 7-7 7';
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">' +
    `<path d="${path}" fill="none" stroke="${color}" stroke-width="2.75" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
