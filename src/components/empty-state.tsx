import { useViewFilter } from '@/state/view-params.ts';
import { useLocale } from './use-locale.ts';

/** A filter that leaves a section empty says so, and offers the way back. */
export function EmptyState({ message }: { message?: string }) {
  const { t } = useLocale();
  const [, setFilter] = useViewFilter();
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__title">{t('filters.emptyTitle')}</p>
      <p>{message ?? t('filters.emptyBody')}</p>
      <button
        type="button"
        className="button button--small"
        onClick={() => void setFilter({ sectors: null, from: null, to: null })}
      >
        {t('filters.clear')}
      </button>
    </div>
  );
}
