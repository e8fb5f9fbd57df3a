'use client';

import '../editor.css';
import './games.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StudioLocale } from '@/lib/studio-i18n';
import { ContentEditorContext, makeTranslator, type ContentEditorContextValue } from '../content/editor-context';
import { useGameDraft } from '../draft-context';
import { GamePreview } from './GamePreview';
import { GameSettings } from './GameSettings';
import { GameToolbar } from './GameToolbar';
import { OddsTable } from './OddsTable';
import { LeadCaptureEditor, PlayRulesEditor } from './PlayRulesEditor';
import { PrizesEditor } from './PrizesEditor';
import { ScratchCardEditor } from './ScratchCardEditor';
import { SegmentsEditor } from './SegmentsEditor';
import { useGameCodes } from './use-game-codes';

/**
 * The content tab of a mini-game: every text, prize and rule as forms, each field with its strict issue beside
 * it, under a sticky toolbar with the save state and undo; beside them (above them on a phone), the wheel or
 * the scratch card as it looks now, and the odds table with every outcome's chance. What the author types is
 * set in the game's language and direction; labels stay in the studio's.
 */
export function GameEditor({ locale }: { locale: StudioLocale }) {
  const { draft, quizId, isReadOnly } = useGameDraft();
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const codes = useGameCodes(quizId);

  const focusSoon = useCallback((elementId: string) => {
    pendingFocus.current = elementId;
    // After React has committed the change that creates or moves the element.
    requestAnimationFrame(() => {
      const id = pendingFocus.current;
      pendingFocus.current = null;
      if (id) document.getElementById(id)?.focus();
    });
  }, []);

  // Two identical announcements in a row must both be heard: clear, then say.
  const announce = useCallback((message: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 5000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const value = useMemo<ContentEditorContextValue>(
    () => ({ locale, t: makeTranslator(locale), contentLang: draft.locale, contentDir: draft.locale === 'ar' ? 'rtl' : 'ltr', announce, focusSoon }),
    [locale, draft.locale, announce, focusSoon],
  );
  const t = value.t;
  const previewLabel = draft.kind === 'wheel' ? t('games_preview_wheel', { count: draft.segments.length }) : t('games_preview_card');

  return (
    <ContentEditorContext.Provider value={value}>
      <div className="content-editor game-editor" data-testid="game-editor">
        <GameToolbar locale={locale} />
        {isReadOnly ? <p className="notice content-note">{t('readonly_note')}</p> : null}
        <div className="game-editor-layout">
          <aside className="game-editor-aside" aria-label={t('games_preview_title')}>
            <div className="card game-preview-card">
              <h2 className="games-subtitle">{t('games_preview_title')}</h2>
              <GamePreview draft={draft} label={previewLabel} emptyLabel={t('games_preview_empty')} />
            </div>
          </aside>
          <fieldset className="content-fieldset game-editor-main" disabled={isReadOnly}>
            <GameSettings />
            {draft.kind === 'wheel' ? <SegmentsEditor draft={draft} /> : <ScratchCardEditor draft={draft} />}
            <PrizesEditor draft={draft} codes={codes.data} onCodesChanged={codes.reload} />
            <OddsTable draft={draft} codes={codes.data} />
            <PlayRulesEditor draft={draft} />
            <LeadCaptureEditor draft={draft} />
          </fieldset>
        </div>
        <p className="visually-hidden" aria-live="polite" data-testid="announcer">
          {announcement}
        </p>
      </div>
    </ContentEditorContext.Provider>
  );
}
