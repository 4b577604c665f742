import type { Source } from '@/data/schema/sources.ts';
import { csvHeader } from '@/components/csv-header.ts';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import { entryReporter, type CollectionConflicts, type DatasetEntry } from '@/domain/dataset-entries.ts';
import { MethodCard } from './method-card.tsx';
import { useMediaQuery } from '@/components/use-media-query.ts';
import { figureLabel } from './figure-label.ts';

/** The side a figure comes from: its statistics side when the record has one, else the side of its primary source. */
function useSideText() {
  const { t } = useLocale();
  const sources = useSourceLookup();
  return (entry: DatasetEntry) => {
    const reporter = entryReporter(entry);
    if (reporter) {
      const agency = 'agency' in entry.record ? entry.record.agency : undefined;
      return {
        label: t('method.conflicts.reportedBy'),
        value: t(`reporters.${reporter}`) + (agency ? ` — ${agency}` : ''),
      };
    }
    const source: Source | undefined = sources.get(entry.record.sourceIds[0] ?? '');
    return {
      label: t('method.conflicts.sourceSide'),
      value: source ? t(`method.sources.sides.${source.side}`) : t('source.unknown'),
    };
  };
}

/** Every record whose figure another source contradicts, by file and by disagreement, all figures kept. */
export function ConflictsList({ conflicts }: { conflicts: readonly CollectionConflicts[] }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const sideText = useSideText();
  const records = conflicts.reduce((n, c) => n + c.records, 0);
  const groups = conflicts.reduce((n, c) => n + c.groups.length, 0);
  const name = (c: CollectionConflicts) => t(`method.files.names.${c.collection}`);
  // The first file opens by itself where there is room; on a phone every file starts folded.
  const phone = useMediaQuery('(max-width: 40rem)');

  return (
    <MethodCard
      id="method-conflicts"
      title={t('method.conflicts.title')}
      subtitle={t('method.conflicts.summary', { records, groups })}
      csvLabel={t('method.conflicts.csv')}
      csv={() => ({
        header: csvHeader(t, [
          'method.conflicts.columns.list',
          'method.files.fileName',
          'method.conflicts.columns.record',
          'method.conflicts.columns.figure',
          'method.conflicts.columns.when',
          'method.conflicts.columns.value',
          'method.conflicts.columns.side',
          'table.qualifiers',
          'method.conflicts.columns.note',
        ]),
        rows: conflicts.flatMap((c) =>
          c.groups.flatMap((g) =>
            g.entries.map((entry) => {
              const label = figureLabel(entry, t, locale, pick);
              const side = sideText(entry);
              return [
                name(c),
                c.file,
                entry.record.id,
                label.what,
                label.when,
                label.value,
                `${side.label}: ${side.value}`,
                qualifierLabels(entry.record.qualifiers, t, locale).join('; '),
                pick(g.note),
                ...sourceCells(sources, entry.record.sourceIds),
              ];
            }),
          ),
        ),
      })}
    >
      <p className="method-prose">{t('method.conflicts.explanation')}</p>
      {conflicts.map((c, i) => (
        <details
          key={c.collection}
          className="method-conflicts__file"
          open={i === 0 && !phone}
          data-testid={`method-conflicts-${c.collection}`}
        >
          <summary>
            {t('method.conflicts.fileSummary', {
              name: name(c),
              file: c.file,
              records: c.records,
              groups: c.groups.length,
            })}
          </summary>
          <ol className="method-conflicts__groups">
            {c.groups.map((g) => (
              <li key={g.key} className="method-conflict">
                <p className="method-conflict__note">{pick(g.note)}</p>
                <ul className="method-conflict__figures" aria-label={t('method.conflicts.figures')}>
                  {g.entries.map((entry) => (
                    <ConflictFigure key={entry.record.id} entry={entry} side={sideText(entry)} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </MethodCard>
  );
}

function ConflictFigure({ entry, side }: { entry: DatasetEntry; side: { label: string; value: string } }) {
  const { t, locale, pick } = useLocale();
  const label = figureLabel(entry, t, locale, pick);
  return (
    <li className="method-figure" data-record-id={entry.record.id}>
      <p className="method-figure__head">
        <strong className="method-figure__value">{label.value ?? t('method.figure.noValue')}</strong>
        <span className="method-figure__what">
          {label.what}
          {label.when ? ` · ${label.when}` : ''}
        </span>
      </p>
      <p className="method-figure__side">
        <span className="method-figure__side-label">{side.label}:</span> {side.value}
      </p>
      <QualifierBadges qualifiers={entry.record.qualifiers} withConflictNote={false} />
      <SourceLine sourceIds={entry.record.sourceIds} />
    </li>
  );
}
