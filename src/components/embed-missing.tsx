import { fullViewUrl } from '@/state/view-params.ts';
import { useLocale } from './use-locale.ts';

/**
 * In an embed (`?embed=<id>`) whose chart id names no chart: a readable message and a link to the whole page. It
 * shows only while no frame on the page is the embedded one (embed.css), after the page has had time to render.
 */
export function EmbedMissing({ id }: { id: string }) {
  const { t } = useLocale();
  return (
    <p className="embed-missing" role="status">
      {t('embed.missing', { id })} <a href={fullViewUrl(window.location.href)}>{t('embed.missingAction')}</a>
    </p>
  );
}
