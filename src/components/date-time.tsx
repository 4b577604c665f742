import type { PartialDate } from '@/data/schema/common.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { useLocale } from './use-locale.ts';

/**
 * A dataset date as the reader reads it, at the precision its source gives ("2016", "October 2014", "1 August
 * 2011"), and machine-readable in `dateTime` for assistive technology and search.
 */
export function DateTime({ date, className }: { date: PartialDate; className?: string }) {
  const { locale } = useLocale();
  return (
    <time dateTime={date} className={className}>
      {formatPartialDate(date, locale)}
    </time>
  );
}
