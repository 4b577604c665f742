import { useTranslation } from 'react-i18next';
import type { Locale } from '@/data/schema/common.ts';
import { LOCALES } from '@/data/vocabulary.ts';
import { MESSAGES } from '@/i18n/index.ts';

interface LanguageSwitchProps {
  locale: Locale;
  onChange: (next: Locale) => void;
}

/** Three buttons, each labelled in its own language so a reader finds theirs whatever is shown now. */
export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <nav className="language-switch" aria-label={t('app.languageLabel')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switch__button"
          aria-pressed={l === locale}
          onClick={() => onChange(l)}
        >
          {MESSAGES[l].languages[l]}
        </button>
      ))}
    </nav>
  );
}
