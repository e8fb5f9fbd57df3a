'use client';

import { Fragment, useRef, useState, type KeyboardEvent } from 'react';
import { Emoji } from '../../Emoji';
import { useDraft } from '../draft-context';
import { setWeight, type PersonalityDraft } from './draft-edits';
import { useContentEditor } from './editor-context';
import { EditorSection } from './fields';

type Cell = { row: number; col: number };

/**
 * The weights matrix: one row per answer (grouped under its question), one column per result, each cell the
 * points that answer gives that result (−10…10; empty is 0). It is a grid for the keyboard: Tab enters and
 * leaves it at one cell, the arrow keys move (left and right follow the reading direction), Home and End go to
 * the ends of a row, Ctrl+Home and Ctrl+End to the first and last cell, Enter moves down like a spreadsheet.
 */
export function WeightsMatrix({ draft }: { draft: PersonalityDraft }) {
  const { updateDraft } = useDraft();
  const { t, contentDir, contentLang, locale } = useContentEditor();
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [typed, setTyped] = useState<{ cell: Cell; text: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const rows = draft.questions.flatMap((question, qi) => question.answers.map((answer, ai) => ({ question, qi, answer, ai })));
  const results = draft.results;
  const rowCount = rows.length;
  const colCount = results.length;
  const current = { row: Math.min(active.row, Math.max(rowCount - 1, 0)), col: Math.min(active.col, Math.max(colCount - 1, 0)) };

  if (rowCount === 0 || colCount === 0) {
    return (
      <EditorSection id="section-weights" title={t('section_weights')} lead={t('weights_lead')}>
        <p className="muted">{t('weights_empty')}</p>
      </EditorSection>
    );
  }

  const resultName = (index: number) => results[index]?.title || t('untitled_result', { n: index + 1 });
  const cellId = (cell: Cell) => `weight-${cell.row}-${cell.col}`;
  const focusCell = (cell: Cell) => {
    const next = { row: Math.max(0, Math.min(rowCount - 1, cell.row)), col: Math.max(0, Math.min(colCount - 1, cell.col)) };
    setActive(next);
    const input = tableRef.current?.querySelector<HTMLInputElement>(`#${cellId(next)}`);
    input?.focus();
    input?.select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, cell: Cell) => {
    // The studio's direction decides what "left" means on screen.
    const isRtl = locale === 'ar';
    const forward = isRtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = isRtl ? 'ArrowRight' : 'ArrowLeft';
    let next: Cell | null = null;
    if (event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey)) next = { row: cell.row + 1, col: cell.col };
    else if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)) next = { row: cell.row - 1, col: cell.col };
    else if (event.key === forward) next = { row: cell.row, col: cell.col + 1 };
    else if (event.key === backward) next = { row: cell.row, col: cell.col - 1 };
    else if (event.key === 'Home') next = event.ctrlKey ? { row: 0, col: 0 } : { row: cell.row, col: 0 };
    else if (event.key === 'End') next = event.ctrlKey ? { row: rowCount - 1, col: colCount - 1 } : { row: cell.row, col: colCount - 1 };
    if (!next) return;
    event.preventDefault();
    setTyped(null);
    focusCell(next);
  };

  const commit = (cell: Cell, text: string) => {
    setTyped({ cell, text });
    const normalized = text.trim().replace(/^[−–]/, '-');
    const row = rows[cell.row];
    const result = results[cell.col];
    if (!row || !result) return;
    if (normalized === '') {
      updateDraft(setWeight(row.qi, row.ai, result.id, 0));
      return;
    }
    if (!/^[-+]?\d{1,2}$/.test(normalized)) return;
    const points = Number(normalized);
    if (points >= -10 && points <= 10) updateDraft(setWeight(row.qi, row.ai, result.id, points));
  };

  const typedText = (cell: Cell) => (typed && typed.cell.row === cell.row && typed.cell.col === cell.col ? typed.text : null);
  const isTypedValid = (text: string) => {
    const normalized = text.trim().replace(/^[−–]/, '-');
    return normalized === '' || normalized === '-' || (/^[-+]?\d{1,2}$/.test(normalized) && Math.abs(Number(normalized)) <= 10);
  };
  const invalidCell = typed && !isTypedValid(typed.text) ? typed.cell : null;

  let rowIndex = -1;
  return (
    <EditorSection id="section-weights" title={t('section_weights')} lead={t('weights_lead')}>
      <p className="muted small" id="weights-keys">
        {t('weights_keys')}
      </p>
      <div className="weights-scroll">
        <table className="weights" role="grid" ref={tableRef} aria-labelledby="section-weights-title" aria-describedby="weights-keys">
          <thead>
            <tr>
              <th scope="col" className="weights-corner">
                {t('weights_answer')}
              </th>
              {results.map((result, col) => (
                <th key={result.id} scope="col" className="weights-result" dir={contentDir} lang={contentLang}>
                  {result.emoji ? <Emoji emoji={result.emoji} size={18} label="" /> : null}
                  {resultName(col)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.questions.map((question, qi) => (
              <Fragment key={question.id}>
                <tr className="weights-question">
                  <th scope="colgroup" colSpan={colCount + 1} dir={contentDir} lang={contentLang}>
                    {t('question_n', { n: qi + 1 })}
                    {question.text ? `: ${question.text}` : ''}
                  </th>
                </tr>
                {question.answers.map((answer, ai) => {
                  rowIndex++;
                  const row = rowIndex;
                  const answerName = answer.text || t('untitled_answer', { n: ai + 1 });
                  return (
                    <tr key={answer.id}>
                      <th scope="row" className="weights-answer" dir={contentDir} lang={contentLang}>
                        {answer.emoji ? <Emoji emoji={answer.emoji} size={18} label="" /> : null}
                        {answerName}
                      </th>
                      {results.map((result, col) => {
                        const cell = { row, col };
                        const points = answer.weights?.[result.id] ?? 0;
                        const text = typedText(cell) ?? (points === 0 ? '' : String(points));
                        const isActive = current.row === row && current.col === col;
                        const isInvalid = invalidCell?.row === row && invalidCell.col === col;
                        return (
                          <td key={result.id} role="gridcell" className={points > 0 ? 'is-positive' : points < 0 ? 'is-negative' : undefined}>
                            <input
                              id={cellId(cell)}
                              className="weights-input"
                              inputMode="numeric"
                              autoComplete="off"
                              maxLength={3}
                              placeholder="0"
                              value={text}
                              tabIndex={isActive ? 0 : -1}
                              aria-label={t('weights_cell', { answer: answerName, result: resultName(col) })}
                              aria-invalid={isInvalid || undefined}
                              aria-describedby={isInvalid ? 'weights-invalid' : undefined}
                              onFocus={(event) => {
                                setActive(cell);
                                event.currentTarget.select();
                              }}
                              onBlur={() => setTyped(null)}
                              onKeyDown={(event) => onKeyDown(event, cell)}
                              onChange={(event) => commit(cell, event.target.value)}
                            />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-error" id="weights-invalid" aria-live="polite">
        {invalidCell ? t('weights_invalid') : ''}
      </p>
    </EditorSection>
  );
}
