import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { KpiCard } from '@/components/kpi-card.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { Qualifiers } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { CardFigure, CardKey } from './card-figures.ts';
import { StatedBy } from './stated-by.tsx';
import { staticCard } from './static-card.tsx';

interface HeadlineCardProps {
  card: CardKey;
  queries: readonly Pick<UseQueryResult, 'error' | 'isPending' | 'refetch'>[];
  /** The card's figure once its data is in; undefined draws the card with "no data". */
  children: () => { shown: CardFigure; footer: ReactNode; more: ReactNode } | undefined;
}

/**
 * Every headline card: the card the build painted while the data loads, then the figure with its one source line and
 * the rest (qualifiers, who stated it, later figures) under "more"; "no data" where the dataset has none.
 */
export function HeadlineCard({ card, queries, children }: HeadlineCardProps) {
  const { t } = useLocale();
  const title = t(`cards.${card}.title`);
  return (
    <QueryState queries={queries} what={title} placeholder={staticCard(card)}>
      {() => {
        const content = children();
        if (!content) return <KpiCard title={title} value={t('status.noData')} testId={`card-${card}`} />;
        return (
          <KpiCard
            title={title}
            testId={`card-${card}`}
            value={content.shown.value}
            source={<SourceLine sourceIds={[content.shown.sourceId]} primaryOnly />}
            footer={content.footer}
          >
            {content.more}
          </KpiCard>
        );
      }}
    </QueryState>
  );
}

/** A stated headline figure's footer: its qualifiers, who stated it and when, its sources. */
export function StatedFooter({ figure }: { figure: HeadlineFigure }) {
  return (
    <>
      <QualifierBadges qualifiers={figure.qualifiers} />
      <StatedBy figure={figure} />
      <SourceLine sourceIds={figure.sourceIds} primaryOnly />
    </>
  );
}

/** A later or other figure beside the headline one, with its qualifiers and (when it has its own) its sources. */
export function LaterFigure({
  text,
  figure,
}: {
  text: string;
  figure: { qualifiers: Qualifiers; sourceIds?: readonly string[] };
}) {
  return (
    <div className="kpi-card__later">
      <p>{text}</p>
      <QualifierBadges qualifiers={figure.qualifiers} withConflictNote={false} />
      {figure.sourceIds && <SourceLine sourceIds={figure.sourceIds} primaryOnly />}
    </div>
  );
}
