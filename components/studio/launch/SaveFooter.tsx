'use client';

import { studioText, type StudioLocale } from '@/lib/studio-i18n';

/**
 * The foot of a launch card's form: the error the form as a whole got (its fields show their own), then, for
 * those who may edit, the save button and a status that says when the save went through. The status is always
 * there, empty until then, so that screen readers announce the change.
 */
export function SaveFooter(props: { locale: StudioLocale; error?: string; isReadOnly: boolean; isBusy: boolean; isSaved: boolean; isPrimary?: boolean; label: string; testId: string }) {
  const { locale, error, isReadOnly, isBusy, isSaved, isPrimary = false, label, testId } = props;
  return (
    <>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {isReadOnly ? null : (
        <div className="row">
          <button type="submit" className={isPrimary ? 'btn btn-primary' : 'btn'} disabled={isBusy} data-testid={testId}>
            {label}
          </button>
          <span className="muted" role="status">
            {isSaved ? studioText(locale, 'launch_saved') : ''}
          </span>
        </div>
      )}
    </>
  );
}
