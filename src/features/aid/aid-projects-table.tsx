import { useState } from 'react';
import { FrameHeading } from '@/components/frame-heading.tsx';
import { SearchField } from '@/components/search-field.tsx';
import { saveText } from '@/components/download.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
import type { AidProject } from '@/data/schema/aid.ts';
import { regionKeys, searchProjects } from '@/domain/aid-projects.ts';
import type { YearSpan } from '@/domain/aid-records.ts';
import { exportFileName, toCsv } from '@/domain/csv.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { formatNumber } from '@/i18n/format.ts';
import { projectsCsv } from './aid-csv.ts';
import { useAidFormat } from './aid-format.ts';
import { ProjectsTable } from './aid-tables.tsx';

/** The projects table (`aid-projects`): every project with its budget as stated, findable by a search box. */
export function ProjectsBlock({ projects, span }: { projects: readonly AidProject[]; span: YearSpan }) {
  const f = useAidFormat();
  const { t, locale } = f;
  const sources = useSourceLookup();
  const [filter] = useViewFilter();
  const [query, setQuery] = useState('');
  const title = t('aid.table.title');
  // Localized region names are searchable too, so a Korean reader can type 쿠스코.
  const shown = searchProjects(projects, query, (p) => regionKeys(p.region).map(f.region).join(' '));
  const download = () => {
    const { header, rows } = projectsCsv(f, sources, shown);
    saveText(toCsv(header, rows), exportFileName('aid-projects', filter, 'csv'), 'text/csv;charset=utf-8');
  };
  return (
    <section
      className="chart-frame aid-projects"
      id="aid-projects"
      data-testid="aid-projects"
      aria-labelledby="aid-projects-title"
    >
      <FrameHeading
        titleId="aid-projects-title"
        title={title}
        subtitle={t('aid.table.subtitle', { years: f.range(span.from, span.to) })}
      >
        <div className="chart-frame__actions">
          <button type="button" className="button button--small" onClick={download} aria-label={t('aid.table.csv')}>
            CSV
          </button>
        </div>
      </FrameHeading>
      <div className="aid-projects__search">
        <SearchField
          label={t('aid.table.search')}
          hint={t('aid.table.searchHint')}
          value={query}
          onChange={setQuery}
          height={40}
        />
        <p className="aid-projects__count" role="status">
          {shown.length === 0 && query.trim()
            ? t('aid.table.noMatch', { query: query.trim() })
            : t('aid.table.shown', {
                shown: formatNumber(shown.length, locale),
                total: formatNumber(projects.length, locale),
              })}
        </p>
      </div>
      {shown.length > 0 && <ProjectsTable caption={title} projects={shown} />}
    </section>
  );
}
