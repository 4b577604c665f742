import type { ReactNode } from 'react';
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
      <FactFooter fact={fact} />
    </li>
  );
}

/** Under a fact: its note, its qualifiers (the conflict note is listed once under the frame) and its source. */
export function FactFooter({ fact }: { fact: TradeFact }) {
  const { pick } = useLocale();
  return (
    <>
      {fact.note && <p className="td-fact__note">{pick(fact.note)}</p>}
      <QualifierBadges qualifiers={fact.qualifiers} withConflictNote={false} />
      <SourceLine sourceIds={fact.sourceIds} primaryOnly />
    </>
  );
}

/** A titled block of the FTA frame (tariffs, utilization, milestones, ranks), labelled by its heading. */
export function FtaBlock({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className={`td-fta__block td-fta__${name}`} aria-labelledby={`td-fta-${name}`}>
      <h4 id={`td-fta-${name}`} className="td-panel-title">
        {title}
      </h4>
      {children}
    </section>
  );
}
