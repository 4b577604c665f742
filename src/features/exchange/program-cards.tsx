import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { ExchangeRecord } from '@/data/schema/exchange.ts';
import type { ProgramGroup } from '@/domain/exchange.ts';
import { numberText, periodText, unitText } from './exchange-format.ts';
import { shownValue } from '@/domain/exchange.ts';

/** Small multiples: one card per program, each figure with its period, qualifiers, note and source. */
export function ProgramCards({ groups }: { groups: readonly ProgramGroup[] }) {
  const { t } = useLocale();
  return (
    <ul className="exchange-cards" data-testid="exchange-program-cards">
      {groups.map((group) => (
        <li key={group.program} className="exchange-card" data-program={group.program}>
          <h4 className="exchange-card__title">{t(`exchange.programNames.${group.program}`)}</h4>
          <p className="exchange-card__count">
            {group.records.length === 1
              ? t('exchange.programs.oneFigure')
              : t('exchange.programs.figures', { n: group.records.length })}
          </p>
          <ul className="exchange-card__figures">
            {group.records.map((record) => (
              <ProgramFigure key={record.id} record={record} showName={group.mixedNames} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function ProgramFigure({ record, showName }: { record: ExchangeRecord; showName: boolean }) {
  const { t, locale, pick } = useLocale();
  const number = numberText(record, locale);
  return (
    <li className="exchange-figure" data-record-id={record.id}>
      {showName && <p className="exchange-figure__program">{pick(record.programName)}</p>}
      <p className="exchange-figure__value">
        {number === undefined ? (
          <span className="exchange-figure__none">{t('exchange.programs.noFigure')}</span>
        ) : (
          <>
            <span className="exchange-figure__number">{number}</span>
            {record.unit !== 'usd_m' && (
              <span className="exchange-figure__unit">{unitText(shownValue(record), record.unit, t)}</span>
            )}
          </>
        )}
      </p>
      <p className="exchange-figure__metric">{pick(record.metric)}</p>
      <p className="exchange-figure__period">
        {record.cumulative ? <span className="exchange-tag">{periodText(record, t)}</span> : periodText(record, t)}
      </p>
      <QualifierBadges qualifiers={record.qualifiers} />
      {record.note && <p className="exchange-figure__note">{pick(record.note)}</p>}
      <SourceLine sourceIds={record.sourceIds} />
    </li>
  );
}
