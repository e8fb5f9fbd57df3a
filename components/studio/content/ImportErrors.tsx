'use client';

import type { StudioLocale } from '@/lib/studio-i18n';
import { makeTranslator } from './editor-context';
import { formatIssueMessage, formatIssuePath, type Issue } from './issue-text';
import type { QuizFileReading } from './quiz-file';

export type ImportProblem = { fileName: string; reading: Exclude<QuizFileReading, { ok: true }> };

/**
 * Why a quiz file was refused: too big, not JSON, or every issue of the strict schema with where it is (in words
 * and as the path in the file) and what is wrong. Nothing was changed, and it says so.
 */
export function ImportErrors(props: { locale: StudioLocale; problem: ImportProblem; onClose: () => void }) {
  const t = makeTranslator(props.locale);
  const { fileName, reading } = props.problem;
  return (
    <div className="import-errors notice notice-error" role="alert" data-testid="import-errors">
      <div className="import-errors-head">
        <h3>{t('import_errors_title')}</h3>
        <button type="button" className="btn btn-sm" onClick={props.onClose}>
          {t('import_close')}
        </button>
      </div>
      {reading.reason === 'too_big' ? <p>{t('import_too_big', { file: fileName })}</p> : null}
      {reading.reason === 'not_json' ? <p>{t('import_not_json', { file: fileName, message: reading.message })}</p> : null}
      {reading.reason === 'invalid' ? (
        <>
          <p>{reading.issues.length === 1 ? t('import_invalid_one', { file: fileName }) : t('import_invalid', { file: fileName, count: reading.issues.length })}</p>
          <ol className="import-issue-list">
            {reading.issues.map((issue: Issue, i) => (
              <li key={`${issue.path}-${i}`} data-testid="import-issue">
                <strong>{formatIssuePath(issue.path, props.locale)}</strong>
                {issue.path ? (
                  <code dir="ltr" className="import-issue-path">
                    {issue.path}
                  </code>
                ) : null}
                <span className="import-issue-message">{formatIssueMessage(issue.message, props.locale)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
