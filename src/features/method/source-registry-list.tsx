import { useMemo, type ReactNode } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
import type { Source } from '@/data/schema/sources.ts';
import type { SortDirection, SourceRow, SourceSortKey } from '@/domain/source-rows.ts';
import { formatNumber, formatPartialDate, INTL_LOCALE } from '@/i18n/format.ts';

/*
 * How the registry's rows are drawn: a sortable table on a wide screen, cards on a phone. Both show the same facts
 * of each source, grouped by side when sorted by side; which rows and in what order is decided by source-registry.tsx.
 */

export interface SourceGroup {
  /** The side of every row in the group; undefined when the rows are not grouped. */
  side: Source['side'] | undefined;
  rows: SourceRow[];
}
type LanguageName = (code: string | undefined) => string | undefined;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

function useLanguageName(locale: Locale): LanguageName {
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

function useGroupHeading() {
  const { t, locale } = useLocale();
  return (side: Source['side'], rows: readonly SourceRow[]) =>
    t('method.sources.groupHeading', {
      side: t(`method.sources.sides.${side}`),
      n: formatNumber(rows.length, locale),
    });
}

/** The box the registry scrolls in (table or cards): reachable by keyboard, named, and the target of its link. */
function ScrollingRegion({ className, children }: { className: string; children: ReactNode }) {
  const { t } = useLocale();
  return (
    <div
      className={className}
      // The box scrolls, so it must be reachable by keyboard.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('method.sources.caption')}
      data-testid="table-method-sources"
      id="method-sources"
    >
      {children}
    </div>
  );
}

/** The registry as a table whose column headers sort it. */
export function SourceTable({
  groups,
  sort,
  onSort,
}: {
  groups: readonly SourceGroup[];
  sort: { key: SourceSortKey; direction: SortDirection };
  onSort: (key: SourceSortKey) => void;
}) {
  const { t, locale } = useLocale();
  const languageName = useLanguageName(locale);
  const heading = useGroupHeading();
  const columns: { key: SourceSortKey | 'link'; label: string; numeric?: boolean }[] = [
    { key: 'publisher', label: t('method.sources.columns.publisher') },
    { key: 'title', label: t('method.sources.columns.title') },
    { key: 'date', label: t('method.sources.columns.date') },
    { key: 'side', label: t('method.sources.columns.side') },
    { key: 'citations', label: t('method.sources.columns.citations'), numeric: true },
    { key: 'link', label: t('method.sources.columns.link') },
  ];
  return (
    <ScrollingRegion className="data-table method-sources__table">
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
                      onClick={() => onSort(c.key as SourceSortKey)}
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
                  {heading(g.side, g.rows)}
                </th>
              </tr>
            )}
            {g.rows.map((row) => (
              <SourceRowView key={row.source.id} row={row} languageName={languageName} />
            ))}
          </tbody>
        ))}
      </table>
    </ScrollingRegion>
  );
}

/** The registry on a phone: one card a source, under a heading a side. */
export function SourceCards({ groups }: { groups: readonly SourceGroup[] }) {
  const { locale } = useLocale();
  const languageName = useLanguageName(locale);
  const heading = useGroupHeading();
  return (
    <ScrollingRegion className="method-sources__cards">
      {groups.map((g) => (
        <div key={g.side ?? 'all'} className="method-sources__card-group">
          {g.side && <h4 className="method-sources__card-heading">{heading(g.side, g.rows)}</h4>}
          <ul className="method-sources__card-list">
            {g.rows.map((row) => (
              <SourceCard key={row.source.id} row={row} languageName={languageName} />
            ))}
          </ul>
        </div>
      ))}
    </ScrollingRegion>
  );
}

/** What a row and a card both show: the texts of one source in the reader's language. */
function useSourceTexts(row: SourceRow, languageName: LanguageName) {
  const { t, locale, pick } = useLocale();
  const { source: s } = row;
  const language = languageName(s.language);
  const meta =
    language || s.note ? (
      <>
        {language && t('method.sources.language', { language })}
        {language && s.note && ' · '}
        {s.note && pick(s.note)}
      </>
    ) : undefined;
  const link = (
    <>
      {hostOf(s.url)}
      <span className="visually-hidden"> {t('source.opensNewTab')}</span>
    </>
  );
  return {
    t,
    meta,
    link,
    date: s.date ? formatPartialDate(s.date, locale) : t('source.undated'),
    side: t(`method.sources.sides.${s.side}`),
    citations: formatNumber(row.citations, locale),
  };
}

function SourceRowView({ row, languageName }: { row: SourceRow; languageName: LanguageName }) {
  const { meta, link, date, side, citations } = useSourceTexts(row, languageName);
  const { source: s, titleLang } = row;
  return (
    <tr data-source-id={s.id}>
      <td className="method-sources__publisher">{s.publisher}</td>
      <td className="method-sources__title">
        <span lang={titleLang}>{s.title}</span>
        {meta && <span className="method-sources__meta">{meta}</span>}
      </td>
      <td className="method-sources__date">{date}</td>
      <td>{side}</td>
      <td className="numeric">{citations}</td>
      <td className="method-sources__link">
        <a href={s.url} target="_blank" rel="noopener noreferrer">
          {link}
        </a>
      </td>
    </tr>
  );
}

/** One source on a phone: the same facts as a table row, stacked. */
function SourceCard({ row, languageName }: { row: SourceRow; languageName: LanguageName }) {
  const { t, meta, link, date, side, citations } = useSourceTexts(row, languageName);
  const { source: s, titleLang } = row;
  const facts = [
    [t('method.sources.columns.date'), date],
    [t('method.sources.columns.side'), side],
    [t('method.sources.columns.citations'), citations],
  ];
  return (
    <li className="method-source-card" data-source-id={s.id}>
      <p className="method-source-card__publisher">{s.publisher}</p>
      <p className="method-source-card__title" lang={titleLang}>
        {s.title}
      </p>
      {meta && <p className="method-sources__meta">{meta}</p>}
      <dl className="method-source-card__facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <a href={s.url} target="_blank" rel="noopener noreferrer" className="method-source-card__link">
        {link}
      </a>
    </li>
  );
}
