import { useMemo } from 'react';
import { useAllRecords } from '@/components/use-all-records.ts';
import { useLocale } from '@/components/use-locale.ts';
import type { Sector } from '@/data/schema/common.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import { countBySector, isFiltered, YEAR_BOUNDS } from '@/domain/filters.ts';
import { useImmediateViewFilter } from '@/state/view-params.ts';
import { FilterSheet } from './filter-sheet.tsx';
import { useMediaQuery } from '@/components/use-media-query.ts';

const YEARS = Array.from({ length: YEAR_BOUNDS.max - YEAR_BOUNDS.min + 1 }, (_, i) => YEAR_BOUNDS.min + i);

/** Where the bar becomes one button that opens a sheet (the same width as the stylesheet's phone layout). */
const PHONE = '(max-width: 700px)';

/**
 * Sector toggles (with how many records each has) and a year range; all of it lives in the URL. It stays at the top
 * of the screen while the reader scrolls: one row on a wide screen, one button opening a sheet on a phone.
 */
export function FilterBar() {
  const { t } = useLocale();
  const [filter, setFilter] = useImmediateViewFilter();
  const records = useAllRecords();
  const counts = useMemo(() => countBySector(records), [records]);
  const phone = useMediaQuery(PHONE);

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

  const clear = isFiltered(filter) && (
    <button
      type="button"
      className="button button--small"
      onClick={() => update({ sectors: null, from: null, to: null })}
    >
      {t('filters.clear')}
    </button>
  );
  const controls = (
    <>
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
        {!phone && clear}
      </div>
    </>
  );

  const sectors =
    filter.sectors.length === 0
      ? t('phone.filterAll')
      : filter.sectors.length === 1
        ? t(`sectors.${filter.sectors[0]!}`)
        : t('phone.filterSectors', { count: filter.sectors.length });
  const summary = `${sectors} · ${t('phone.filterYears', { from: filter.from, to: filter.to })}`;

  return (
    <section className={phone ? 'filter-bar filter-bar--phone' : 'filter-bar'} aria-labelledby="filter-title">
      <h2 id="filter-title" className={phone ? 'visually-hidden' : 'filter-bar__title'}>
        {t('filters.title')}
      </h2>
      {phone ? (
        <FilterSheet summary={summary} clear={clear}>
          {controls}
        </FilterSheet>
      ) : (
        controls
      )}
    </section>
  );
}
