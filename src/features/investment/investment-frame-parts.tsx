import { SourcesFold } from '@/components/sources-fold.tsx';
import { useLocale } from '@/components/use-locale.ts';

/** A frame's place when the sectors match but the years leave it empty. */
export function YearsEmpty({ title }: { title: string }) {
  const { t } = useLocale();
  return (
    <div className="investment__frame-empty" role="status">
      <p className="investment__frame-empty-title">{title}</p>
      <p>{t('investment.yearsEmpty')}</p>
    </div>
  );
}

export function SourcesDetails({ sourceIds }: { sourceIds: readonly string[] }) {
  return <SourcesFold sourceIds={sourceIds} />;
}
