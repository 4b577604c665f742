import type { ReactNode } from 'react';
import { EmptyState } from '@/components/empty-state.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SectionPanel } from '@/components/section-panel.tsx';
import { distinctProjects, leadingRow } from '@/domain/aid-projects.ts';
import { type AidView } from '@/domain/aid.ts';
import { isAidProject, projectYears, type YearSpan } from '@/domain/aid-records.ts';
import { spanOf } from '@/domain/aid-statements.ts';
import { useViewFilter } from '@/state/view-params.ts';
import type { CountDatum } from './aid-count-chart.tsx';
import { CountFrame } from './aid-count-frame.tsx';
import { useAidFormat } from './aid-format.ts';
import { AidMapFrame } from './aid-map-frame.tsx';
import { ProjectsBlock } from './aid-projects-table.tsx';
import { StatementsFrame } from './aid-statements-frame.tsx';
import { useAidView } from './use-aid-view.ts';
import './aid.css';

const SECTION_HEIGHT = 1600;

/** Korean development aid: what has been stated about its size, and the projects by sector and region. */
export function AidSection() {
  const { t } = useAidFormat();
  const [filter] = useViewFilter();
  const { view: query, headlines } = useAidView(filter);
  // The headline figure only adds an attribution: wait for it, but a failed headlines file does not block the section.
  const waitForHeadlines = {
    error: null,
    isPending: headlines.isPending && !headlines.isError,
    refetch: headlines.refetch,
  };

  return (
    <SectionPanel
      shown={!query.data || query.data.inSectors}
      id="aid-section"
      className="aid-section"
      title={t('aid.title')}
      intro={{ text: t('aid.intro'), className: 'aid-intro' }}
    >
      <QueryState queries={[query, waitForHeadlines]} what={t('aid.title')} height={SECTION_HEIGHT}>
        {() => <AidContent view={query.data!} filterSpan={filter} />}
      </QueryState>
    </SectionPanel>
  );
}

function AidContent({ view, filterSpan }: { view: AidView; filterSpan: YearSpan }) {
  const f = useAidFormat();
  const { t } = f;
  if (view.statements.length === 0 && view.projects.length === 0) return <EmptyState />;

  const aidProjects = view.projects.filter(isAidProject);
  const references = view.projects.filter((p) => !isAidProject(p));
  const projectSpan = spanOf(view.projects.flatMap((p) => projectYears(p) ?? [])) ?? filterSpan;
  const total = distinctProjects(view.themes);

  const themeRows: CountDatum[] = view.themes.map((r) => ({ ...r, label: f.theme(r.key) }));
  const regionRows: CountDatum[] = view.regions.map((r) => ({ ...r, label: f.region(r.key) }));
  const leadTheme = leadingRow(view.themes);
  const leadRegion = leadingRow(view.regions);

  return (
    <div className="aid-content">
      {view.statements.length > 0 ? (
        <StatementsFrame
          statements={view.statements}
          amounts={view.amounts}
          shares={view.shares}
          statedBy={view.statedBy}
        />
      ) : (
        <p className="aid-note">{t('aid.statements.noAmounts')}</p>
      )}
      {aidProjects.length > 0 ? (
        <div className="aid-grid">
          <ProjectCountFrame
            by="sector"
            rows={themeRows}
            span={projectSpan}
            total={total}
            lead={
              leadTheme && t('aid.projects.leadSector', { sector: f.theme(leadTheme.key), n: leadTheme.total, total })
            }
            emphasis={leadTheme?.key}
          >
            <p className="chart-note">{t('aid.projects.budgetNote')}</p>
            <p className="chart-note">{t('aid.projects.countNote')}</p>
            {references.length > 0 && (
              <p className="chart-note">
                {t('aid.projects.referenceNote', { titles: references.map((p) => f.pick(p.title)).join('; ') })}
              </p>
            )}
          </ProjectCountFrame>
          <ProjectCountFrame
            by="region"
            rows={regionRows}
            span={projectSpan}
            total={total}
            lead={
              leadRegion &&
              t('aid.projects.leadRegion', { region: f.region(leadRegion.key), n: leadRegion.total, total })
            }
            emphasis={leadRegion?.key}
          >
            {view.regions.some((r) => r.key === 'national') && (
              <p className="chart-note">{t('aid.projects.nationalNote')}</p>
            )}
          </ProjectCountFrame>
        </div>
      ) : (
        <p className="aid-note">{t('aid.projects.noProjects')}</p>
      )}
      {aidProjects.length > 0 && <AidMapFrame projects={view.projects} />}
      {view.projects.length > 0 && <ProjectsBlock projects={view.projects} span={projectSpan} />}
    </div>
  );
}

interface ProjectCountFrameProps {
  /** Projects counted by sector (theme) or by region. */
  by: 'sector' | 'region';
  rows: CountDatum[];
  span: YearSpan;
  total: number;
  /** The sentence naming the group with the most projects, if any. */
  lead: string | undefined;
  emphasis: string | undefined;
  /** The notes under the lead sentence. */
  children: ReactNode;
}

/** The count of aid projects by sector or by region: one bar each, the leading group named under the chart. */
function ProjectCountFrame({ by, rows, span, total, lead, emphasis, children }: ProjectCountFrameProps) {
  const f = useAidFormat();
  const { t } = f;
  return (
    <CountFrame
      id={`aid-projects-${by}`}
      title={t(`aid.projects.${by}Title`)}
      subtitle={t(`aid.projects.${by}Subtitle`, { years: f.range(span.from, span.to) })}
      description={t(`aid.projects.${by}Description`, { projects: total, groups: rows.length })}
      groupHeader={t(by === 'sector' ? 'aid.table.sectors' : 'aid.table.region')}
      rows={rows}
      emphasis={emphasis}
      notes={
        <>
          {lead && <p className="chart-note aid-lead">{lead}</p>}
          {children}
        </>
      }
    />
  );
}
