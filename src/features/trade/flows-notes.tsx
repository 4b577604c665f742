import { LegendNote } from '@/components/legend.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { FTA_IN_FORCE, yearFraction } from '@/domain/milestones.ts';
import { spanIncludes, type ConflictNote } from '@/domain/trade-flows.ts';
import type { YearRange } from '@/domain/trade-series.ts';
import { formatPartialDate } from '@/i18n/format.ts';

/** The dataset's conflict notes for a frame, each once, with the years it concerns; open by default when few. */
export function ConflictList({ conflicts, open }: { conflicts: readonly ConflictNote[]; open?: boolean }) {
  const { t, pick } = useLocale();
  const unique = [...new Map(conflicts.map((c) => [c.text.en, c])).values()];
  if (unique.length === 0) return null;
  return (
    <details className="td-conflicts" open={open ?? unique.length <= 2}>
      <summary>{t('tradeDetail.conflictsTitle', { n: unique.length })}</summary>
      <ul>
        {unique.map((c) => (
          <li key={c.text.en}>
            {c.years.length > 0 && <strong>{c.years.join(', ')}: </strong>}
            {pick(c.text)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Every source behind a frame (or a note), folded, as in the total-trade panel. */
export function FrameSources({ sourceIds, className }: { sourceIds: readonly string[]; className?: string }) {
  const { t } = useLocale();
  if (sourceIds.length === 0) return null;
  return (
    <details className={className ?? 'chart-sources'}>
      <summary>{t('tradeDetail.sources', { n: sourceIds.length })}</summary>
      <SourceLine sourceIds={sourceIds} />
    </details>
  );
}

/** The legend entry of the FTA line, when the chart's years reach it (`margin` in years, as the chart draws it). */
export function FtaLegendNote({ span, margin }: { span: YearRange; margin?: number }) {
  const { t, locale } = useLocale();
  if (!spanIncludes(span, yearFraction(FTA_IN_FORCE), margin)) return null;
  return (
    <LegendNote className="legend__item--event" swatch="legend__event">
      {t('tradeDetail.ftaLegend', { date: formatPartialDate(FTA_IN_FORCE, locale) })}
    </LegendNote>
  );
}

/** The legend entry of the hollow marker: a figure for part of a year. */
export function HollowLegendNote({ shown }: { shown: boolean }) {
  const { t } = useLocale();
  return shown ? <LegendNote swatch="td-hollow-swatch">{t('tradeDetail.hollowLegend')}</LegendNote> : null;
}
