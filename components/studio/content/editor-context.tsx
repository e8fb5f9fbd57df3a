'use client';

import { createContext, useContext } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';

/**
 * What the content editor's parts share besides the draft: the studio's language (labels), the quiz's language
 * and direction (what the author types), a live region to announce moves and removals, and a way to put the
 * focus on an element that the next render creates (a new question's text, a moved item's button).
 */
export type ContentEditorContextValue = {
  locale: StudioLocale;
  t: (key: StudioMessageKey, values?: Record<string, string | number>) => string;
  contentLang: 'en' | 'ar';
  contentDir: 'ltr' | 'rtl';
  announce: (message: string) => void;
  focusSoon: (elementId: string) => void;
};

export const ContentEditorContext = createContext<ContentEditorContextValue | null>(null);

export function useContentEditor(): ContentEditorContextValue {
  const value = useContext(ContentEditorContext);
  if (!value) throw new Error('useContentEditor is used outside the content editor');
  return value;
}

/** The studio's messages in one language, as a function. */
export function makeTranslator(locale: StudioLocale): ContentEditorContextValue['t'] {
  return (key, values) => studioText(locale, key, values);
}
