import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { DateTime } from '@/components/date-time.tsx';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import { CATEGORY_STYLE } from './category-style.ts';

/** The selected event in full: date at its own precision, category, description, qualifiers, note and sources. */
export function EventDetails({ event }: { event: TimelineEvent | undefined }) {
  const { t, pick } = useLocale();
  return (
    <div
      className="timeline-details"
      role="region"
      aria-labelledby="timeline-details-title"
      aria-live="polite"
      data-testid="timeline-event-details"
    >
      <h4 id="timeline-details-title" className="timeline-details__heading">
        {t('timeline.details.title')}
      </h4>
      {event ? (
        <div className="timeline-details__body" data-event-id={event.id}>
          <p className="timeline-details__meta">
            <span
              className={`timeline-swatch timeline-swatch--${CATEGORY_STYLE[event.category].shape}`}
              style={{ background: CATEGORY_STYLE[event.category].color }}
              aria-hidden="true"
            />
            <span>
              <span className="visually-hidden">{t('timeline.details.category')}: </span>
              {t(`timeline.categories.${event.category}`)}
            </span>
            <span aria-hidden="true">·</span>
            <span>
              <span className="visually-hidden">{t('timeline.details.date')}: </span>
              <DateTime date={event.date} />
            </span>
          </p>
          <p className="timeline-details__title">
            {pick(event.title)}
            {event.milestone && <span className="timeline-milestone-tag">{t('timeline.milestone')}</span>}
          </p>
          <p className="timeline-details__description">{pick(event.description)}</p>
          <QualifierBadges qualifiers={event.qualifiers} />
          {event.note && <p className="timeline-details__note">{pick(event.note)}</p>}
          <SourceLine sourceIds={event.sourceIds} />
        </div>
      ) : (
        <p className="timeline-details__empty">{t('timeline.details.empty')}</p>
      )}
    </div>
  );
}
