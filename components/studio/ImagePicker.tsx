'use client';

import './brand.css';
import { useContext, useId, useRef, useState, type DragEvent } from 'react';
import { maxUploadBytes } from '@/lib/image-rules';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { DraftContext } from './draft-context';

type Upload = { state: 'idle' } | { state: 'uploading'; percent: number } | { state: 'failed'; message: string };

/**
 * Picks an image for a quiz: a file chosen with the button or dropped on the box is uploaded to Ripple
 * (POST /api/studio/uploads, which checks it by content, re-encodes it and strips its metadata) with a progress
 * bar; the stored image is previewed and can be replaced or removed. A refused file gets its reason right next
 * to the box and the current image stays. With `onAltChange`, the image's alt text is edited here too. Inside the
 * quiz editor the upload goes to the quiz's workspace, and a viewer sees the image without the controls.
 */
export function ImagePicker(props: { value?: string; onChange(path?: string): void; label: string; locale: StudioLocale; alt?: string; onAltChange?(alt: string): void }) {
  const { value, locale } = props;
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const draft = useContext(DraftContext);
  const isReadOnly = draft?.isReadOnly ?? false;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [isDragging, setIsDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const isUploading = upload.state === 'uploading';
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  function start(file: File | undefined) {
    if (!file || isReadOnly || isUploading) return;
    // Too large is known before sending anything; the type is checked by the server, on the content.
    if (file.size > maxUploadBytes) {
      setUpload({ state: 'failed', message: t('img_error_size') });
      return;
    }
    const form = new FormData();
    form.set('file', file);
    if (draft?.quizId) form.set('quizId', draft.quizId);
    // XMLHttpRequest, not fetch: it reports upload progress.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/studio/uploads');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setUpload({ state: 'uploading', percent: Math.round((100 * event.loaded) / event.total) });
    };
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status === 201 && body && typeof body === 'object' && 'path' in body && typeof body.path === 'string') {
        setUpload({ state: 'idle' });
        setAnnouncement(t('img_uploaded'));
        props.onChange(body.path);
        return;
      }
      setUpload({ state: 'failed', message: describeFailure(request.status, body) });
    };
    request.onerror = () => setUpload({ state: 'failed', message: t('img_error_network') });
    setUpload({ state: 'uploading', percent: 0 });
    setAnnouncement('');
    request.send(form);
  }

  // The server's own message is the most precise; in Arabic the studio says it in its words, by status.
  function describeFailure(status: number, body: unknown): string {
    const message = body && typeof body === 'object' && 'error' in body && body.error && typeof body.error === 'object' && 'message' in body.error ? String(body.error.message) : '';
    if (locale === 'en' && message) return message;
    if (status === 413) return t('img_error_size');
    if (status === 415) return t('img_error_type');
    return message || t('img_error_network');
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    start(event.dataTransfer.files[0]);
  }

  const describedBy = [hintId, upload.state === 'failed' ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field image-picker" data-testid="image-picker">
      <span className="field-label" id={`${id}-label`}>
        {props.label}
      </span>
      <div
        className={`image-drop${isDragging ? ' is-dragging' : ''}${value ? ' has-image' : ''}`}
        onDragOver={(event) => {
          if (isReadOnly) return;
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={isReadOnly ? undefined : drop}
      >
        <div className="image-thumb">
          {value ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={value} alt={props.alt?.trim() ? props.alt : t('img_current')} data-testid="image-picker-preview" />
          ) : (
            <span className="image-thumb-empty" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
                <rect x="3" y="4" width="18" height="16" rx="2.5" />
                <circle cx="9" cy="10" r="1.8" />
                <path d="m21 16-5-5-9 9" />
              </svg>
            </span>
          )}
        </div>
        <div className="image-drop-body">
          {isReadOnly ? (
            <p className="muted small">{value ? props.label : t('img_none')}</p>
          ) : (
            <>
              <div className="row image-actions">
                <button type="button" className="btn btn-sm" aria-describedby={describedBy} aria-labelledby={`${id}-label ${id}-choose`} id={`${id}-choose`} disabled={isUploading} onClick={() => inputRef.current?.click()}>
                  {value ? t('img_replace') : t('img_choose')}
                </button>
                {value ? (
                  <button
                    type="button"
                    className="btn btn-sm btn-ghost"
                    disabled={isUploading}
                    onClick={() => {
                      props.onChange(undefined);
                      setUpload({ state: 'idle' });
                      setAnnouncement(t('img_removed'));
                    }}
                  >
                    {t('img_remove')}
                  </button>
                ) : null}
                <span className="muted small image-drop-or">{isDragging ? t('img_dropping') : t('img_drop')}</span>
              </div>
              <p className="field-hint" id={hintId}>
                {t('img_hint')}
              </p>
            </>
          )}
          {upload.state === 'uploading' ? (
            <div className="image-progress">
              <progress max={100} value={upload.percent} aria-labelledby={`${id}-progress`} />
              <span id={`${id}-progress`} className="small muted">
                {t('img_uploading', { percent: upload.percent })}
              </span>
            </div>
          ) : null}
        </div>
        <input
          ref={inputRef}
          type="file"
          hidden
          accept="image/png,image/jpeg,image/webp,image/gif"
          data-testid="image-picker-input"
          onChange={(event) => {
            start(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {upload.state === 'failed' ? (
        <p className="field-error" id={errorId} role="alert" data-testid="image-picker-error">
          {upload.message}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {props.onAltChange && value ? (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-alt`}>
            {t('img_alt_label')}
          </label>
          <input
            id={`${id}-alt`}
            className="input"
            value={props.alt ?? ''}
            maxLength={200}
            readOnly={isReadOnly}
            aria-describedby={`${id}-alt-hint`}
            onChange={(event) => props.onAltChange?.(event.target.value)}
          />
          <p className="field-hint" id={`${id}-alt-hint`}>
            {t('img_alt_hint')}
          </p>
        </div>
      ) : null}
    </div>
  );
}
