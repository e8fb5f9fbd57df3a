/** Everything a result card shows. Texts arrive already localized; images arrive as data URIs, never as URLs. */
export type CardInput = {
  /** the card's language; `ar` lays the card out right to left */
  locale: 'en' | 'ar';
  quizTitle: string;
  /** may be '' (then no avatar beside the headline) */
  playerName: string;
  /** already localized, e.g. "Sara got" / "نتيجة سارة" */
  headline: string;
  /** e.g. "The Explorer" / "المستكشف" */
  resultTitle: string;
  /** e.g. "🧭" */
  resultEmoji?: string;
  /** e.g. "8/10 · Better than 73% of players" / "12% of players got this" */
  statLine: string;
  /** e.g. "Which one are you?" */
  callToAction: string;
  brand: {
    name: string;
    /** #rrggbb: the accent (band, pill, avatar) */
    primary: string;
    /** #rrggbb: the card's ground */
    background: string;
    /** #rrggbb: the text on the ground */
    text: string;
    /** spotlight and split lay the card out; bold is spotlight with the accent filling the card */
    cardLayout: 'spotlight' | 'split' | 'bold';
    /** the shipped family the text is set in; Noto Sans when left out */
    font?: 'noto-sans' | 'noto-serif';
    logoDataUri?: string;
  };
  resultImageDataUri?: string;
};

/** og: the 1200×630 link preview; story: the 1080×1920 vertical image for stories. */
export type CardVariant = 'og' | 'story';

/** The pixel size of each variant. */
export const cardSizes: Record<CardVariant, { width: number; height: number }> = {
  og: { width: 1200, height: 630 },
  story: { width: 1080, height: 1920 },
};

/** The font families the card's text is set in, one per shipped subset; satori falls back by glyph coverage. */
export const cardFontFamilies = {
  latin: 'Noto Sans',
  latinExt: 'Noto Sans Latin Ext',
  vietnamese: 'Noto Sans Vietnamese',
  cyrillic: 'Noto Sans Cyrillic',
  greek: 'Noto Sans Greek',
  arabic: 'Noto Sans Arabic',
} as const;

/** The serif families (Latin and Arabic Naskh); text they lack falls back to the sans families above. */
export const cardSerifFamilies = {
  latin: 'Noto Serif',
  latinExt: 'Noto Serif Latin Ext',
  arabic: 'Noto Naskh Arabic',
} as const;

export type TextDirection = 'ltr' | 'rtl';

/** A CSS value as satori reads it. */
export type CardStyleValue = string | number;
export type CardStyle = Record<string, CardStyleValue>;

/** What a card element may hold: other elements or text. */
export type CardChild = CardNode | string;

/**
 * One element of the tree satori lays out, as a plain object (no React). `key: null` makes it structurally a
 * React element, which is the type satori's signature asks for. `data-role` and `data-text` describe the element
 * for tests; satori ignores them.
 */
export type CardNode = {
  type: 'div' | 'img';
  key: null;
  props: {
    style?: CardStyle;
    children?: CardChild[];
    src?: string;
    width?: number;
    height?: number;
    'data-role'?: string;
    /** on a text block: the text it shows after fitting */
    'data-text'?: string;
  };
};
