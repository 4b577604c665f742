import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
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
import { formatNumber, formatPartialDate, INTL_LOCALE } from '@/i18n/format.ts';
import { CsvButton } from './csv-button.tsx';
import { useMediaQuery } from './use-method-data.ts';

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

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

function useLanguageName(locale: Locale) {
  return useMemo(() => {
    const names = new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'language' });
    return (code: string | undefined) => {
      if (!code) return undefined;
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}

/**
 * The whole source registry: searchable, filterable by side, sortable by any column, grouped by side when sorted
 * by side. Titles keep their published language (lang attribute), and each row says how many records cite it.
 */
export function SourceRegistry({ rows }: { rows: readonly SourceRow[] }) {
  const { t, locale, pick } = useLocale();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<SideChoice>('all');
  const [sort, setSort] = useState<{ key: SourceSortKey; direction: SortDirection }>({
    key: 'side',
    direction: 'ascending',
  });
  const languageName = useLanguageName(locale);
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
            .map((s) => ({ side: s as Source['side'] | undefined, rows: shown.filter((r) => r.source.side === s) }))
            .filter((g) => g.rows.length > 0)
        : [{ side: undefined, rows: shown }],
    [shown, sort],
  );

  const columns: { key: SourceSortKey | 'link'; label: string; numeric?: boolean }[] = [
    { key: 'publisher', label: t('method.sources.columns.publisher') },
    { key: 'title', label: t('method.sources.columns.title') },
    { key: 'date', label: t('method.sources.columns.date') },
    { key: 'side', label: t('method.sources.columns.side') },
    { key: 'citations', label: t('method.sources.columns.citations'), numeric: true },
    { key: 'link', label: t('method.sources.columns.link') },
  ];
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
    <section className="method-card" aria-labelledby="method-sources-title" data-testid="method-sources">
      <div className="method-card__header">
        <div>
          <h3 id="method-sources-title" className="method-card__title">
            {t('method.sources.title')}
          </h3>
          <p className="method-card__subtitle">{t('method.sources.subtitle', { total: rows.length })}</p>
        </div>
        <CsvButton
          id="method-sources"
          label={t('method.sources.csv')}
          csv={() => ({
            header: [
              t('method.sources.columns.id'),
              t('method.sources.columns.publisher'),
              t('method.sources.columns.title'),
              t('method.sources.columns.language'),
              t('method.sources.columns.date'),
              t('method.sources.columns.side'),
              t('method.sources.columns.citations'),
              t('table.sourceUrl'),
              t('method.sources.columns.note'),
            ],
            rows: shown.map(({ source: s, citations }) => [
              s.id,
              s.publisher,
              s.title,
              s.language,
              s.date,
              t(`method.sources.sides.${s.side}`),
              citations,
              s.url,
              s.note ? pick(s.note) : undefined,
            ]),
          })}
        />
      </div>
      <p className="method-card__note">{t('method.sources.sideHelp')}</p>

      <div className="method-sources__controls">
        <div className="method-sources__search">
          <label htmlFor={searchId}>{t('method.sources.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('method.sources.searchHint')}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            spellCheck={false}
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
        </div>
      )}

      {shown.length === 0 ? (
        <p className="method-sources__empty">{t('method.sources.noMatch')}</p>
      ) : phone ? (
        <div
          className="method-sources__cards"
          // The list scrolls, so it must be reachable by keyboard.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label={t('method.sources.caption')}
          data-testid="table-method-sources"
          id="method-sources"
        >
          {groups.map((g) => (
            <div key={g.side ?? 'all'} className="method-sources__card-group">
              {g.side && (
                <h4 className="method-sources__card-heading">
                  {t('method.sources.groupHeading', {
                    side: t(`method.sources.sides.${g.side}`),
                    n: formatNumber(g.rows.length, locale),
                  })}
                </h4>
              )}
              <ul className="method-sources__card-list">
                {g.rows.map((row) => (
                  <SourceCard key={row.source.id} row={row} languageName={languageName} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : (
        <div
          className="data-table method-sources__table"
          // The wrapper scrolls, so it must be reachable by keyboard.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label={t('method.sources.caption')}
          data-testid="table-method-sources"
          id="method-sources"
        >
          <table>
            <caption className="visually-hidden">{t('method.sources.caption')}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const sorted = sort.key === c.key;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? 'numeric' : undefined}
                      aria-sort={sorted ? sort.direction : undefined}
                    >
                      {c.key === 'link' ? (
                        c.label
                      ) : (
                        <button
                          type="button"
                          className="method-sort"
                          onClick={() => toggleSort(c.key as SourceSortKey)}
                          title={t('method.sources.sortBy', { column: c.label })}
                        >
                          {c.label}
                          <span className="method-sort__arrow" aria-hidden="true">
                            {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                          </span>
                        </button>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={g.side ?? 'all'}>
                {g.side && (
                  <tr className="method-sources__group">
                    <th colSpan={columns.length} scope="rowgroup">
                      {t('method.sources.groupHeading', {
                        side: t(`method.sources.sides.${g.side}`),
                        n: formatNumber(g.rows.length, locale),
                      })}
                    </th>
                  </tr>
                )}
                {g.rows.map((row) => (
                  <SourceRowView key={row.source.id} row={row} languageName={languageName} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

function SourceRowView({
  row,
  languageName,
}: {
  row: SourceRow;
  languageName: (code: string | undefined) => string | undefined;
}) {
  const { t, locale, pick } = useLocale();
  const { source: s, citations, titleLang } = row;
  const language = languageName(s.language);
  return (
    <tr data-source-id={s.id}>
      <td className="method-sources__publisher">{s.publisher}</td>
      <td className="method-sources__title">
        <span lang={titleLang}>{s.title}</span>
        {(language || s.note) && (
          <span className="method-sources__meta">
            {language && t('method.sources.language', { language })}
            {language && s.note && ' · '}
            {s.note && pick(s.note)}
          </span>
        )}
      </td>
      <td className="method-sources__date">{s.date ? formatPartialDate(s.date, locale) : t('source.undated')}</td>
      <td>{t(`method.sources.sides.${s.side}`)}</td>
      <td className="numeric">{formatNumber(citations, locale)}</td>
      <td className="method-sources__link">
        <a href={s.url} target="_blank" rel="noopener noreferrer">
          {hostOf(s.url)}
          <span className="visually-hidden"> {t('source.opensNewTab')}</span>
        </a>
      </td>
    </tr>
  );
}

/** One source on a phone: the same facts as a table row, stacked. */
function SourceCard({
  row,
  languageName,
}: {
  row: SourceRow;
  languageName: (code: string | undefined) => string | undefined;
}) {
  const { t, locale, pick } = useLocale();
  const { source: s, citations, titleLang } = row;
  const language = languageName(s.language);
  return (
    <li className="method-source-card" data-source-id={s.id}>
      <p className="method-source-card__publisher">{s.publisher}</p>
      <p className="method-source-card__title" lang={titleLang}>
        {s.title}
      </p>
      {(language || s.note) && (
        <p className="method-sources__meta">
          {language && t('method.sources.language', { language })}
          {language && s.note && ' · '}
          {s.note && pick(s.note)}
        </p>
      )}
      <dl className="method-source-card__facts">
        <div>
          <dt>{t('method.sources.columns.date')}</dt>
          <dd>{s.date ? formatPartialDate(s.date, locale) : t('source.undated')}</dd>
        </div>
        <div>
          <dt>{t('method.sources.columns.side')}</dt>
          <dd>{t(`method.sources.sides.${s.side}`)}</dd>
        </div>
        <div>
          <dt>{t('method.sources.columns.citations')}</dt>
          <dd>{formatNumber(citations, locale)}</dd>
        </div>
      </dl>
      <a href={s.url} target="_blank" rel="noopener noreferrer" className="method-source-card__link">
        {hostOf(s.url)}
        <span className="visually-hidden"> {t('source.opensNewTab')}</span>
      </a>
    </li>
  );
}
