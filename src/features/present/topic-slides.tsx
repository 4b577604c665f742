import { useQuery } from '@tanstack/react-query';
import { AidRegionsPicture } from '@/components/aid-regions-picture.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useLocale } from '@/components/use-locale.ts';
import { aidQuery, headlinesQuery } from '@/data/queries.ts';
import type { AidFile } from '@/data/schema/aid.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { isAidProject } from '@/domain/aid-records.ts';
import { aidProjectsBySector } from '@/domain/deck-highlights.ts';
import { headlineFor } from '@/domain/headline-figures.ts';
import { formatNumber, formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { Pictograms, type PictogramKind } from './pictograms.tsx';
import { BigNumber, SlideFrame } from './slide-frame.tsx';

/** Which symbol counts each defense figure (a trainer aircraft, or a ship for the vessels). */
const defenseSymbol = (f: HeadlineFigure): PictogramKind => (/kt-1p/i.test(f.id) ? 'aircraft' : 'ship');

/** Defense: the four stated counts, large, each with as many symbols (aircraft, ships). */
export function DefenseSlide() {
  const { t, locale, pick } = useLocale();
  const figures =
    useQuery({
      ...headlinesQuery(),
      select: (f) => f.figures.filter((x) => x.topic === 'defense' && x.unit === 'count' && x.value !== undefined),
    }).data ?? [];
  const first = figures[0];
  return (
    <SlideFrame title={t('present.defenseTitle')} sourceIds={figures.flatMap((f) => f.sourceIds)}>
      <ul className="pictogram-rows slide__figure" data-figure="pictograms">
        {figures.map((f) => (
          <li key={f.id}>
            <p className="pictogram-rows__number">{formatNumber(f.value!, locale)}</p>
            <div className="pictogram-rows__words">
              <Pictograms kind={defenseSymbol(f)} count={f.value!} size={60} />
              <p className="pictogram-rows__text">{pick(f.statement)}</p>
            </div>
          </li>
        ))}
      </ul>
      {first && (
        <p className="slide__attribution">
          {t('present.statedBy', { date: formatPartialDate(first.statedOn, locale) })} ·{' '}
          {qualifierLabels(first.qualifiers, t, locale).join(' · ')}
        </p>
      )}
    </SlideFrame>
  );
}

/** One symbol stands for this many people (the stated figures are round: about 100 and 1,000). */
const PEOPLE_PER_SYMBOL = 10;

/** Exchange and people: the stated numbers of scholars and trainees, as counts of figures. */
export function PeopleSlide() {
  const { t, locale, pick } = useLocale();
  const figures =
    useQuery({
      ...headlinesQuery(),
      select: (f) =>
        [headlineFor(f.figures, 'scholars'), headlineFor(f.figures, 'trainees')].filter(
          (x): x is HeadlineFigure & { value: number } => x?.value !== undefined,
        ),
    }).data ?? [];
  return (
    <SlideFrame title={t('present.peopleTitle')} sourceIds={figures.flatMap((f) => f.sourceIds)}>
      <ul className="pictogram-rows slide__figure" data-figure="pictograms">
        {figures.map((f, i) => (
          <li key={f.id}>
            <p className="pictogram-rows__number">{formatNumber(f.value, locale)}</p>
            <div className="pictogram-rows__words">
              <Pictograms
                kind="person"
                count={Math.round(f.value / PEOPLE_PER_SYMBOL)}
                size={44}
                tone={i === 0 ? 'korea' : 'peru'}
              />
              <p className="pictogram-rows__text">{pick(f.statement)}</p>
              {qualifierLabels(f.qualifiers, t, locale).length > 0 && (
                <p className="pictogram-key">{qualifierLabels(f.qualifiers, t, locale).join(' · ')}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p className="pictogram-key">
        {t('present.peoplePerSymbol', { n: PEOPLE_PER_SYMBOL })}
        {figures[0] && ` · ${t('present.statedBy', { date: formatPartialDate(figures[0].statedOn, locale) })}`}
      </p>
    </SlideFrame>
  );
}

const selectAidProjects = (file: AidFile) => file.projects.filter(isAidProject);

/**
 * Development cooperation: the stated yearly amount, the projects on record by sector, and where they are (the map
 * of Peru, drawn by the same component as the aid section's map).
 */
export function AidSlide() {
  const { t, locale } = useLocale();
  const figure = useQuery({ ...headlinesQuery(), select: (f) => headlineFor(f.figures, 'aid') }).data;
  // Aid projects only, as the page counts them: a contract listed for reference (Chinchero's airport) is not aid.
  const projects = useQuery({ ...aidQuery(), select: selectAidProjects }).data ?? [];
  const bySector = aidProjectsBySector(projects).slice(0, 6);
  const max = Math.max(1, ...bySector.map((s) => s.projects));
  return (
    <SlideFrame
      title={t('present.aidTitle')}
      sourceIds={[...(figure?.sourceIds ?? []), ...projects.slice(0, 1).flatMap((p) => p.sourceIds)]}
    >
      {figure?.value !== undefined && (
        <div className="big-number-grid">
          <BigNumber
            value={formatUsdMillions(figure.value, locale)}
            label={t('present.aidBody', { year: figure.statedOn.slice(0, 4) })}
            note={qualifierLabels(figure.qualifiers, t, locale).join(' · ') || undefined}
          />
        </div>
      )}
      <div className="aid-figure slide__figure" data-figure="bars">
        <div>
          <p className="slide__line">{t('present.aidProjects', { n: projects.length })}</p>
          <ul className="hbars">
            {bySector.map((s) => (
              <li key={s.sector}>
                <span className="hbars__label">{t(`sectors.${s.sector}`)}</span>
                <span className="hbars__track">
                  <span className="hbars__bar" style={{ width: `calc((100% - 120px) * ${s.projects / max})` }} />
                  <span className="hbars__value">{s.projects}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div className="slide__map-slot" data-map-slot="aid">
          <AidRegionsPicture projects={projects} />
        </div>
      </div>
    </SlideFrame>
  );
}
