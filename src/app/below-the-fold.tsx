import { AidSection } from '@/features/aid/aid-section.tsx';
import { ExchangeSection } from '@/features/exchange/exchange-section.tsx';
import { InvestmentSection } from '@/features/investment/investment-section.tsx';
import { MethodSection } from '@/features/method/method-section.tsx';
import { TimelineSection } from '@/features/timeline/timeline-section.tsx';
import { TradeDetailSection } from '@/features/trade/trade-detail-section.tsx';

/** Everything after the total-trade chart, in reading order. */
export default function BelowTheFold() {
  return (
    <>
      <TradeDetailSection />
      <InvestmentSection />
      <AidSection />
      <ExchangeSection />
      <TimelineSection />
      <MethodSection />
    </>
  );
}
