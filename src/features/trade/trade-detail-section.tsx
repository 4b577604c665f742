import { EmptyState } from '@/components/empty-state.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SectionPanel } from '@/components/section-panel.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { FlowsFrame } from './flows-frame.tsx';
import { FtaFrame } from './fta-frame.tsx';
import { KoreaShareFrame } from './products-korea-share-frame.tsx';
import { ProductsFrame } from './products-frame.tsx';
import { useTradeDetailView } from './use-trade-detail-view.ts';
import './flows-detail.css';

/**
 * Trade in detail, after the total-trade chart: exports, imports and balance by reporting side; what Peru sells to
 * Korea; Korea's share of Peru's import markets; the FTA's facts. Renders nothing when the sector filter leaves no
 * trade record, and an empty state when the years leave none.
 */
export function TradeDetailSection() {
  const { t } = useLocale();
  const [filter] = useViewFilter();
  const { trade, products } = useTradeDetailView(filter);

  const settled = !trade.isPending && !products.isPending && !trade.error && !products.error;
  const nothingInYears =
    settled && !trade.data?.flows && !trade.data?.facts && !products.data?.products && !products.data?.koreaShare;
  const title = t('tradeDetail.title');

  return (
    <SectionPanel
      shown={!settled || Boolean(trade.data?.inSectors || products.data?.inSectors)}
      id="trade-detail"
      className="trade-detail"
      title={title}
      intro={{ text: t('tradeDetail.intro'), className: 'trade-detail__intro' }}
    >
      {nothingInYears ? (
        <EmptyState />
      ) : (
        <div className="trade-detail__frames">
          <QueryState queries={[trade]} what={t('tradeDetail.flows.title')} height={420}>
            {() => trade.data?.flows && <FlowsFrame view={trade.data.flows} />}
          </QueryState>
          <QueryState queries={[products]} what={t('tradeDetail.products.title')} height={900}>
            {() => (
              <>
                {products.data?.products && <ProductsFrame view={products.data.products} />}
                {products.data?.koreaShare && <KoreaShareFrame view={products.data.koreaShare} />}
              </>
            )}
          </QueryState>
          {/* Same file as the first frame, whose QueryState already shows its loading or error state. */}
          {trade.data?.facts && <FtaFrame view={trade.data.facts} />}
        </div>
      )}
    </SectionPanel>
  );
}
