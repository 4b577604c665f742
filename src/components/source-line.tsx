import type { Source } from '@/data/schema/sources.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { useLocale } from './use-locale.ts';
import { useSourceLookup } from './use-source-lookup.ts';

interface SourceLineProps {
  sourceIds: readonly string[];
  /** Show only the first (primary) source, for compact places like cards. */
  primaryOnly?: boolean;
}

/** "Source: Publisher, Title (date)" with links that open the source; every figure on screen carries one. */
export function SourceLine({ sourceIds, primaryOnly = false }: SourceLineProps) {
  const { t, locale } = useLocale();
  const sources = useSourceLookup();
  const ids = primaryOnly ? sourceIds.slice(0, 1) : sourceIds;
  const label = ids.length > 1 ? t('source.labelPlural') : t('source.label');
  return (
    <p className="source-line">
      <span className="source-line__label">{label}: </span>
      {ids.map((id, i) => {
        const source = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && '; '}
            {source ? (
              <SourceLink source={source} locale={locale} />
            ) : (
              <span>{sources.size ? t('source.unknown') : id}</span>
            )}
          </span>
        );
      })}
    </p>
  );
}

function SourceLink({ source, locale }: { source: Source; locale: Parameters<typeof formatPartialDate>[1] }) {
  const { t } = useLocale();
  // An official database has no publication date; the day it was downloaded says which revision the figures are.
  const date = source.date
    ? formatPartialDate(source.date, locale)
    : source.retrieved
      ? t('source.retrieved', { date: formatPartialDate(source.retrieved, locale) })
      : t('source.undated');
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" className="source-link">
      {source.publisher}, “{source.title}” ({date})<span className="visually-hidden"> {t('source.opensNewTab')}</span>
    </a>
  );
}
