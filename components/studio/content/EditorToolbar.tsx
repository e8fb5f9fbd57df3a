'use client';

import { useEffect, useRef, useState } from 'react';
import type { StudioLocale } from '@/lib/studio-i18n';
import { useDraft } from '../draft-context';
import { makeTranslator } from './editor-context';
import { Icon } from './fields';
import { ImportErrors, type ImportProblem } from './ImportErrors';
import { downloadQuizFile, readQuizFile } from './quiz-file';
import { JsonFileInput } from './JsonFileInput';

/**
 * The editor's sticky toolbar: whether the draft is saved (a failed save is a button that retries), undo and
 * redo, how many things stand between the draft and publishing, and the quiz as a JSON file, out and in. An
 * imported file replaces the draft as one step of undo, or is refused with its exact issues and changes nothing.
 */
export function EditorToolbar({ locale }: { locale: StudioLocale }) {
  const { draft, slug, updateDraft, undo, redo, canUndo, canRedo, saveState, saveError, issues, flush, isReadOnly } = useDraft();
  const t = makeTranslator(locale);
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [imported, setImported] = useState<string | null>(null);

  const importFile = async (file: File) => {
    setImported(null);
    const reading = await readQuizFile(file);
    if (!reading.ok) {
      setProblem({ fileName: file.name, reading });
      return;
    }
    setProblem(null);
    updateDraft(() => reading.quiz);
    setImported(reading.quiz.title);
  };

  // Known only in the browser; read after hydration so the server's HTML and the first render agree.
  const [isMac, setIsMac] = useState(false);
  useEffect(() => setIsMac(/Mac|iPhone|iPad/.test(navigator.platform)), []);
  const shortcut = (hint: string) => (isMac ? hint.replace('Ctrl', '⌘') : hint);

  return (
    <div className="editor-toolbar-wrap">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor_toolbar')}>
        <div className="toolbar-group">
          <SaveState locale={locale} state={isReadOnly ? 'view' : saveState} onRetry={() => void flush()} />
          {isReadOnly ? null : (
            <>
              <button type="button" className="btn btn-sm btn-ghost" onClick={undo} disabled={!canUndo} title={shortcut(t('undo_hint'))} aria-keyshortcuts="Control+Z Meta+Z">
                <Icon name="undo" /> {t('undo')}
              </button>
              <button type="button" className="btn btn-sm btn-ghost" onClick={redo} disabled={!canRedo} title={shortcut(t('redo_hint'))} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
                <Icon name="redo" /> {t('redo')}
              </button>
            </>
          )}
        </div>
        <p className={`toolbar-issues ${issues.length === 0 ? 'is-ready' : ''}`} data-testid="issue-count">
          {issues.length === 0 ? t('issues_none') : issues.length === 1 ? t('issues_one') : t('issues_count', { count: issues.length })}
        </p>
        <div className="toolbar-group toolbar-end">
          <button type="button" className="btn btn-sm" onClick={() => downloadQuizFile(draft, slug)}>
            {t('export_json')}
          </button>
          {isReadOnly ? null : (
            <>
              <button type="button" className="btn btn-sm" onClick={() => fileInput.current?.click()}>
                {t('import_json')}
              </button>
              <JsonFileInput inputRef={fileInput} testId="import-file" onFile={(file) => void importFile(file)} />
            </>
          )}
        </div>
      </div>
      {saveState === 'error' && !isReadOnly ? (
        <p className="notice notice-error toolbar-notice" role="alert">
          {t('save_error_detail', { message: saveError ?? t('save_offline') })}
        </p>
      ) : null}
      {problem ? <ImportErrors locale={locale} problem={problem} onClose={() => setProblem(null)} /> : null}
      {imported !== null ? (
        <p className="notice notice-success toolbar-notice" role="status">
          {t('import_done', { title: imported })}
        </p>
      ) : null}
    </div>
  );
}

function SaveState({ locale, state, onRetry }: { locale: StudioLocale; state: 'saved' | 'saving' | 'unsaved' | 'error' | 'view'; onRetry: () => void }) {
  const t = makeTranslator(locale);
  if (state === 'error') {
    return (
      <button type="button" className="save-state is-error" onClick={onRetry} data-testid="save-state">
        {t('save_error')}
      </button>
    );
  }
  const label = state === 'saved' ? t('save_saved') : state === 'view' ? t('save_view_only') : t('save_saving');
  return (
    <span className={`save-state is-${state}`} role="status" data-testid="save-state">
      <span className="save-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
