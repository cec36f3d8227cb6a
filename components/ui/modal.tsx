'use client';

import { useEffect, useId, useRef, type ReactNode, type PointerEvent } from 'react';
import { Button } from './button';
import { cn } from './cn';
import { XIcon } from './icons';

type ModalSize = 'sm' | 'md' | 'lg' | 'max';

export interface ModalProps {
  open: boolean;
  /** Called for Escape, the close button and a click on the backdrop; the parent sets open={false}. */
  onDismiss: () => void;
  header: ReactNode;
  footer?: ReactNode;
  size?: ModalSize;
  closeLabel?: string;
  children?: ReactNode;
}

const sizes: Record<ModalSize, string> = {
  sm: 'max-w-sm',
  md: 'max-w-[600px]',
  lg: 'max-w-[820px]',
  max: 'max-w-[calc(100vw-4rem)]',
};

/**
 * A native <dialog> opened with showModal(): the browser makes the page inert, traps focus and handles
 * Escape. Put data-autofocus on the element that should take focus first (React's autoFocus does not
 * reach a dialog that opens later).
 */
export function Modal({
  open,
  onDismiss,
  header,
  footer,
  size = 'md',
  closeLabel = 'Close',
  children,
}: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const pressedBackdrop = useRef(false);
  const latest = useRef({ open, onDismiss });
  const headerId = useId();

  useEffect(() => {
    latest.current = { open, onDismiss };
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // If the modal unmounts while open, still hand focus back.
  useEffect(() => () => restoreFocus(openerRef.current), []);

  function handleClose() {
    restoreFocus(openerRef.current);
    openerRef.current = null;
    // The browser may close the dialog itself (e.g. a second Escape); keep the parent's state in step.
    if (latest.current.open) latest.current.onDismiss();
  }

  function onPointerDown(event: PointerEvent<HTMLDialogElement>) {
    pressedBackdrop.current = event.target === event.currentTarget;
  }

  function onPointerUp(event: PointerEvent<HTMLDialogElement>) {
    if (pressedBackdrop.current && event.target === event.currentTarget) onDismiss();
    pressedBackdrop.current = false;
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headerId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      onClose={handleClose}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      className={cn(
        'text-ink shadow-modal m-auto max-h-[calc(100dvh-4rem)] w-[calc(100%-2rem)] overflow-hidden rounded-2xl bg-white p-0',
        'open:flex open:flex-col',
        sizes[size],
      )}
    >
      {open ? (
        <>
          <div className="border-line flex items-start gap-4 border-b px-5 py-3">
            <h2 id={headerId} className="min-w-0 flex-1 pt-1 text-lg/6 font-bold">
              {header}
            </h2>
            <Button variant="icon" aria-label={closeLabel} onClick={onDismiss} className="-mr-2">
              <XIcon />
            </Button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
          {footer ? (
            <div className="border-line flex flex-wrap items-center justify-end gap-2 border-t px-5 py-3">
              {footer}
            </div>
          ) : null}
        </>
      ) : null}
    </dialog>
  );
}

function restoreFocus(element: HTMLElement | null) {
  if (element?.isConnected) element.focus();
}

export interface ConfirmModalProps {
  open: boolean;
  title: string;
  body: ReactNode;
  /** Names the action, e.g. "Delete version" — never "OK". */
  confirmLabel: string;
  cancelLabel?: string;
  /** A red confirm button, for destructive actions. */
  danger?: boolean;
  /** The confirm button spins and the modal can't be dismissed while the action runs. */
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmModal({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger = false,
  loading = false,
  onConfirm,
  onCancel,
}: ConfirmModalProps) {
  const dismiss = () => {
    if (!loading) onCancel();
  };
  return (
    <Modal
      open={open}
      onDismiss={dismiss}
      header={title}
      size="sm"
      footer={
        <>
          {/* Cancel takes focus first so a stray Enter never confirms a destructive action. */}
          <Button variant="link" onClick={dismiss} disabled={loading} data-autofocus>
            {cancelLabel}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {body}
    </Modal>
  );
}
