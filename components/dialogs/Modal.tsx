'use client';

import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import './dialogs.css';

interface ModalProps {
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'small' | 'large';
}

/**
 * A modal on the native <dialog>: the browser draws the backdrop, keeps focus inside, closes on
 * Escape and gives focus back to where it was when the dialog opened.
 */
export function Modal({ title, testId, onClose, children, footer, size = 'small' }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      if (element.open) element.close();
      returnTo?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      data-testid={testId}
      className={`modal modal-${size}`}
      aria-labelledby={`${testId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close.current();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) close.current();
      }}
    >
      <div className="modal-frame">
        <header className="modal-header">
          <h2 id={`${testId}-title`}>{title}</h2>
          <button type="button" className="modal-close" aria-label="Close" onClick={() => close.current()}>
            ×
          </button>
        </header>
        <div className="modal-body">{children}</div>
        {footer && <footer className="modal-footer">{footer}</footer>}
      </div>
    </dialog>
  );
}
