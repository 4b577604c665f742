import { useQuery } from '@tanstack/react-query';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useLocale } from '@/components/use-locale.ts';
import { aidQuery, headlinesQuery } from '@/data/queries.ts';
import type { AidFile } from '@/data/schema/aid.ts';
import { isAidProject } from '@/domain/aid-records.ts';
import { aidProjectsIn } from '@/domain/deck-highlights.ts';
import { headlineFor } from '@/domain/headline-figures.ts';
import { formatNumber, formatPartialDate } from '@/i18n/format.ts';
import { Pictograms } from './pictograms.tsx';
import { SlideFrame } from './slide-frame.tsx';

const ROWS = [
  { sector: 'digital', symbol: 'screen', tone: 'korea', words: 'present.digitalProjects' },
  { sector: 'environment', symbol: 'leaf', tone: 'peru', words: 'present.climateProjects' },
] as const;

const selectAidProjects = (file: AidFile) => file.projects.filter(isAidProject);

/**
 * Wider cooperation: the aid projects on record in digital government and in the environment, one symbol per
 * project, and the Ambassador's statement on climate (the other statements are in the speaker notes).
 */
export function DigitalClimateSlide() {
  const { t, locale, pick } = useLocale();
  const projects = useQuery({ ...aidQuery(), select: selectAidProjects }).data ?? [];
  const statement = useQuery({ ...headlinesQuery(), select: (f) => headlineFor(f.figures, 'climate') }).data;
  const rows = aidProjectsIn(
    projects,
    ROWS.map((r) => r.sector),
  ).filter((r) => r.projects.length > 0);
  return (
    <SlideFrame
      title={t('present.digitalTitle')}
      sourceIds={[...rows.flatMap((r) => r.projects[0]?.sourceIds ?? []), ...(statement?.sourceIds ?? [])]}
    >
      <ul className="pictogram-rows pictogram-rows--projects slide__figure" data-figure="pictograms">
        {rows.map((row) => {
          const look = ROWS.find((r) => r.sector === row.sector)!;
          return (
            <li key={row.sector}>
              <p className="pictogram-rows__number">{formatNumber(row.projects.length, locale)}</p>
              <div className="pictogram-rows__words">
                <Pictograms kind={look.symbol} count={row.projects.length} size={144} tone={look.tone} />
                <p className="pictogram-rows__text">
                  {row.firstYear === undefined
                    ? t(`${look.words}Undated`)
                    : t(look.words, { year: String(row.firstYear) })}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="pictogram-key">{t('present.projectPerSymbol')}</p>
      {statement && (
        <p className="slide__attribution">
          {pick(statement.statement)} — {t('present.statedBy', { date: formatPartialDate(statement.statedOn, locale) })}
          {qualifierLabels(statement.qualifiers, t, locale).length > 0 &&
            ` · ${qualifierLabels(statement.qualifiers, t, locale).join(' · ')}`}
        </p>
      )}
    </SlideFrame>
  );
}
