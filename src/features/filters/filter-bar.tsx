import { useMemo } from 'react';
import { useAllRecords } from '@/components/use-all-records.ts';
import { useLocale } from '@/components/use-locale.ts';
import type { Sector } from '@/data/schema/common.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import { countBySector, isFiltered, YEAR_BOUNDS } from '@/domain/filters.ts';
import { useImmediateViewFilter } from '@/state/view-params.ts';

const YEARS = Array.from({ length: YEAR_BOUNDS.max - YEAR_BOUNDS.min + 1 }, (_, i) => YEAR_BOUNDS.min + i);

/** Sector toggles (with how many records each has) and a year range; all of it lives in the URL. */
export function FilterBar() {
  const { t } = useLocale();
  const [filter, setFilter] = useImmediateViewFilter();
  const records = useAllRecords();
  const counts = useMemo(() => countBySector(records), [records]);

  // Filtering re-renders every section; a transition keeps the click itself responsive.
  const update = (next: Parameters<typeof setFilter>[0]) => void setFilter(next);
  // Functional update: two quick clicks must both count, whatever has rendered in between.
  const toggle = (sector: Sector) =>
    update((previous) => {
      const current = previous.sectors;
      const sectors = current.includes(sector) ? current.filter((s) => s !== sector) : [...current, sector];
      return { sectors: sectors.length ? sectors : null };
    });
  const setYear = (key: 'from' | 'to', year: number) => {
    const bound = key === 'from' ? YEAR_BOUNDS.min : YEAR_BOUNDS.max;
    update({ [key]: year === bound ? null : year });
  };

  return (
    <section className="filter-bar" aria-labelledby="filter-title">
      <h2 id="filter-title" className="filter-bar__title">
        {t('filters.title')}
      </h2>
      <div className="filter-bar__sectors" role="group" aria-label={t('filters.sectors')}>
        {SECTORS.map((sector) => (
          <button
            key={sector}
            type="button"
            className="chip"
            aria-pressed={filter.sectors.includes(sector)}
            onClick={() => toggle(sector)}
            data-sector={sector}
          >
            {t(`sectors.${sector}`)}
            <span className="chip__count">{counts.get(sector) ?? 0}</span>
          </button>
        ))}
      </div>
      <div className="filter-bar__years">
        <label htmlFor="filter-from">{t('filters.from')}</label>
        <select id="filter-from" value={filter.from} onChange={(e) => setYear('from', Number(e.target.value))}>
          {YEARS.map((y) => (
            <option key={y} value={y} disabled={y > filter.to}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor="filter-to">{t('filters.to')}</label>
        <select id="filter-to" value={filter.to} onChange={(e) => setYear('to', Number(e.target.value))}>
          {YEARS.map((y) => (
            <option key={y} value={y} disabled={y < filter.from}>
              {y}
            </option>
          ))}
        </select>
        {isFiltered(filter) && (
          <button
            type="button"
            className="button button--small"
            onClick={() => update({ sectors: null, from: null, to: null })}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
