import { analyticsMessages } from './analytics';
import { authMessages } from './auth';
import { brandMessages } from './brand';
import { editorMessages } from './editor';
import { embedMessages } from './embed';
import { gamesMessages } from './games';
import { launchMessages } from './launch';
import { settingsMessages } from './settings';

/** The studio's languages: its own UI language, independent of the language of the quiz being edited. */
export type StudioLocale = 'en' | 'ar';

const en = { ...authMessages.en, ...editorMessages.en, ...brandMessages.en, ...launchMessages.en, ...settingsMessages.en, ...analyticsMessages.en, ...embedMessages.en, ...gamesMessages.en };
export type StudioMessageKey = keyof typeof en;
const ar: Record<StudioMessageKey, string> = { ...authMessages.ar, ...editorMessages.ar, ...brandMessages.ar, ...launchMessages.ar, ...settingsMessages.ar, ...analyticsMessages.ar, ...embedMessages.ar, ...gamesMessages.ar };

/** A studio message in the studio's language, with its {placeholders} filled. */
export function studioText(locale: StudioLocale, key: StudioMessageKey, values: Record<string, string | number> = {}): string {
  const template = (locale === 'ar' ? ar : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
