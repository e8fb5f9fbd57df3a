'use client';

import { useState } from 'react';
import { useDraft } from '../draft-context';
import { optionalText, type DraftAnswer, type DraftQuestion } from './draft-edits';
import { useContentEditor } from './editor-context';
import { EmojiInput, FieldIssues, Icon, ImageField, TextField, useHasIssue } from './fields';
import { DragHandle, MoveButtons, SortableItem } from './SortableList';

/**
 * One answer of a question: its handle, emoji and text on one line, then (for trivia) whether it is right,
 * its order and removal; its optional image opens below on demand.
 */
export function AnswerRow(props: {
  question: DraftQuestion;
  questionIndex: number;
  answer: DraftAnswer;
  index: number;
  onChange: (change: (answer: DraftAnswer) => DraftAnswer) => void;
  onCorrectChange: (isCorrect: boolean) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { question, answer, index: ai } = props;
  const { draft, isReadOnly } = useDraft();
  const { t } = useContentEditor();
  const [isImageOpen, setIsImageOpen] = useState(answer.image !== undefined);
  const path = `questions.${props.questionIndex}.answers.${ai}`;
  const prefix = `a-${question.id}-${answer.id}`;
  const n = ai + 1;
  const hasEmojiIssue = useHasIssue(`${path}.emoji`);
  return (
    <SortableItem id={answer.id} className="answer-item" isDisabled={isReadOnly}>
      {(handle) => (
        <div className="answer-body">
          <div className="answer-row">
            <DragHandle label={t('drag_answer', { n })} handle={handle} />
            <EmojiInput
              id={`${prefix}-emoji`}
              label={t('answer_emoji', { n })}
              value={answer.emoji ?? ''}
              hasIssue={hasEmojiIssue}
              describedBy={hasEmojiIssue ? `${prefix}-emoji-issue` : undefined}
              onChange={(emoji) => props.onChange((a) => ({ ...a, emoji: optionalText(emoji) }))}
            />
            <TextField
              id={`${prefix}-text`}
              label={t('answer_text', { n })}
              isLabelHidden
              placeholder={t('answer_text_placeholder')}
              value={answer.text}
              maxLength={140}
              issuePath={`${path}.text`}
              isContent
              className="answer-text"
              onChange={(text) => props.onChange((a) => ({ ...a, text }))}
            />
            {draft.kind === 'trivia' ? (
              <label className={`correct-toggle${answer.isCorrect ? ' is-correct' : ''}`}>
                <input
                  type={question.isMultiple ? 'checkbox' : 'radio'}
                  name={`q-${question.id}-correct`}
                  checked={answer.isCorrect === true}
                  aria-label={t('answer_correct_label', { n })}
                  onChange={(event) => props.onCorrectChange(event.target.checked)}
                  onClick={(event) => {
                    // A radio cannot be unchecked by clicking it; this one can, like a toggle.
                    if (!question.isMultiple && answer.isCorrect && event.currentTarget.checked) props.onCorrectChange(false);
                  }}
                />
                <span aria-hidden="true">{t('answer_correct')}</span>
              </label>
            ) : null}
            <div className="item-actions">
              <button type="button" className={`icon-btn${isImageOpen ? ' is-on' : ''}`} aria-expanded={isImageOpen} aria-controls={`${prefix}-image-panel`} aria-label={t('answer_image', { n })} title={t('answer_image', { n })} onClick={() => setIsImageOpen(!isImageOpen)}>
                <Icon name="image" />
              </button>
              <MoveButtons idPrefix={prefix} index={ai} count={question.answers.length} upLabel={t('move_answer_up', { n })} downLabel={t('move_answer_down', { n })} onMove={props.onMove} />
              <button type="button" className="icon-btn icon-btn-danger" aria-label={t('remove_answer', { n })} title={t('remove_answer', { n })} disabled={question.answers.length <= 2} onClick={props.onRemove}>
                <Icon name="remove" />
              </button>
            </div>
          </div>
          <FieldIssues path={`${path}.emoji`} id={`${prefix}-emoji-issue`} />
          {isImageOpen ? (
            <div className="answer-image" id={`${prefix}-image-panel`}>
              <ImageField
                id={`${prefix}-image`}
                label={t('answer_image', { n })}
                value={answer.image}
                alt={answer.imageAlt}
                issuePath={`${path}.image`}
                altIssuePath={`${path}.imageAlt`}
                onChange={(image) => props.onChange((a) => ({ ...a, image, imageAlt: image ? a.imageAlt : undefined }))}
                onAltChange={(imageAlt) => props.onChange((a) => ({ ...a, imageAlt }))}
              />
            </div>
          ) : null}
        </div>
      )}
    </SortableItem>
  );
}
