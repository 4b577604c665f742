import { useLocale } from '@/components/use-locale.ts';

const RULES = ['never', 'conflicts', 'kinds', 'flows', 'unusable', 'asPublished'] as const;
const QUALIFIERS = [
  'approximate',
  'lowerBound',
  'partialYear',
  'notVerified',
  'yearInferred',
  'conflict',
  'unusable',
] as const;

/** The dataset's rules of honesty, its units, and what each qualifier badge means. */
export function MethodRules() {
  const { t } = useLocale();
  const badge = (q: (typeof QUALIFIERS)[number]) =>
    q === 'partialYear' ? t('method.qualifierList.partialYear') : t(`qualifiers.${q}`);
  return (
    <div className="method-rules" data-testid="method-rules">
      <section className="method-card" aria-labelledby="method-rules-title">
        <h3 id="method-rules-title" className="method-card__title">
          {t('method.rules.title')}
        </h3>
        <ol className="method-rules__list">
          {RULES.map((rule) => (
            <li key={rule}>{t(`method.rules.${rule}`)}</li>
          ))}
        </ol>
      </section>
      <section className="method-card" aria-labelledby="method-units-title">
        <h3 id="method-units-title" className="method-card__title">
          {t('method.units.title')}
        </h3>
        <p className="method-prose">{t('method.units.body')}</p>
        <h3 id="method-qualifiers-title" className="method-card__title method-card__title--second">
          {t('method.qualifierList.title')}
        </h3>
        <p className="method-prose">{t('method.qualifierList.intro')}</p>
        <dl className="method-qualifiers" aria-labelledby="method-qualifiers-title">
          {QUALIFIERS.map((q) => (
            <div key={q} className="method-qualifiers__item">
              <dt>
                <span className="badge">{badge(q)}</span>
              </dt>
              <dd>{t(`method.qualifierList.${q}Help`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
