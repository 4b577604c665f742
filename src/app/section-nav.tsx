import { useTranslation } from 'react-i18next';

const SECTIONS = [
  ['trade', 'sectors.trade'],
  ['investment-section', 'sectors.investment'],
  ['aid-section', 'sectors.aid'],
  ['exchange-section', 'nav.people'],
  ['timeline-section', 'nav.timeline'],
  ['method-section', 'nav.method'],
] as const;

/** Jump links to the sections (a long page on a phone). */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
