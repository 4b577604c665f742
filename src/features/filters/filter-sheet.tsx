import { useEffect, useRef, type ReactNode } from 'react';
import { useLocale } from '@/components/use-locale.ts';

interface FilterSheetProps {
  /** What the filter shows now ("All sectors · 1922–2026"), on the bar itself. */
  summary: string;
  /** Shown beside the bar's button when the filter narrows anything. */
  clear?: ReactNode;
  /** The sector chips and years. */
  children: ReactNode;
}

/**
 * On a phone: a bar one button tall that stays at the top while the reader scrolls, and opens the filter in a sheet.
 * A modal <dialog>: the browser keeps focus inside it and closes it on Esc; focus then returns to the bar's button.
 */
export function FilterSheet({ summary, clear, children }: FilterSheetProps) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => dialog.current?.close();
  useEffect(() => {
    // A tap on the backdrop (the dialog's own box, outside its content) closes it; Esc does the same from a keyboard.
    const node = dialog.current;
    const onClick = (event: MouseEvent) => event.target === node && node?.close();
    node?.addEventListener('click', onClick);
    return () => node?.removeEventListener('click', onClick);
  }, []);
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button filter-bar__open"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        <span className="filter-bar__open-label">{t('phone.filterOpen')}</span>
        <span className="filter-bar__summary">{summary}</span>
      </button>
      {clear}
      <dialog
        ref={dialog}
        className="filter-sheet"
        aria-labelledby="filter-sheet-title"
        onClose={() => opener.current?.focus()}
      >
        <div className="filter-sheet__content">
          <div className="filter-sheet__head">
            <h3 id="filter-sheet-title" className="filter-sheet__title">
              {t('phone.filterSheet')}
            </h3>
            <button type="button" className="button button--small" onClick={close}>
              {t('phone.filterClose')}
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  );
}
