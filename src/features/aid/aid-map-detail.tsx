import { SourceLine } from '@/components/source-line.tsx';
import { useMapText } from '@/components/use-map-text.ts';
import type { AidProject } from '@/data/schema/aid.ts';
import type { InvestmentProject } from '@/data/schema/investment.ts';
import { hasStatedBudget } from '@/domain/aid-records.ts';
import { isUsable } from '@/domain/prefer-record.ts';
import { useAidFormat } from './aid-format.ts';

interface MapDetailProps {
  /** The group's name: a region, "Nation-wide" or "Place not known". */
  name: string;
  projects: readonly AidProject[];
  /** Investment and contract records placed in the region, when that layer is on. */
  investments?: readonly InvestmentProject[];
}

/** The projects of the region (or group) the reader points at, taps or focuses: title, sector, years, budget, sources. */
export function MapDetail({ name, projects, investments }: MapDetailProps) {
  const f = useAidFormat();
  const { pick } = f;
  const tm = useMapText();
  return (
    <div className="aid-map__detail-body" data-testid="map-detail">
      <h4 className="aid-map__detail-title">
        {projects.length
          ? tm('projectsIn', { region: name, count: projects.length })
          : tm('noProjects', { region: name })}
      </h4>
      {projects.length > 0 && (
        <ul className="aid-map__projects">
          {projects.map((p) => (
            <li key={p.id} className="aid-map__project" data-project={p.id}>
              <span className="aid-map__project-title">{pick(p.title)}</span>
              <span className="aid-map__project-meta">
                {f.projectSectors(p).join(', ')} · {f.projectYearsLabel(p)}
                {hasStatedBudget(p) && <> · {f.amount(p.budgetUsdM!, p.qualifiers)}</>} · {p.region}
              </span>
              <SourceLine sourceIds={p.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      {investments && investments.length > 0 && (
        <>
          <h4 className="aid-map__detail-title">
            {tm('investmentTitle', { region: name, count: investments.length })}
          </h4>
          <ul className="aid-map__projects">
            {investments.map((p) => (
              <li key={p.id} className="aid-map__project aid-map__project--investment" data-investment={p.id}>
                <span className="aid-map__project-title">
                  {p.company}: {pick(p.project)}
                </span>
                <span className="aid-map__project-meta">
                  {pick(p.dealTypeDetail)}
                  {p.year !== undefined && <> · {p.year}</>}
                  {p.amountUsdM !== undefined && isUsable(p) && <> · {f.amount(p.amountUsdM, p.qualifiers)}</>}
                </span>
                <SourceLine sourceIds={p.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
