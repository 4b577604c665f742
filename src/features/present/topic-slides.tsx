import { useQuery } from '@tanstack/react-query';
import { AidRegionsPicture } from '@/components/aid-regions-picture.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { aidQuery, headlinesQuery, timelineQuery } from '@/data/queries.ts';
import type { AidFile } from '@/data/schema/aid.ts';
import type { HeadlineTopic } from '@/data/schema/headlines.ts';
import { isAidProject } from '@/domain/aid.ts';
import { aidProjectsBySector, milestoneEvents } from '@/domain/deck-highlights.ts';
import { headlineFor } from '@/domain/headline-figures.ts';
import { formatNumber, formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';
import { BigNumber, SlideFrame } from './slide-frame.tsx';

/** The Ambassador's statements on one or more topics, as large attributed lines. */
function StatementsSlide({ title, topics }: { title: string; topics: HeadlineTopic[] }) {
  const { t, locale, pick } = useLocale();
  const figures =
    useQuery({ ...headlinesQuery(), select: (f) => f.figures.filter((x) => topics.includes(x.topic)) }).data ?? [];
  const first = figures[0];
  return (
    <SlideFrame title={title} sourceIds={figures.flatMap((f) => f.sourceIds)}>
      <ul className="statement-list">
        {figures.map((f) => (
          <li key={f.id}>
            {f.value !== undefined && f.unit === 'count' && (
              <span className="statement-list__number">{formatNumber(f.value, locale)}</span>
            )}
            <span>{pick(f.statement)}</span>
          </li>
        ))}
      </ul>
      {first && (
        <p className="slide__attribution">
          {t('present.statedBy', { date: formatPartialDate(first.statedOn, locale) })}
        </p>
      )}
    </SlideFrame>
  );
}

export const DefenseSlide = () => {
  const { t } = useLocale();
  return <StatementsSlide title={t('present.defenseTitle')} topics={['defense']} />;
};

export const DigitalClimateSlide = () => {
  const { t } = useLocale();
  return <StatementsSlide title={t('present.digitalTitle')} topics={['digital', 'climate']} />;
};

/** Exchange and people: the stated numbers of scholars and trainees. */
export function PeopleSlide() {
  const { t, locale, pick } = useLocale();
  const figures =
    useQuery({
      ...headlinesQuery(),
      select: (f) =>
        [headlineFor(f.figures, 'scholars'), headlineFor(f.figures, 'trainees')].filter((x) => x !== undefined),
    }).data ?? [];
  return (
    <SlideFrame title={t('present.peopleTitle')} sourceIds={figures.flatMap((f) => f.sourceIds)}>
      <div className="big-number-grid big-number-grid--two">
        {figures.map((f) => (
          <BigNumber key={f.id} value={formatNumber(f.value ?? 0, locale)} label={pick(f.statement)} />
        ))}
      </div>
      {figures[0] && (
        <p className="slide__attribution">
          {t('present.statedBy', { date: formatPartialDate(figures[0].statedOn, locale) })}
        </p>
      )}
    </SlideFrame>
  );
}

const selectAidProjects = (file: AidFile) => file.projects.filter(isAidProject);

/** Development cooperation: the stated yearly amount and the projects on record by sector. */
export function AidSlide() {
  const { t, locale } = useLocale();
  const figure = useQuery({ ...headlinesQuery(), select: (f) => headlineFor(f.figures, 'aid') }).data;
  // Aid projects only, as the page counts them: a contract listed for reference (Chinchero's airport) is not aid.
  const projects = useQuery({ ...aidQuery(), select: selectAidProjects }).data ?? [];
  const bySector = aidProjectsBySector(projects).slice(0, 5);
  const max = Math.max(1, ...bySector.map((s) => s.projects));
  return (
    <SlideFrame
      title={t('present.aidTitle')}
      sourceIds={[...(figure?.sourceIds ?? []), ...projects.slice(0, 1).flatMap((p) => p.sourceIds)]}
    >
      <div className="slide__split">
        <div>
          {figure?.value !== undefined && (
            <BigNumber
              value={formatUsdMillions(figure.value, locale)}
              label={t('present.aidBody', { year: figure.statedOn.slice(0, 4) })}
            />
          )}
          <AidRegionsPicture projects={projects} />
        </div>
        <div>
          <p className="slide__line">{t('present.aidProjects', { n: projects.length })}</p>
          <ul className="hbars">
            {bySector.map((s) => (
              <li key={s.sector}>
                <span className="hbars__label">{t(`sectors.${s.sector}`)}</span>
                <span className="hbars__bar" style={{ width: `${(s.projects / max) * 100}%` }} />
                <span className="hbars__value">{s.projects}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </SlideFrame>
  );
}

/** The milestones of the relationship, large, in date order. */
export function TimelineSlide() {
  const { t, locale, pick } = useLocale();
  const events = useQuery({ ...timelineQuery(), select: (f) => milestoneEvents(f.events) }).data ?? [];
  return (
    <SlideFrame title={t('present.timelineTitle')} sourceIds={events.flatMap((e) => e.sourceIds)}>
      <ol className="milestone-list">
        {events.map((e) => (
          <li key={e.id}>
            <span className="milestone-list__date">{formatPartialDate(e.date, locale)}</span>
            <span>{pick(e.title)}</span>
          </li>
        ))}
      </ol>
    </SlideFrame>
  );
}
