import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { embedUrl, iframeSnippet } from '@/state/view-params.ts';
import { useLocale } from './use-locale.ts';

/**
 * The frame's "Embed" action: a button that opens a modal dialog with the <iframe> code and a Copy button. The
 * native <dialog> keeps focus inside, closes with Escape and gives focus back to the button.
 */
export function EmbedButton({ id, title, height }: { id: string; title: string; height: number }) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState('');
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const open = () => {
    // The code box exists only while the dialog is open (below); it is drawn before the dialog opens, so that
    // showModal() finds it and focuses it as before.
    flushSync(() => {
      // The frame's height plus its title, notes and sources: a first guess the site can change.
      setSnippet(iframeSnippet(embedUrl(window.location.href, id), title, height + 360));
      setStatus('');
    });
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={open}
        aria-label={t('embed.buttonLabel', { title })}
      >
        {t('embed.button')}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-embed-title`}>
        <h4 id={`${id}-embed-title`} className="embed-dialog__title">
          {t('embed.dialogTitle')}
        </h4>
        <p>{t('embed.explain', { title })}</p>
        {/* Only once opened: Chrome's autofill lays out the whole off-screen section around any text box added to
            the page (components/control-when-near.tsx), and every chart frame has this dialog. */}
        {snippet && (
          <>
            <label className="embed-dialog__label" htmlFor={`${id}-embed-code`}>
              {t('embed.code')}
            </label>
            <textarea
              id={`${id}-embed-code`}
              className="embed-dialog__code"
              readOnly
              rows={5}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        )}
        <div className="embed-dialog__actions">
          <button type="button" className="button" onClick={() => void copy()}>
            {t('embed.copy')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('embed.close')}
          </button>
          <span role="status" className="embed-dialog__status">
            {status === 'copied' ? t('embed.copied') : status === 'failed' ? t('embed.copyFailed') : ''}
          </span>
        </div>
      </dialog>
    </>
  );
}
