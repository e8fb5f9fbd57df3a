'use client';

import type { StudioLocale } from '@/lib/studio-i18n';
import { LaunchPanel } from '../LaunchPanel';
import { GameBrandPanel } from './GameBrandPanel';
import { GameChecksPanel } from './GameChecksPanel';
import { GameEditor } from './GameEditor';
import { LeadsPanel } from './LeadsPanel';

/** The editor's tabs for a mini-game: a quiz's, with its leads instead of the embed. */
export const gameTabs = ['content', 'brand', 'checks', 'launch', 'leads'] as const;
export type GameTab = (typeof gameTabs)[number];

/** The panel of a mini-game's tab: its content and brand editors and checks, the quizzes' launch panel, its leads. */
export function GamePanel({ tab, locale }: { tab: string; locale: StudioLocale }) {
  switch (tab) {
    case 'content':
      return <GameEditor locale={locale} />;
    case 'brand':
      return <GameBrandPanel locale={locale} />;
    case 'checks':
      return <GameChecksPanel locale={locale} />;
    case 'launch':
      return <LaunchPanel locale={locale} />;
    case 'leads':
      return <LeadsPanel locale={locale} />;
    default:
      return null;
  }
}
