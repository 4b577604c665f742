import { useMemo } from 'react';
import { csvHeader } from '@/components/csv-header.ts';
import { countColumn } from '@/components/count-column.ts';
import { DataTable, type Column } from '@/components/data-table.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { CollectionCoverage } from '@/domain/coverage.ts';
import { formatNumber } from '@/i18n/format.ts';
import { MethodCard } from './method-card.tsx';
import { formatYearRanges } from './method-utils.ts';
import { useMediaQuery } from '@/components/use-media-query.ts';

/** Per list of records: how many, which years, how many undated. A strip shows the years on one shared time line. */
/** The counts a file's card and row state, in the order of the table's columns. */
const COUNTS = {
  records: (c: CollectionCoverage) => c.records,
  yearsCount: (c: CollectionCoverage) => c.years.length,
  undated: (c: CollectionCoverage) => c.undated,
  unusable: (c: CollectionCoverage) => c.unusable,
};
type CountKey = keyof typeof COUNTS;
const COUNT_KEYS = Object.keys(COUNTS) as CountKey[];

export function FileCoverage({ coverage }: { coverage: readonly CollectionCoverage[] }) {
  const { t, locale } = useLocale();
  const phone = useMediaQuery('(max-width: 40rem)');
  const span = useMemo(() => {
    const years = coverage.flatMap((c) => c.years);
    return years.length ? { from: Math.min(...years), to: Math.max(...years) } : undefined;
  }, [coverage]);
  const name = (c: CollectionCoverage) => t(`method.files.names.${c.collection}`);
  const years = (c: CollectionCoverage) => (c.years.length ? formatYearRanges(c.years, t) : t('method.files.none'));

  const count = (key: CountKey) => countColumn(key, t(`method.files.${key}`), COUNTS[key], locale);
  const columns: Column<CollectionCoverage>[] = [
    {
      key: 'list',
      header: t('method.files.list'),
      cell: (c) => (
        <>
          <span className="method-files__name">{name(c)}</span>
          <code className="method-files__file">{c.file}</code>
        </>
      ),
    },
    count('records'),
    count('yearsCount'),
    {
      key: 'years',
      header: t('method.files.years'),
      cell: (c) => <span className="method-files__years">{years(c)}</span>,
    },
    count('undated'),
    count('unusable'),
  ];
  if (span)
    columns.push({
      key: 'strip',
      header: `${t('method.files.strip')} (${t('method.figure.range', { from: span.from, to: span.to })})`,
      cell: (c) => <YearStrip years={c.years} from={span.from} to={span.to} />,
    });

  return (
    <MethodCard
      id="method-files"
      title={t('method.files.title')}
      subtitle={t('method.files.subtitle')}
      csvLabel={t('method.files.csv')}
      csv={() => ({
        header: csvHeader(
          t,
          [
            'method.files.list',
            'method.files.fileName',
            'method.files.records',
            'method.files.yearsCount',
            'method.files.years',
            'method.files.undated',
            'method.files.unusable',
          ],
          false,
        ),
        rows: coverage.map((c) => [
          name(c),
          c.file,
          c.records,
          c.years.length,
          c.years.length ? formatYearRanges(c.years, t) : '',
          c.undated,
          c.unusable,
        ]),
      })}
    >
      {phone && span && (
        <p className="method-card__note">
          {t('method.files.strip')}: {t('method.figure.range', { from: span.from, to: span.to })}
        </p>
      )}
      {phone ? (
        <ul className="method-files__cards" aria-label={t('method.files.caption')} data-testid="table-method-files">
          {coverage.map((c) => (
            <li key={c.collection} className="method-files__card">
              <p className="method-files__card-head">
                <span className="method-files__name">{name(c)}</span>
                <code className="method-files__file">{c.file}</code>
              </p>
              <dl className="method-source-card__facts">
                {COUNT_KEYS.map((key) => (
                  <div key={key}>
                    <dt>{t(`method.files.${key}`)}</dt>
                    <dd>{formatNumber(COUNTS[key](c), locale)}</dd>
                  </div>
                ))}
              </dl>
              {span && <YearStrip years={c.years} from={span.from} to={span.to} />}
              <p className="method-files__card-years">
                <span className="visually-hidden">{t('method.files.years')}: </span>
                {years(c)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <DataTable
          caption={t('method.files.caption')}
          columns={columns}
          rows={coverage}
          rowKey={(c) => c.collection}
          testId="table-method-files"
        />
      )}
      <p className="chart-note method-card__note">{t('method.files.dating')}</p>
    </MethodCard>
  );
}

/** One tick per covered year on the shared span; decorative, since the years are written beside it. */
function YearStrip({ years, from, to }: { years: readonly number[]; from: number; to: number }) {
  const step = 4;
  const width = (to - from + 1) * step;
  return (
    <svg className="method-strip" viewBox={`0 0 ${width} 16`} preserveAspectRatio="none" aria-hidden="true">
      <line x1={0} x2={width} y1={15} y2={15} stroke="var(--axis)" strokeWidth={1} vectorEffect="non-scaling-stroke" />
      {years.map((y) => (
        <rect key={y} x={(y - from) * step} y={2} width={step - 1} height={12} fill="var(--method-strip)" />
      ))}
    </svg>
  );
}
