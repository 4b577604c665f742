import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '@/state/view-params.ts';

/** Light, dark, or the high-contrast projector theme. */
export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange: (next: Theme) => void }) {
  const { t } = useTranslation();
  return (
    <div className="theme-switch" role="group" aria-label={t('themes.label')}>
      {THEMES.map((th) => (
        <button
          key={th}
          type="button"
          className="button button--small"
          aria-pressed={th === theme}
          onClick={() => onChange(th)}
        >
          {t(`themes.${th}`)}
        </button>
      ))}
    </div>
  );
}
