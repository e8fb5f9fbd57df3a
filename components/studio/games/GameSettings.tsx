'use client';

import { optionalText } from '../content/draft-edits';
import { useContentEditor } from '../content/editor-context';
import { EditorSection, EmojiField, FieldIssues, ImageField, TextField, ToggleField } from '../content/fields';
import { useGameDraft } from '../draft-context';

/** What players see first: the game's title, emoji, description and cover, its language, and whether their name is asked. */
export function GameSettings() {
  const { draft, updateDraft } = useGameDraft();
  const { t } = useContentEditor();
  return (
    <EditorSection id="section-quiz" title={t(draft.kind === 'wheel' ? 'games_section_wheel_game' : 'games_section_scratch_game')} lead={t('games_section_game_lead')}>
      <div className="grid-title-emoji">
        <TextField id="quiz-title" label={t('field_title')} placeholder={t('games_title_placeholder')} value={draft.title} maxLength={120} issuePath="title" isContent onChange={(title) => updateDraft((d) => ({ ...d, title }))} />
        <EmojiField id="quiz-cover-emoji" label={t('field_cover_emoji')} value={draft.coverEmoji ?? ''} issuePath="coverEmoji" onChange={(emoji) => updateDraft((d) => ({ ...d, coverEmoji: optionalText(emoji) }))} />
      </div>
      <TextField id="quiz-description" label={t('field_description')} placeholder={t('games_description_placeholder')} value={draft.description} maxLength={400} issuePath="description" isContent isMultiline onChange={(description) => updateDraft((d) => ({ ...d, description }))} />
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
      <div className="field field-narrow-select">
        <label htmlFor="quiz-locale" className="field-label">
          {t('games_language')}
        </label>
        <select id="quiz-locale" className="select" value={draft.locale} onChange={(event) => updateDraft((d) => ({ ...d, locale: event.target.value === 'ar' ? 'ar' : 'en' }))}>
          <option value="en">English</option>
          <option value="ar">العربية</option>
        </select>
        <p className="field-hint">{t('games_language_hint')}</p>
        <FieldIssues path="locale" id="quiz-locale-issue" />
      </div>
      <ToggleField id="quiz-ask-name" label={t('field_ask_name')} hint={t('games_ask_name_hint')} isChecked={draft.askName} onChange={(askName) => updateDraft((d) => ({ ...d, askName }))} />
    </EditorSection>
  );
}
