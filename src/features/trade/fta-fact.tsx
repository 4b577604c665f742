import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { TradeFact } from '@/data/schema/trade.ts';
import { factPeriod, factValue } from './fta-format.ts';

/**
 * One stated fact as a line: the figure (if any) in bold, what it is, when, its qualifiers and its source. Conflict
 * notes are listed once under the frame, so here the badge says "Sources differ" without repeating the note.
 */
export function FactLine({ fact, showPeriod = true }: { fact: TradeFact; showPeriod?: boolean }) {
  const { t, locale, pick } = useLocale();
  const value = factValue(fact, t, locale);
  const period = showPeriod ? factPeriod(fact, t, locale) : '';
  return (
    <li className="td-fact">
      <p className="td-fact__text">
        {value && <strong className="td-fact__value">{value}</strong>}
        {value && ' '}
        {pick(fact.label)}
        {period && <span className="td-fact__period"> · {period}</span>}
      </p>
      {fact.note && <p className="td-fact__note">{pick(fact.note)}</p>}
      <QualifierBadges qualifiers={fact.qualifiers} withConflictNote={false} />
      <SourceLine sourceIds={fact.sourceIds} primaryOnly />
    </li>
  );
}
