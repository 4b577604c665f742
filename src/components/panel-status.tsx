import { DataFileError } from '@/data/data-file-error.ts';
import { useLocale } from './use-locale.ts';

interface PanelErrorProps {
  error: Error;
  onRetry: () => void;
}

/** A panel whose data could not be used: what failed (file, record, field) and a way forward. */
export function PanelError({ error, onRetry }: PanelErrorProps) {
  const { t } = useLocale();
  const file = error instanceof DataFileError ? error.file : undefined;
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error__title">{t('status.errorTitle')}</p>
      {file && <p className="panel-error__file">{t('status.errorFile', { file })}</p>}
      <pre className="panel-error__detail">{error.message}</pre>
      <button type="button" className="button" onClick={onRetry}>
        {t('status.retry')}
      </button>
    </div>
  );
}

/** Holds the panel's final height while its data loads, so nothing below it jumps. */
export function PanelLoading({ what, height }: { what: string; height?: number }) {
  const { t } = useLocale();
  return (
    <div className="panel-loading" style={height === undefined ? undefined : { minHeight: height }} role="status">
      <span className="panel-loading__text">{t('status.loading', { what })}</span>
    </div>
  );
}
