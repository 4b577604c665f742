import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { DateTime } from '@/components/date-time.tsx';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import type { ViewFilter } from '@/domain/filters.ts';
import type { DefenseHighlight } from '@/domain/timeline.ts';
import { formatNumber, formatPartialDate } from '@/i18n/format.ts';
import { useDefenseHighlights } from './use-timeline-view.ts';

const HEIGHT = 360;

/**
 * KT-1P aircraft, corvettes, patrol and multipurpose vessels and the other defense programmes: the timeline's
 * defense events grouped by programme, each with the count the Korean ambassador stated (attributed, not summed).
 */
export function DefenseHighlights({ events, filter }: { events: readonly TimelineEvent[]; filter: ViewFilter }) {
  const { t } = useLocale();
  const query = useDefenseHighlights(events, filter);
  if (query.data && query.data.length === 0) return null;
  const title = t('timeline.defense.title');
  return (
    <section className="timeline-defense" aria-labelledby="timeline-defense-title" data-testid="timeline-defense">
      <h3 id="timeline-defense-title" className="timeline-defense__title">
        {title}
      </h3>
      <p className="timeline-defense__intro">{t('timeline.defense.intro')}</p>
      <QueryState queries={[query]} what={title} height={HEIGHT}>
        {() => (
          <ul className="timeline-defense__grid">
            {query.data!.map((highlight) => (
              <HighlightCard key={highlight.group} highlight={highlight} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function HighlightCard({ highlight }: { highlight: DefenseHighlight }) {
  const { t, locale, pick } = useLocale();
  const { group, events, figure } = highlight;
  const headingId = `timeline-defense-${group}`;
  return (
    <li className="defense-card" data-group={group}>
      <h4 id={headingId} className="defense-card__title">
        {t(`timeline.defense.groups.${group}`)}
      </h4>
      {figure && (
        <div className="defense-card__figure">
          <p className="visually-hidden">{t('timeline.defense.statedFigure')}</p>
          {figure.value !== undefined && <p className="defense-card__value">{formatNumber(figure.value, locale)}</p>}
          <p className="defense-card__statement">{pick(figure.statement)}</p>
          <p className="defense-card__stated-by">
            {t('source.statedBy', { who: pick(figure.statedBy), date: formatPartialDate(figure.statedOn, locale) })}
          </p>
          <QualifierBadges qualifiers={figure.qualifiers} />
          <SourceLine sourceIds={figure.sourceIds} />
        </div>
      )}
      {events.length > 0 ? (
        <ol
          className="defense-card__events"
          aria-label={`${t(`timeline.defense.groups.${group}`)}: ${t('timeline.defense.events')}`}
        >
          {events.map((event) => (
            <li key={event.id} className="defense-event">
              <DateTime date={event.date} className="defense-event__date" />
              <p className="defense-event__title">{pick(event.title)}</p>
              <p className="defense-event__description">{pick(event.description)}</p>
              <QualifierBadges qualifiers={event.qualifiers} />
              <SourceLine sourceIds={event.sourceIds} primaryOnly />
            </li>
          ))}
        </ol>
      ) : (
        <p className="defense-card__none">{t('timeline.defense.noEvents')}</p>
      )}
    </li>
  );
}
