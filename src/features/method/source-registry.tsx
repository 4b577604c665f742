import { useId, useMemo, useState } from 'react';
import { ControlWhenNear } from '@/components/control-when-near.tsx';
import { SearchField } from '@/components/search-field.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { Source } from '@/data/schema/sources.ts';
import { SOURCE_SIDES } from '@/data/vocabulary.ts';
import {
  countBySide,
  searchSources,
  sortSourceRows,
  type SortDirection,
  type SourceRow,
  type SourceSortKey,
} from '@/domain/source-rows.ts';
import { formatNumber } from '@/i18n/format.ts';
import { MethodCard } from './method-card.tsx';
import { sourcesCsv } from './sources-csv.ts';
import { SourceCards, SourceTable, type SourceGroup } from './source-registry-list.tsx';
import { useMediaQuery } from '@/components/use-media-query.ts';

type SideChoice = Source['side'] | 'all';

/** On a phone the column headers give way to cards, so sorting is one select with the useful orders. */
const PHONE_SORTS = [
  'side_ascending',
  'publisher_ascending',
  'date_descending',
  'date_ascending',
  'citations_descending',
  'title_ascending',
] as const;

/**
 * The whole source registry: searchable, filterable by side, sortable by any column, grouped by side when sorted
 * by side. Titles keep their published language (lang attribute), and each row says how many records cite it.
 */
export function SourceRegistry({ rows }: { rows: readonly SourceRow[] }) {
  const { t, locale, pick } = useLocale();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<SideChoice>('all');
  const [sort, setSort] = useState<{ key: SourceSortKey; direction: SortDirection }>({
    key: 'side',
    direction: 'ascending',
  });
  const phone = useMediaQuery('(max-width: 40rem)');
  const sortId = useId();

  const searched = useMemo(() => searchSources(rows, query, locale), [rows, query, locale]);
  const sideCounts = useMemo(() => countBySide(searched), [searched]);
  const shown = useMemo(
    () =>
      sortSourceRows(
        side === 'all' ? searched : searched.filter((r) => r.source.side === side),
        sort.key,
        sort.direction,
        locale,
      ),
    [searched, side, sort, locale],
  );
  const groups = useMemo(
    () =>
      sort.key === 'side'
        ? (sort.direction === 'ascending' ? SOURCE_SIDES : [...SOURCE_SIDES].reverse())
            .map((s): SourceGroup => ({ side: s, rows: shown.filter((r) => r.source.side === s) }))
            .filter((g) => g.rows.length > 0)
        : [{ side: undefined, rows: shown } satisfies SourceGroup],
    [shown, sort],
  );

  const toggleSort = (key: SourceSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'citations' ? 'descending' : 'ascending' },
    );

  const sideChoices: { id: SideChoice; label: string; n: number }[] = [
    { id: 'all', label: t('method.sources.all'), n: searched.length },
    ...SOURCE_SIDES.map((s) => ({ id: s, label: t(`method.sources.sides.${s}`), n: sideCounts.get(s) ?? 0 })),
  ];

  return (
    <MethodCard
      id="method-sources"
      title={t('method.sources.title')}
      subtitle={t('method.sources.subtitle', { total: rows.length })}
      csvLabel={t('method.sources.csv')}
      csv={() => sourcesCsv(t, pick, shown)}
    >
      <p className="method-card__note">{t('method.sources.sideHelp')}</p>

      <div className="method-sources__controls">
        <div className="method-sources__search">
          <SearchField
            label={t('method.sources.search')}
            hint={t('method.sources.searchHint')}
            value={query}
            onChange={setQuery}
            spellCheck={false}
            height={44}
          />
        </div>
        <div className="method-sources__sides" role="group" aria-label={t('method.sources.sideFilter')}>
          {sideChoices.map((c) => (
            <button
              key={c.id}
              type="button"
              className="chip"
              aria-pressed={side === c.id}
              onClick={() => setSide(c.id)}
            >
              {c.label}
              <span className="chip__count">{formatNumber(c.n, locale)}</span>
            </button>
          ))}
        </div>
      </div>
      <p className="method-sources__status" role="status">
        {t('method.sources.showing', { shown: shown.length, total: rows.length })}
      </p>

      {phone && (
        <div className="method-sources__sort">
          <label htmlFor={sortId}>{t('method.sources.sortLabel')}</label>
          <ControlWhenNear height={44}>
            <select
              id={sortId}
              value={`${sort.key}_${sort.direction}`}
              onChange={(e) => {
                const [key, direction] = e.target.value.split('_') as [SourceSortKey, SortDirection];
                setSort({ key, direction });
              }}
            >
              {PHONE_SORTS.map((order) => (
                <option key={order} value={order}>
                  {t(`method.sources.sorts.${order}`)}
                </option>
              ))}
            </select>
          </ControlWhenNear>
        </div>
      )}

      {shown.length === 0 ? (
        <p className="method-sources__empty">{t('method.sources.noMatch')}</p>
      ) : phone ? (
        <SourceCards groups={groups} />
      ) : (
        <SourceTable groups={groups} sort={sort} onSort={toggleSort} />
      )}
    </MethodCard>
  );
}
