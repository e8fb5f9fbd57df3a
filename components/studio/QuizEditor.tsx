'use client';

import Link from 'next/link';
import { useState } from 'react';
import { isStudioGame, type StudioItem } from '@/lib/studio-quiz';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import type { WorkspaceRole } from '@/lib/roles';
import { BrandPanel } from './BrandPanel';
import { ChecksPanel } from './ChecksPanel';
import { ContentEditor } from './ContentEditor';
import type { DraftIssue } from './draft-context';
import { DraftProvider } from './DraftProvider';
import { EmbedPanel } from './embed/EmbedPanel';
import { GamePanel, gameTabs, type GameTab } from './games/GamePanel';
import { LaunchPanel } from './LaunchPanel';

const quizTabs = ['content', 'brand', 'checks', 'launch', 'embed'] as const;
type Tab = (typeof quizTabs)[number] | GameTab;

/**
 * The quiz editor: one draft shared by five panels (content, brand, pre-launch checks, launch and campaign, embed);
 * a mini-game (wheel, scratch card) gets its own content, brand and checks panels and a leads tab (games/GamePanel).
 */
export function QuizEditor(props: { locale: StudioLocale; quiz: StudioItem; role: WorkspaceRole; initialIssues: DraftIssue[]; initialTab?: string }) {
  const { locale, quiz, role } = props;
  const isGame = isStudioGame(quiz);
  const tabs: readonly Tab[] = isGame ? gameTabs : quizTabs;
  const [tab, setTab] = useState<Tab>(tabs.find((t) => t === props.initialTab) ?? 'content');
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  const labels: Record<Tab, string> = { content: t('tab_content'), brand: t('tab_brand'), checks: t('tab_checks'), launch: t('tab_launch'), embed: t('tab_embed'), leads: t('games_tab_leads') };
  return (
    <DraftProvider quiz={quiz} role={role} initialIssues={props.initialIssues}>
      <div className="editor" lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
        <nav className="editor-tabs" role="tablist" aria-label={quiz.title}>
          <Link className="editor-back" href="/studio" aria-label={t('editor_back')} title={t('editor_back')}>
            <span aria-hidden="true">{locale === 'ar' ? '→' : '←'}</span>
          </Link>
          {tabs.map((name) => (
            <button key={name} type="button" role="tab" id={`tab-${name}`} aria-selected={tab === name} aria-controls={`panel-${name}`} className="editor-tab" onClick={() => setTab(name)}>
              {labels[name]}
            </button>
          ))}
          <Link className="editor-tab" href={`/studio/q/${quiz.id}/analytics`} style={{ display: 'inline-flex', alignItems: 'center', textDecoration: 'none', color: 'var(--s-muted)' }} data-testid="analytics-tab">
            {t('tab_analytics')}
          </Link>
        </nav>
        <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="editor-panel">
          {isGame ? (
            <GamePanel tab={tab} locale={locale} />
          ) : (
            <>
              {tab === 'content' ? <ContentEditor locale={locale} /> : null}
              {tab === 'brand' ? <BrandPanel locale={locale} /> : null}
              {tab === 'checks' ? <ChecksPanel locale={locale} /> : null}
              {tab === 'launch' ? <LaunchPanel locale={locale} /> : null}
              {tab === 'embed' ? <EmbedPanel locale={locale} /> : null}
            </>
          )}
        </section>
      </div>
    </DraftProvider>
  );
}
