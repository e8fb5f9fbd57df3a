'use client';

import './editor.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StudioLocale } from '@/lib/studio-i18n';
import { EditorToolbar } from './content/EditorToolbar';
import { ContentEditorContext, makeTranslator, type ContentEditorContextValue } from './content/editor-context';
import { QuestionsEditor } from './content/QuestionsEditor';
import { QuizSettings } from './content/QuizSettings';
import { ResultsEditor } from './content/ResultsEditor';
import { TiersEditor } from './content/TiersEditor';
import { WeightsMatrix } from './content/WeightsMatrix';
import { useDraft } from './draft-context';

/**
 * The content tab: every text, image and rule of the quiz as forms (never JSON), each field with its strict
 * issue beside it, under a sticky toolbar with the save state, undo and redo, and JSON import and export. What
 * the author types is set in the quiz's language and direction; labels stay in the studio's.
 */
export function ContentEditor({ locale }: { locale: StudioLocale }) {
  const { draft, isReadOnly } = useDraft();
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);

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

  return (
    <ContentEditorContext.Provider value={value}>
      <div className="content-editor">
        <EditorToolbar locale={locale} />
        {isReadOnly ? <p className="notice content-note">{t('readonly_note')}</p> : null}
        <fieldset className="content-fieldset" disabled={isReadOnly}>
          <QuizSettings />
          <QuestionsEditor />
          {draft.kind === 'personality' ? <ResultsEditor draft={draft} /> : null}
          {draft.kind === 'personality' ? <WeightsMatrix draft={draft} /> : null}
          {draft.kind === 'trivia' ? <TiersEditor draft={draft} /> : null}
        </fieldset>
        <p className="visually-hidden" aria-live="polite" data-testid="announcer">
          {announcement}
        </p>
      </div>
    </ContentEditorContext.Provider>
  );
}
