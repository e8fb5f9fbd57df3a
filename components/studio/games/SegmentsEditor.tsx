'use client';

import { useContentEditor } from '../content/editor-context';
import { EditorSection, FieldIssues, Icon, TextField } from '../content/fields';
import { MoveButtons } from '../content/SortableList';
import { useGameDraft } from '../draft-context';
import { addSegment, changeSegment, maxSegments, minSegments, moveSegment, newGameItemId, removeSegment, type WheelDraft } from './game-edits';
import { IssueAnchor } from './game-fields';

/**
 * The wheel's segments, in the order they go round: each with its label, its color and what it stands for (a
 * prize, or "try again"). 4 to 12 of them; a prize may have several segments (the server draws the prize, then
 * one of its segments to stop on).
 */
export function SegmentsEditor({ draft }: { draft: WheelDraft }) {
  const { updateDraft, isReadOnly } = useGameDraft();
  const { t, announce, focusSoon, contentDir, contentLang } = useContentEditor();
  const count = draft.segments.length;
  const add = () => {
    const id = newGameItemId('s', draft.segments.map((s) => s.id));
    updateDraft(addSegment(id));
    focusSoon(`seg-${id}-label`);
  };
  return (
    <EditorSection
      id="section-segments"
      title={t('games_section_segments')}
      lead={t('games_section_segments_lead', { min: minSegments, max: maxSegments })}
      issue={
        <IssueAnchor path="segments">
          <FieldIssues path="segments" id="segments-issue" />
        </IssueAnchor>
      }
    >
      <p className={`games-count ${count < minSegments || count > maxSegments ? 'is-wrong' : ''}`} data-testid="segment-count">
        {t('games_segment_count', { count, min: minSegments, max: maxSegments })}
      </p>
      <ol className="segment-list">
        {draft.segments.map((segment, i) => {
          const n = i + 1;
          const prefix = `seg-${segment.id}`;
          const path = `segments.${i}`;
          return (
            <li key={segment.id} className="segment-row" data-testid="segment-row">
              <IssueAnchor path={path}>
                <span className="segment-number" aria-hidden="true">
                  {n}
                </span>
                <IssueAnchor path={`${path}.color`}>
                  <label className="segment-color" style={{ background: segment.color }} title={t('games_segment_color', { n })}>
                    <span className="visually-hidden">{t('games_segment_color', { n })}</span>
                    <input type="color" id={`${prefix}-color`} value={segment.color} disabled={isReadOnly} onChange={(event) => updateDraft(changeSegment(i, (s) => ({ ...s, color: event.target.value })))} />
                  </label>
                </IssueAnchor>
                <IssueAnchor path={`${path}.label`}>
                  <TextField
                    id={`${prefix}-label`}
                    className="segment-label"
                    label={t('games_segment_label', { n })}
                    isLabelHidden
                    placeholder={t('games_segment_label_placeholder')}
                    value={segment.label}
                    maxLength={40}
                    issuePath={`${path}.label`}
                    isContent
                    onChange={(label) => updateDraft(changeSegment(i, (s) => ({ ...s, label })))}
                  />
                </IssueAnchor>
                <IssueAnchor path={`${path}.prizeId`}>
                  <div className="field segment-prize">
                    <label htmlFor={`${prefix}-prize`} className="visually-hidden">
                      {t('games_segment_prize', { n })}
                    </label>
                    <select
                      id={`${prefix}-prize`}
                      className="select"
                      dir={contentDir}
                      lang={contentLang}
                      value={segment.prizeId ?? ''}
                      aria-describedby={`${prefix}-prize-issue`}
                      onChange={(event) => {
                        const prizeId = event.target.value === '' ? null : event.target.value;
                        updateDraft(changeSegment(i, (s) => ({ ...s, prizeId })));
                      }}
                    >
                      <option value="">{t('games_try_again_option')}</option>
                      {draft.prizes.map((prize, pi) => (
                        <option key={prize.id} value={prize.id}>
                          {prize.title.trim() || t('games_prize_n', { n: pi + 1 })}
                        </option>
                      ))}
                      {segment.prizeId !== null && !draft.prizes.some((p) => p.id === segment.prizeId) ? <option value={segment.prizeId}>{t('games_prize_unknown', { id: segment.prizeId })}</option> : null}
                    </select>
                    <FieldIssues path={`${path}.prizeId`} id={`${prefix}-prize-issue`} />
                  </div>
                </IssueAnchor>
                <div className="item-actions">
                  <MoveButtons idPrefix={prefix} index={i} count={count} upLabel={t('games_move_segment_up', { n })} downLabel={t('games_move_segment_down', { n })} onMove={(to) => updateDraft(moveSegment(i, to))} />
                  <button
                    type="button"
                    className="icon-btn icon-btn-danger"
                    aria-label={t('games_remove_segment', { n })}
                    title={t('games_remove_segment', { n })}
                    disabled={count <= minSegments}
                    onClick={() => {
                      updateDraft(removeSegment(i));
                      announce(t('removed', { item: t('games_segment_n', { n }) }));
                      const neighbour = draft.segments[i + 1] ?? draft.segments[i - 1];
                      focusSoon(neighbour ? `seg-${neighbour.id}-label` : 'add-segment');
                    }}
                  >
                    <Icon name="remove" />
                  </button>
                </div>
              </IssueAnchor>
            </li>
          );
        })}
      </ol>
      {count < maxSegments ? (
        <button type="button" id="add-segment" className="btn add-btn" onClick={add}>
          <Icon name="add" /> {t('games_add_segment')}
        </button>
      ) : (
        <p className="muted small">{t('games_segments_full', { max: maxSegments })}</p>
      )}
    </EditorSection>
  );
}
