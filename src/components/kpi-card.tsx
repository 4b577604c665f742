import type { ReactNode } from 'react';
import { useLocale } from './use-locale.ts';

interface KpiCardProps {
  title: string;
  /** The headline number, already formatted for the locale. */
  value: ReactNode;
  /** One line naming the figure's source (a link); the rest is under "more". */
  source?: ReactNode;
  /** What the figure compares to, later statements: under "more". */
  children?: ReactNode;
  /** Qualifiers, who stated it and every source: under "more". */
  footer?: ReactNode;
  testId?: string;
}

/**
 * A headline figure, compact so four fit a phone's first screen: what it is, the number, one line of source, and the
 * rest behind a disclosure. The build writes the same markup into the page (scripts/static-shell/headline-cards.ts):
 * keep the two alike, or the card jumps when React takes over.
 */
export function KpiCard({ title, value, source, children, footer, testId }: KpiCardProps) {
  const { t } = useLocale();
  return (
    <article className="kpi-card" data-testid={testId}>
      <h3 className="kpi-card__title">{title}</h3>
      <p className="kpi-card__value">{value}</p>
      {source && <div className="kpi-card__source">{source}</div>}
      {(children || footer) && (
        <details className="kpi-card__more">
          <summary>{t('phone.cardMore')}</summary>
          {children && <div className="kpi-card__detail">{children}</div>}
          {footer && <div className="kpi-card__footer">{footer}</div>}
        </details>
      )}
    </article>
  );
}
