'use client';

import type { ReactNode } from 'react';
import { useDraft } from '../draft-context';
import { changeAnswer, changeQuestion, createItemId, createQuestion, maxAnswers, maxQuestions, moveItem, removeAt, setCorrect, type DraftQuestion } from './draft-edits';
import { useContentEditor } from './editor-context';
import { EditorSection, FieldIssues, Icon, ImageField, NumberField, TextField, ToggleField } from './fields';
import { AnswerRow } from './AnswerRow';
import { DragHandle, MoveButtons, SortableItem, SortableList } from './SortableList';

/** The questions of the quiz: add, remove, reorder (drag or buttons), and each question's answers. */
export function QuestionsEditor() {
  const { draft, updateDraft, isReadOnly } = useDraft();
  const { t, announce, focusSoon } = useContentEditor();
  const ids = draft.questions.map((q) => q.id);
  const describe = (id: string) => t('question_n', { n: ids.indexOf(id) + 1 });

  const move = (from: number, to: number, focusId?: string) => {
    if (to < 0 || to >= draft.questions.length) return;
    updateDraft((d) => ({ ...d, questions: moveItem(d.questions, from, to) }));
    announce(t('moved_to', { item: describe(ids[from] ?? ''), n: to + 1 }));
    if (focusId) focusSoon(focusId);
  };

  const add = () => {
    const question = createQuestion(draft);
    updateDraft((d) => ({ ...d, questions: [...d.questions, question] }));
    focusSoon(`q-${question.id}-text`);
  };

  return (
    <EditorSection id="section-questions" title={t('section_questions')} lead={t('section_questions_lead')} issue={<FieldIssues path="questions" id="questions-issue" />}>
      {draft.kind === 'poll' ? <p className="notice content-note">{t('poll_note')}</p> : null}
      <SortableList id="questions-dnd" ids={ids} describe={describe} onMove={(from, to) => move(from, to)} className="question-list">
        {draft.questions.map((question, qi) => (
          <SortableItem key={question.id} id={question.id} className="question-card" isDisabled={isReadOnly}>
            {(handle) => (
              <QuestionCard
                question={question}
                index={qi}
                count={draft.questions.length}
                dragHandle={<DragHandle label={t('drag_question', { n: qi + 1 })} handle={handle} />}
                onMove={(to) => move(qi, to, `q-${question.id}-${to > qi ? (to === draft.questions.length - 1 ? 'up' : 'down') : to === 0 ? 'down' : 'up'}`)}
              />
            )}
          </SortableItem>
        ))}
      </SortableList>
      {draft.questions.length < maxQuestions ? (
        <button type="button" id="add-question" className="btn add-btn" onClick={add}>
          <Icon name="add" /> {t('add_question')}
        </button>
      ) : null}
    </EditorSection>
  );
}

function QuestionCard(props: { question: DraftQuestion; index: number; count: number; dragHandle: ReactNode; onMove: (to: number) => void }) {
  const { question, index: qi } = props;
  const { draft, updateDraft } = useDraft();
  const { t, announce, focusSoon } = useContentEditor();
  const path = `questions.${qi}`;
  const prefix = `q-${question.id}`;
  const isTrivia = draft.kind === 'trivia';
  const answerIds = question.answers.map((a) => a.id);
  const describeAnswer = (id: string) => t('answer_text', { n: answerIds.indexOf(id) + 1 });

  const remove = () => {
    updateDraft((d) => ({ ...d, questions: removeAt(d.questions, qi) }));
    announce(t('removed', { item: t('question_n', { n: qi + 1 }) }));
    const neighbour = draft.questions[qi + 1] ?? draft.questions[qi - 1];
    focusSoon(neighbour ? `q-${neighbour.id}-text` : 'add-question');
  };

  const moveAnswer = (from: number, to: number, focusId?: string) => {
    if (to < 0 || to >= question.answers.length) return;
    updateDraft(changeQuestion(qi, (q) => ({ ...q, answers: moveItem(q.answers, from, to) })));
    announce(t('moved_to', { item: describeAnswer(answerIds[from] ?? ''), n: to + 1 }));
    if (focusId) focusSoon(focusId);
  };

  const addAnswer = () => {
    const id = createItemId('a', answerIds);
    updateDraft(changeQuestion(qi, (q) => ({ ...q, answers: [...q.answers, { id, text: '' }] })));
    focusSoon(`a-${question.id}-${id}-text`);
  };

  return (
    <article className="question-body" aria-labelledby={`${prefix}-heading`}>
      <header className="item-head">
        {props.dragHandle}
        <h3 id={`${prefix}-heading`} className="item-title">
          {t('question_n', { n: qi + 1 })}
        </h3>
        <div className="item-actions">
          <MoveButtons idPrefix={prefix} index={qi} count={props.count} upLabel={t('move_question_up', { n: qi + 1 })} downLabel={t('move_question_down', { n: qi + 1 })} onMove={props.onMove} />
          <button type="button" className="icon-btn icon-btn-danger" aria-label={t('remove_question', { n: qi + 1 })} title={t('remove_question', { n: qi + 1 })} disabled={props.count <= 1} onClick={remove}>
            <Icon name="remove" />
          </button>
        </div>
      </header>
      <TextField
        id={`${prefix}-text`}
        label={t('question_text')}
        placeholder={t('question_text_placeholder')}
        value={question.text}
        maxLength={200}
        issuePath={`${path}.text`}
        isContent
        onChange={(text) => updateDraft(changeQuestion(qi, (q) => ({ ...q, text })))}
      />
      <div className="question-options">
        <fieldset className="pill-choice">
          <legend className="field-label">{t('question_choice')}</legend>
          {(['single', 'multiple'] as const).map((choice) => (
            <label key={choice} className="pill-choice-option">
              <input
                type="radio"
                name={`${prefix}-choice`}
                checked={question.isMultiple === (choice === 'multiple')}
                onChange={() => updateDraft(changeQuestion(qi, (q) => ({ ...q, isMultiple: choice === 'multiple' })))}
              />
              <span>{t(choice === 'single' ? 'choice_single' : 'choice_multiple')}</span>
            </label>
          ))}
        </fieldset>
        {isTrivia ? (
          <>
            <NumberField id={`${prefix}-points`} label={t('question_points')} value={question.points} min={1} max={100} issuePath={`${path}.points`} className="field-narrow" onChange={(points) => updateDraft(changeQuestion(qi, (q) => ({ ...q, points })))} />
            <div className="time-limit">
              <ToggleField
                id={`${prefix}-timed`}
                label={t('question_time_limit')}
                isChecked={question.timeLimitSeconds !== undefined}
                onChange={(isTimed) => updateDraft(changeQuestion(qi, (q) => ({ ...q, timeLimitSeconds: isTimed ? 20 : undefined })))}
              />
              {question.timeLimitSeconds !== undefined ? (
                <NumberField
                  id={`${prefix}-seconds`}
                  label={t('question_time_limit_seconds')}
                  hint={t('question_time_limit_hint')}
                  value={question.timeLimitSeconds}
                  min={5}
                  max={300}
                  issuePath={`${path}.timeLimitSeconds`}
                  className="field-narrow"
                  onChange={(seconds) => updateDraft(changeQuestion(qi, (q) => ({ ...q, timeLimitSeconds: seconds })))}
                />
              ) : null}
            </div>
          </>
        ) : null}
      </div>
      <ImageField
        id={`${prefix}-image`}
        label={t('question_image', { n: qi + 1 })}
        value={question.image}
        alt={question.imageAlt}
        issuePath={`${path}.image`}
        altIssuePath={`${path}.imageAlt`}
        onChange={(image) => updateDraft(changeQuestion(qi, (q) => ({ ...q, image, imageAlt: image ? q.imageAlt : undefined })))}
        onAltChange={(imageAlt) => updateDraft(changeQuestion(qi, (q) => ({ ...q, imageAlt })))}
      />
      <div className="answers-block">
        <h4 className="field-label" id={`${prefix}-answers-label`}>
          {t('answers_label')}
        </h4>
        <FieldIssues path={`${path}.answers`} id={`${prefix}-answers-issue`} />
        <SortableList id={`answers-dnd-${question.id}`} ids={answerIds} describe={describeAnswer} onMove={(from, to) => moveAnswer(from, to)} className="answer-list">
          {question.answers.map((answer, ai) => (
            <AnswerRow
              key={answer.id}
              question={question}
              questionIndex={qi}
              answer={answer}
              index={ai}
              onChange={(change) => updateDraft(changeAnswer(qi, ai, change))}
              onCorrectChange={(isCorrect) => updateDraft(setCorrect(qi, ai, isCorrect))}
              onMove={(to) => moveAnswer(ai, to, `a-${question.id}-${answer.id}-${to > ai ? (to === question.answers.length - 1 ? 'up' : 'down') : to === 0 ? 'down' : 'up'}`)}
              onRemove={() => {
                updateDraft(changeQuestion(qi, (q) => ({ ...q, answers: removeAt(q.answers, ai) })));
                announce(t('removed', { item: t('answer_text', { n: ai + 1 }) }));
                const neighbour = question.answers[ai + 1] ?? question.answers[ai - 1];
                focusSoon(neighbour ? `a-${question.id}-${neighbour.id}-text` : `${prefix}-add-answer`);
              }}
            />
          ))}
        </SortableList>
        {question.answers.length < maxAnswers ? (
          <button type="button" id={`${prefix}-add-answer`} className="btn btn-sm add-btn" onClick={addAnswer}>
            <Icon name="add" /> {t('add_answer')}
          </button>
        ) : null}
      </div>
    </article>
  );
}
