'use client';

import { createContext, useContext, useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

/** The id of the dialog's heading, which names the dialog. */
const TitleId = createContext<string | undefined>(undefined);

/**
 * The frame of the body editor's dialogs (link, embed, caption, pasted picture, media library): a
 * native modal <dialog>, shown while `open`. The browser does the rest: focus goes into the dialog
 * and stays there, Escape closes it (then `onClose`), and focus returns where it was. `onOpen`
 * runs at each opening, once the dialog is shown. `heading` names the dialog; a dialog that is one
 * form gives its heading to `EditorDialogForm` instead.
 */
export function EditorDialog({
  open,
  onClose,
  onOpen,
  className,
  heading,
  children,
}: {
  open: boolean;
  onClose: () => void;
  onOpen?: () => void;
  className?: string;
  heading?: ReactNode;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      onOpen?.();
    } else if (!open && element.open) element.close();
    // Follows `open` alone: a new onOpen (each render's) is no new opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} className={className ? `media-picker ${className}` : 'media-picker'} aria-labelledby={titleId}>
      {heading && <h2 id={titleId}>{heading}</h2>}
      <TitleId value={titleId}>{children}</TitleId>
    </dialog>
  );
}

/**
 * A dialog that is one form: its heading (the dialog's name), its fields, then confirm (the
 * submit) and cancel. `busy` holds the confirm button while the form is at work.
 */
export function EditorDialogForm({
  heading,
  onSubmit,
  confirm,
  cancel,
  onCancel,
  busy,
  children,
}: {
  heading: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  confirm: ReactNode;
  cancel: ReactNode;
  onCancel: () => void;
  busy?: boolean;
  children: ReactNode;
}) {
  const titleId = useContext(TitleId);
  return (
    <form onSubmit={onSubmit}>
      <h2 id={titleId}>{heading}</h2>
      {children}
      <p className="toolbar">
        <button type="submit" disabled={busy}>
          {confirm}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {cancel}
        </button>
      </p>
    </form>
  );
}
