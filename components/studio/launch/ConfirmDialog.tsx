'use client';

import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  isConfirmDisabled?: boolean;
  isDanger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal confirmation on the browser's own <dialog>: focus moves inside and stays there, Escape cancels, and
 * focus returns to the button that opened it.
 */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, cancelLabel, isConfirmDisabled, isDanger, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      className="launch-dialog"
      aria-labelledby="launch-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!isConfirmDisabled) onConfirm();
        }}
      >
        <h2 id="launch-dialog-title">{title}</h2>
        {children}
        <div className="row launch-dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className={isDanger ? 'btn btn-danger btn-solid' : 'btn btn-primary'} disabled={isConfirmDisabled}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
