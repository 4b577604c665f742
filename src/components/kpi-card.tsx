import type { ReactNode } from 'react';

interface KpiCardProps {
  title: string;
  /** The headline number, already formatted for the locale. */
  value: ReactNode;
  children?: ReactNode;
  /** Source line and qualifiers. */
  footer?: ReactNode;
  testId?: string;
}

/** A headline figure: what it is, the number, what it compares to, and where it comes from. */
export function KpiCard({ title, value, children, footer, testId }: KpiCardProps) {
  return (
    <article className="kpi-card" data-testid={testId}>
      <h3 className="kpi-card__title">{title}</h3>
      <p className="kpi-card__value">{value}</p>
      {children && <div className="kpi-card__detail">{children}</div>}
      {footer && <footer className="kpi-card__footer">{footer}</footer>}
    </article>
  );
}
