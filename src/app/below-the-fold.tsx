import { useState, type ComponentType } from 'react';
import { useQueryClient } from '@tanstack/react-query';
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
const SECTIONS: [id: string, height: number, phoneHeight: number, Section: ComponentType][] = [
  ['trade-detail', 6100, 12200, TradeDetailSection],
  ['investment-section', 3150, 4800, InvestmentSection],
  ['aid-section', 2750, 4350, AidSection],
  ['exchange-section', 3950, 6300, ExchangeSection],
  ['timeline-section', 3700, 8650, TimelineSection],
  ['method-section', 6600, 7500, MethodSection],
];

/** The sections below the first screen, each rendered as the reader nears it. */
export default function BelowTheFold() {
  const client = useQueryClient();
  // Before the sections render on their own (idle-turns.ts), their data is fetched; a failed file is left to its
  // panels, which show it with a Retry button.
  useState(() =>
    prepareIdleTurns(() =>
      Promise.allSettled([
        client.ensureQueryData(sourcesQuery()),
        client.ensureQueryData(headlinesQuery()),
        client.ensureQueryData(tradeQuery()),
        client.ensureQueryData(productsQuery()),
        client.ensureQueryData(investmentQuery()),
        client.ensureQueryData(aidQuery()),
        client.ensureQueryData(exchangeQuery()),
        client.ensureQueryData(timelineQuery()),
      ]),
    ),
  );
  return SECTIONS.map(([id, height, phoneHeight, Section]) => (
    <RenderWhenNear key={id} anchorId={id} height={height} phoneHeight={phoneHeight}>
      <Section />
    </RenderWhenNear>
  ));
}
