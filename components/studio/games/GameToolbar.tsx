'use client';

import { useEffect, useState } from 'react';
import type { StudioLocale } from '@/lib/studio-i18n';
import { makeTranslator } from '../content/editor-context';
import { Icon } from '../content/fields';
import { useGameDraft } from '../draft-context';

/**
 * The game editor's sticky toolbar: whether the draft is saved (a failed save is a button that retries), undo and
 * redo, and how many things stand between the draft and publishing.
 */
export function GameToolbar({ locale }: { locale: StudioLocale }) {
  const { undo, redo, canUndo, canRedo, saveState, saveError, issues, flush, isReadOnly } = useGameDraft();
  const t = makeTranslator(locale);
  // Known only in the browser; read after hydration so the server's HTML and the first render agree.
  const [isMac, setIsMac] = useState(false);
  useEffect(() => setIsMac(/Mac|iPhone|iPad/.test(navigator.platform)), []);
  const shortcut = (hint: string) => (isMac ? hint.replace('Ctrl', '⌘') : hint);
  const state = isReadOnly ? 'view' : saveState;
  return (
    <div className="editor-toolbar-wrap">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor_toolbar')}>
        <div className="toolbar-group">
          {state === 'error' ? (
            <button type="button" className="save-state is-error" onClick={() => void flush()} data-testid="save-state">
              {t('save_error')}
            </button>
          ) : (
            <span className={`save-state is-${state}`} role="status" data-testid="save-state">
              <span className="save-dot" aria-hidden="true" />
              {state === 'saved' ? t('save_saved') : state === 'view' ? t('save_view_only') : t('save_saving')}
            </span>
          )}
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
      </div>
      {saveState === 'error' && !isReadOnly ? (
        <p className="notice notice-error toolbar-notice" role="alert">
          {t('save_error_detail', { message: saveError ?? t('save_offline') })}
        </p>
      ) : null}
    </div>
  );
}
