import { useState, type ComponentType } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AidSection } from '@/features/aid/aid-section.tsx';
import { ExchangeSection } from '@/features/exchange/exchange-section.tsx';
import { InvestmentSection } from '@/features/investment/investment-section.tsx';
import { MethodSection } from '@/features/method/method-section.tsx';
import { TimelineSection } from '@/features/timeline/timeline-section.tsx';
import { TradeDetailSection } from '@/features/trade/trade-detail-section.tsx';
import { RenderWhenNear } from '@/components/render-when-near.tsx';
import { prepareIdleTurns } from '@/components/idle-turns.ts';
import {
  aidQuery,
  exchangeQuery,
  headlinesQuery,
  investmentQuery,
  productsQuery,
  sourcesQuery,
  timelineQuery,
  tradeQuery,
} from '@/data/queries.ts';

/**
 * Everything after the total-trade chart, in reading order: the id each section carries, and about the height it
 * measured with every sector shown on a 1440 px and a 412 px screen (held until the reader nears it).
 */
const SECTIONS = [
  ['trade-detail', 6100, 12200, TradeDetailSection, 'tradeDetail.title', 'tradeDetail.intro'],
  ['investment-section', 3150, 4800, InvestmentSection, 'investment.title', 'investment.lede'],
  ['aid-section', 2750, 4350, AidSection, 'aid.title', 'aid.intro'],
  ['exchange-section', 3950, 6300, ExchangeSection, 'exchange.title', 'exchange.intro'],
  ['timeline-section', 3700, 8650, TimelineSection, 'timeline.title', 'timeline.intro'],
  ['method-section', 6600, 7500, MethodSection, 'method.title', 'method.lede'],
] as const satisfies readonly [string, number, number, ComponentType, string, string][];

/** The sections below the first screen, each rendered as the reader nears it. */
export default function BelowTheFold() {
  const client = useQueryClient();
  // Before the sections render on their own (idle-turns.ts), their data is fetched; a failed file is left to its
  // panels, which show it with a Retry button.
  useState(() =>
    prepareIdleTurns(() => {
      // A file that has already failed is not fetched again here: its panel shows the failure and a Retry button,
      // which must not flicker away under the reader's finger as a second attempt starts on its own.
      const ensure = (query: { queryKey: readonly unknown[] }) =>
        client.getQueryState(query.queryKey)?.status === 'error'
          ? undefined
          : client.ensureQueryData(query as Parameters<typeof client.ensureQueryData>[0]);
      return Promise.allSettled(
        [
          sourcesQuery(),
          headlinesQuery(),
          tradeQuery(),
          productsQuery(),
          investmentQuery(),
          aidQuery(),
          exchangeQuery(),
          timelineQuery(),
        ].map(ensure),
      );
    }),
  );
  const { t } = useTranslation();
  // Until a section renders, its place holds its heading and opening text: heading navigation and find-in-page reach
  // them at no cost. (A role, not <h2>: tests and links tell a rendered section by its <h2>.)
  return SECTIONS.map(([id, height, phoneHeight, Section, title, lede]) => (
    <RenderWhenNear
      key={id}
      anchorId={id}
      height={height}
      phoneHeight={phoneHeight}
      lightContent={
        <>
          <p role="heading" aria-level={2} className="section-title">
            {t(title)}
          </p>
          <p>{t(lede)}</p>
        </>
      }
    >
      <Section />
    </RenderWhenNear>
  ));
}
