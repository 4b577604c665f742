import { AidSection } from '@/features/aid/aid-section.tsx';
import { ExchangeSection } from '@/features/exchange/exchange-section.tsx';
import { InvestmentSection } from '@/features/investment/investment-section.tsx';
import { MethodSection } from '@/features/method/method-section.tsx';
import { TimelineSection } from '@/features/timeline/timeline-section.tsx';
import { TradeDetailSection } from '@/features/trade/trade-detail-section.tsx';
import { RenderWhenNear } from '@/components/render-when-near.tsx';

/**
 * Everything after the total-trade chart, in reading order, each section rendered as the reader nears it.
 * The heights are about what each section measured with every sector shown, on a 1440 px and a 412 px screen.
 */
export default function BelowTheFold() {
  return (
    <>
      <RenderWhenNear anchorId="trade-detail" height={6100} phoneHeight={12200}>
        <TradeDetailSection />
      </RenderWhenNear>
      <RenderWhenNear anchorId="investment-section" height={3150} phoneHeight={4800}>
        <InvestmentSection />
      </RenderWhenNear>
      <RenderWhenNear anchorId="aid-section" height={2750} phoneHeight={4350}>
        <AidSection />
      </RenderWhenNear>
      <RenderWhenNear anchorId="exchange-section" height={3950} phoneHeight={6300}>
        <ExchangeSection />
      </RenderWhenNear>
      <RenderWhenNear anchorId="timeline-section" height={3700} phoneHeight={8650}>
        <TimelineSection />
      </RenderWhenNear>
      <RenderWhenNear anchorId="method-section" height={6600} phoneHeight={7500}>
        <MethodSection />
      </RenderWhenNear>
    </>
  );
}
