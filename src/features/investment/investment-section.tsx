import { EmptyState } from '@/components/empty-state.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SectionPanel } from '@/components/section-panel.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { STATEMENTS_CHART_HEIGHT } from './investment-styles.ts';
import { useInvestmentView } from './use-investment-view.ts';
import { IndustriesFrame } from './industries-frame.tsx';
import { ProjectsFrame } from './projects-frame.tsx';
import { StatementsFrame } from './statements-frame.tsx';
import './investment.css';

/**
 * Korean investment in Peru: the statements of the accumulated stock (never a flow, never joined), the deals by type
 * with FDI set apart from contracts, loans and plans, and how FDI splits between mining, oil & gas and the rest.
 */
export function InvestmentSection() {
  const { t } = useLocale();
  const [filter] = useViewFilter();
  const { investment, headlines } = useInvestmentView(filter);
  const view = investment.data;
  const nothingInYears =
    view !== undefined && view.points.length === 0 && view.projects.length === 0 && view.withoutAmount.length === 0;
  return (
    <SectionPanel
      shown={!view || !headlines.data || view.sectorMatch}
      id="investment-section"
      className="investment"
      title={t('investment.title')}
    >
      <QueryState queries={[investment, headlines]} what={t('investment.title')} height={STATEMENTS_CHART_HEIGHT + 200}>
        {() =>
          nothingInYears ? (
            <EmptyState />
          ) : (
            <>
              <p className="investment__lede">{t('investment.lede')}</p>
              <div className="investment__frames">
                <StatementsFrame view={view!} />
                <ProjectsFrame view={view!} />
                <IndustriesFrame view={view!} />
              </div>
            </>
          )
        }
      </QueryState>
    </SectionPanel>
  );
}
