import { useEffect, useMemo, useRef } from 'react';
import { loadKoreanFont } from '@/components/korean-font.ts';
import { SectionPanel } from '@/components/section-panel.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { collectionCoverage, tradeCoverage } from '@/domain/coverage.ts';
import { conflictGroups } from '@/domain/dataset-entries.ts';
import { citationCounts, sourceRows } from '@/domain/source-rows.ts';
import { isFiltered } from '@/domain/filters.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { ConflictsList } from './conflicts-list.tsx';
import { CoveragePanel } from './coverage-panel.tsx';
import { FileCoverage } from './file-coverage.tsx';
import { MethodRules } from './method-rules.tsx';
import { SourceRegistry } from './source-registry.tsx';
import { useMethodData } from './use-method-data.ts';
import './method.css';

/**
 * Sources and method: the dataset's rules, which side covers which years, where sources disagree, and the whole
 * source registry. It documents everything, so the sector and year filter does not narrow it (a note says so).
 */
export function MethodSection() {
  const { t } = useLocale();
  const [filter] = useViewFilter();
  const { sources, trade, recordQueries, entries } = useMethodData();

  const coverage = useMemo(() => (trade.data ? tradeCoverage(trade.data.annual) : undefined), [trade.data]);
  const files = useMemo(() => (entries ? collectionCoverage(entries) : undefined), [entries]);
  const conflicts = useMemo(() => (entries ? conflictGroups(entries) : undefined), [entries]);
  const rows = useMemo(
    () => (entries && sources.data ? sourceRows(sources.data.sources, citationCounts(entries)) : undefined),
    [entries, sources.data],
  );

  const ref = useKoreanFontWhenNear();

  return (
    <SectionPanel
      ref={ref}
      id="method-section"
      className="method"
      title={t('method.title')}
      intro={{ text: t('method.lede'), className: 'method__lede' }}
    >
      {isFiltered(filter) && (
        <p className="method__filter-note" role="note" data-testid="method-filter-note">
          {t('method.filterNote')}
        </p>
      )}
      <div className="method__blocks">
        <MethodRules />
        <QueryState queries={[trade]} what={t('method.coverage.title')} height={460}>
          {() => (coverage ? <CoveragePanel coverage={coverage} /> : <p>{t('status.noData')}</p>)}
        </QueryState>
        <QueryState queries={recordQueries} what={t('method.files.title')} height={520}>
          {() => files && <FileCoverage coverage={files} />}
        </QueryState>
        <QueryState queries={recordQueries} what={t('method.conflicts.title')} height={420}>
          {() => conflicts && conflicts.length > 0 && <ConflictsList conflicts={conflicts} />}
        </QueryState>
        <QueryState queries={[sources, ...recordQueries]} what={t('method.sources.title')} height={640}>
          {() => rows && <SourceRegistry rows={rows} />}
        </QueryState>
      </div>
    </SectionPanel>
  );
}

/** Source titles and quotes are in Korean whatever the interface language: fetch the font when the section comes near. */
function useKoreanFontWhenNear() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (typeof IntersectionObserver === 'undefined') {
      void loadKoreanFont();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          void loadKoreanFont();
          observer.disconnect();
        }
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return ref;
}
