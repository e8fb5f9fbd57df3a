'use client';

import { useDraft } from '../draft-context';
import { optionalText } from './draft-edits';
import { useContentEditor } from './editor-context';
import { EditorSection, EmojiField, FieldIssues, ImageField, TextField, ToggleField } from './fields';

/** What players see first: title, description, cover, whether their name is asked, and the quiz's language. */
export function QuizSettings() {
  const { draft, updateDraft } = useDraft();
  const { t } = useContentEditor();
  const direction = draft.locale === 'ar' ? 'rtl' : 'ltr';
  return (
    <EditorSection id="section-quiz" title={t('section_quiz')} lead={t('section_quiz_lead')}>
      <div className="grid-title-emoji">
        <TextField id="quiz-title" label={t('field_title')} placeholder={t('field_title_placeholder')} value={draft.title} maxLength={120} issuePath="title" isContent onChange={(title) => updateDraft((d) => ({ ...d, title }))} />
        <EmojiField id="quiz-cover-emoji" label={t('field_cover_emoji')} value={draft.coverEmoji ?? ''} issuePath="coverEmoji" onChange={(emoji) => updateDraft((d) => ({ ...d, coverEmoji: optionalText(emoji) }))} />
      </div>
      <TextField id="quiz-description" label={t('field_description')} placeholder={t('field_description_placeholder')} value={draft.description} maxLength={400} issuePath="description" isContent isMultiline onChange={(description) => updateDraft((d) => ({ ...d, description }))} />
      <ImageField
        id="quiz-cover"
        label={t('field_cover_image')}
        value={draft.coverImage}
        alt={draft.coverImageAlt}
        issuePath="coverImage"
        altIssuePath="coverImageAlt"
        onChange={(coverImage) => updateDraft((d) => ({ ...d, coverImage, coverImageAlt: coverImage ? d.coverImageAlt : undefined }))}
        onAltChange={(coverImageAlt) => updateDraft((d) => ({ ...d, coverImageAlt }))}
      />
      <div className="settings-row">
        <div className="field">
          <label htmlFor="quiz-locale" className="field-label">
            {t('field_language')}
          </label>
          <select id="quiz-locale" className="select" value={draft.locale} onChange={(event) => updateDraft((d) => ({ ...d, locale: event.target.value === 'ar' ? 'ar' : 'en' }))}>
            <option value="en">English</option>
            <option value="ar">العربية</option>
          </select>
          <FieldIssues path="locale" id="quiz-locale-issue" />
        </div>
        <div className="field" aria-live="polite">
          <span className="field-label">{t('field_direction')}</span>
          <p className="direction-chip" data-testid="quiz-direction">
            <span aria-hidden="true">{direction === 'rtl' ? '⇠' : '⇢'}</span> {t(direction === 'rtl' ? 'direction_rtl' : 'direction_ltr')}
          </p>
          <p className="field-hint">{t('direction_hint')}</p>
        </div>
      </div>
      <ToggleField id="quiz-ask-name" label={t('field_ask_name')} hint={t('field_ask_name_hint')} isChecked={draft.askName} onChange={(askName) => updateDraft((d) => ({ ...d, askName }))} />
    </EditorSection>
  );
}
