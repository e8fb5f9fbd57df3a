'use client';

import { useId, useState } from 'react';

/** Reads a color as people type it: "#1A2B3C", "1a2b3c" or the short "#abc"; undefined when it is not one. */
export function readHexColor(text: string): string | undefined {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

/**
 * One brand color: the browser's color picker and the hex code side by side. A code that is not a color stays in
 * its field with the error under it (nothing typed is lost) and the draft keeps the last valid color.
 */
export function ColorField(props: { id: string; label: string; hint: string; hexLabel: string; invalidMessage: string; value: string; isReadOnly: boolean; onChange: (color: string) => void; note?: { text: string; tone: 'ok' | 'warn' } }) {
  const { value } = props;
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // The draft changed from elsewhere (undo, the color picker): the field follows it.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }
  const isInvalid = readHexColor(text) === undefined;
  const hintId = useId();
  const errorId = `${props.id}-error`;
  const noteId = `${props.id}-note`;
  const describedBy = [hintId, isInvalid ? errorId : undefined, props.note ? noteId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field color-field" data-field-path={`brand.${props.id.replace('brand-', '')}`}>
      <label className="field-label" htmlFor={`${props.id}-hex`}>
        {props.label}
      </label>
      <div className="color-inputs">
        <input
          type="color"
          className="color-swatch"
          id={`${props.id}-picker`}
          aria-label={props.label}
          value={value}
          disabled={props.isReadOnly}
          onChange={(event) => {
            const color = readHexColor(event.target.value);
            if (color) props.onChange(color);
          }}
        />
        <input
          id={`${props.id}-hex`}
          className="input color-hex"
          value={text}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          dir="ltr"
          aria-label={props.hexLabel}
          readOnly={props.isReadOnly}
          aria-invalid={isInvalid || undefined}
          aria-describedby={describedBy}
          data-testid={`${props.id}-hex`}
          onChange={(event) => {
            setText(event.target.value);
            const color = readHexColor(event.target.value);
            if (color && color !== value) props.onChange(color);
          }}
          onBlur={() => {
            const color = readHexColor(text);
            if (color) setText(color);
          }}
        />
      </div>
      <p className="field-hint" id={hintId}>
        {props.hint}
      </p>
      {isInvalid ? (
        <p className="field-error" id={errorId} role="alert">
          {props.invalidMessage}
        </p>
      ) : null}
      {props.note ? (
        <p className={`contrast-note is-${props.note.tone}`} id={noteId} data-testid={`${props.id}-contrast`}>
          {props.note.text}
        </p>
      ) : null}
    </div>
  );
}
