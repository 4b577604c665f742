import { SourceLine } from './source-line.tsx';
import { useLocale } from './use-locale.ts';

/** The full source list of a chart, folded under "Sources (n)" so the footer stays short. */
export function SourcesFold({ sourceIds }: { sourceIds: readonly string[] }) {
  const { t } = useLocale();
  return (
    <details className="chart-sources">
      <summary>
        {t('source.labelPlural')} ({sourceIds.length})
      </summary>
      <SourceLine sourceIds={sourceIds} />
    </details>
  );
}
