'use client';

import { useEffect, useMemo, useState } from 'react';
import { hasUnpublishedChanges } from '@/lib/campaign';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft, type DraftIssue } from '../draft-context';
import { callStudio, type VersionHistory } from './api';
import { getFieldTab, revealField } from '../checks/reveal-field';
import { formatIssueMessage, formatIssuePath } from '../content/issue-text';

/**
 * Publishing: whether the draft differs from what players get, the problems that stop it from being published
 * (each a link to its field), and the button that saves the draft, then freezes it into a new version.
 */
export function PublishCard({ locale, history, onPublished }: { locale: StudioLocale; history: VersionHistory; onPublished: () => Promise<void> }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId, draft, issues, flush, isReadOnly } = useAnyDraft();
  const [isBusy, setIsBusy] = useState(false);
  const [serverIssues, setServerIssues] = useState<DraftIssue[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const current = history.versions.find((v) => v.isPublished);
  const isChanged = useMemo(() => hasUnpublishedChanges(draft, history.published), [draft, history.published]);
  // An edit made after a refused publish makes its list of problems stale: the live checks take over.
  useEffect(() => setServerIssues(null), [draft]);
  const shownIssues = serverIssues ?? issues;

  async function publish() {
    setIsBusy(true);
    setMessage(null);
    const isSaved = await flush();
    if (!isSaved) {
      setMessage({ kind: 'error', text: t('launch_save_failed') });
      setIsBusy(false);
      return;
    }
    const answer = await callStudio<{ version: number }>(`/api/studio/quizzes/${quizId}/publish`, 'POST');
    if (answer.ok) {
      await onPublished();
      setServerIssues(null);
      setMessage({ kind: 'success', text: t('launch_published', { version: answer.data.version }) });
    } else if (answer.issues.length > 0) {
      setServerIssues(answer.issues);
      setMessage({ kind: 'error', text: t('launch_issues_after') });
    } else {
      setMessage({ kind: 'error', text: t('launch_request_failed', { message: answer.message }) });
    }
    setIsBusy(false);
  }


  return (
    <section className="card stack launch-publish" aria-labelledby="launch-publish-title">
      <h2 id="launch-publish-title">{t('launch_publish_heading')}</h2>
      {current ? <p className="launch-lead">{t('launch_version_live', { version: current.version })}</p> : <p className="launch-lead">{t('launch_never_published')}</p>}
      {current ? (
        isChanged ? (
          <p className="launch-changes" data-testid="unpublished-changes">
            <span className="launch-dot" aria-hidden="true" />
            {t('launch_unpublished_changes')}
          </p>
        ) : (
          <p className="muted" data-testid="draft-up-to-date">
            {t('launch_up_to_date')}
          </p>
        )
      ) : null}
      {message ? (
        <p className={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="publish-message">
          {message.text}
        </p>
      ) : null}
      {shownIssues.length > 0 ? (
        <div className="stack-sm launch-issues" data-testid="publish-issues">
          {serverIssues ? null : <p className="field-label">{t('launch_issues_before', { count: shownIssues.length })}</p>}
          <ul>
            {shownIssues.slice(0, 20).map((issue) => {
              return (
                <li key={`${issue.path}:${issue.message}`}>
                  {/* Opened in place (the draft stays as it is); the address is the tab's, for a new browser tab. */}
                  <a
                    href={`/studio/q/${encodeURIComponent(quizId)}?tab=${getFieldTab(issue.path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      revealField(issue.path, draft);
                    }}
                  >
                    {formatIssuePath(issue.path, locale)}
                  </a>
                  <span>: {formatIssueMessage(issue.message, locale)}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {isReadOnly ? null : (
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => void publish()} disabled={isBusy || (current !== undefined && !isChanged)} data-testid="publish">
            {isBusy ? t('launch_publishing') : current && isChanged ? t('launch_publish_changes') : t('launch_publish')}
          </button>
        </div>
      )}
    </section>
  );
}
