import { useTranslation } from 'react-i18next';

/** Offers a waiting new version. Shown on the dashboard only, never over a running presentation. */
export function UpdateBanner({ onUpdate }: { onUpdate: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="update-banner" role="status">
      <span>{t('present.updateReady')}</span>
      <button type="button" className="button button--small" onClick={onUpdate}>
        {t('present.updateApply')}
      </button>
    </div>
  );
}
