'use client';

import { useState, type ReactNode } from 'react';
import { useContentEditor } from '../content/editor-context';
import { FieldIssues, useHasIssue } from '../content/fields';

/**
 * Where a field of a game lives, for the links of the checks and of the publish card (reveal-field.ts looks for
 * `[data-issue-path]`): it wraps the control without taking part in the layout.
 */
export function IssueAnchor({ path, children }: { path: string; children: ReactNode }) {
  return (
    <div data-issue-path={path} className="game-anchor">
      {children}
    </div>
  );
}

/**
 * A number field for odds, stock and similar: decimals when `isDecimal`, an empty field meaning "none"
 * (`onChange(null)`) when `isOptional` (stock: unlimited). What is typed stays as typed until it is a number in
 * range; leaving the field puts back the draft's value.
 */
export function GameNumberField(props: {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (value: number | null) => void;
  issuePath: string;
  hint?: string;
  placeholder?: string;
  isOptional?: boolean;
  isDecimal?: boolean;
  suffix?: ReactNode;
  className?: string;
}) {
  const { t } = useContentEditor();
  const [typed, setTyped] = useState<string | null>(null);
  const hasIssue = useHasIssue(props.issuePath);
  const shown = typed ?? (props.value === null ? '' : String(props.value));
  const parse = (text: string): number | null | undefined => {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '') return props.isOptional ? null : undefined;
    if (!(props.isDecimal ? /^\d+(\.\d+)?$/ : /^\d+$/).test(trimmed)) return undefined;
    const value = Number(trimmed);
    return value >= props.min && value <= props.max ? value : undefined;
  };
  const isWrong = typed !== null && parse(typed) === undefined && typed.trim() !== '';
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const rangeId = `${props.id}-range`;
  return (
    <div className={`field game-number ${props.className ?? ''}`}>
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      <div className="game-number-row">
        <input
          id={props.id}
          className="input input-number"
          inputMode={props.isDecimal ? 'decimal' : 'numeric'}
          value={shown}
          placeholder={props.placeholder}
          dir="ltr"
          aria-invalid={hasIssue || isWrong || undefined}
          aria-describedby={[hintId, isWrong ? rangeId : undefined, hasIssue ? `${props.id}-issue` : undefined].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            const text = event.target.value;
            setTyped(text);
            const value = parse(text);
            if (value !== undefined && value !== props.value) props.onChange(value);
          }}
          onBlur={() => setTyped(null)}
        />
        {props.suffix}
      </div>
      {props.hint ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {isWrong ? (
        <p className="field-error" id={rangeId}>
          {t('games_number_range', { min: props.min, max: props.max })}
        </p>
      ) : null}
      <FieldIssues path={props.issuePath} id={`${props.id}-issue`} />
    </div>
  );
}
