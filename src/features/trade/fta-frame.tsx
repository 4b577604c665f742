import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { ChartSlot } from '@/components/chart/chart-slot.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { figureCells } from '@/components/qualifier-labels.ts';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import type { TradeFact } from '@/data/schema/trade.ts';
import { RANK_SCOPES, type FtaFactsView } from '@/domain/fta-facts.ts';
import { FTA_IN_FORCE } from '@/domain/milestones.ts';
import { spanLabel } from '@/domain/trade-flows.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { ConflictList, FrameSources, FtaLegendNote, HollowLegendNote } from './flows-notes.tsx';
import { seriesStyle } from './flows-palette.ts';
import { FactFooter, FactLine, FtaBlock } from './fta-fact.tsx';
import { factPeriod, factValue } from './fta-format.ts';
import { FtaTable } from './fta-table.tsx';
import './fta-detail.css';
import { csvHeader } from '@/components/csv-header.ts';

/** Recharts arrives on demand. */
const RankChart = lazyChart(() => import('./fta-rank-chart.tsx'));
const RANK_HEIGHT = 260;

/** The FTA in figures: tariff lines freed, utilization, milestones, and Korea's rank in Peru's trade over time. */
export function FtaFrame({ view }: { view: FtaFactsView }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const title = t('tradeDetail.fta.title');
  const hasTariffs = view.tariffs.korea.length + view.tariffs.peru.length + view.tariffs.both.length > 0;
  return (
    <ChartFrame
      id="trade-fta-facts"
      title={title}
      subtitle={t('tradeDetail.fta.subtitle')}
      height={120}
      chart={
        <div className="td-fta">
          {(hasTariffs || view.utilization.length > 0) && (
            <div className="td-fta__top">
              {hasTariffs && <Tariffs tariffs={view.tariffs} />}
              {view.utilization.length > 0 && <Utilization facts={view.utilization} />}
            </div>
          )}
          {view.milestones.length > 0 && <Milestones facts={view.milestones} />}
          {(view.ranks.length > 0 || view.unplacedRanks.length > 0) && <Ranks view={view} />}
          {view.others.length > 0 && (
            <details className="td-fta__others">
              <summary>{t('tradeDetail.fta.othersTitle', { n: view.others.length })}</summary>
              <p className="chart-note">{t('tradeDetail.fta.othersNote')}</p>
              <ul className="td-fact-list">
                {view.others.map((f) => (
                  <FactLine key={f.id} fact={f} />
                ))}
              </ul>
            </details>
          )}
        </div>
      }
      table={<FtaTable caption={title} facts={view.all} testId="table-trade-fta-facts" />}
      csv={() => ({
        header: csvHeader(t, [
          'tradeDetail.table.kind',
          'tradeDetail.table.fact',
          'table.value',
          'tradeDetail.table.unit',
          'tradeDetail.table.valueAsStated',
          'tradeDetail.table.period',
          'table.year',
          'table.date',
          'tradeDetail.table.party',
          'table.qualifiers',
          'tradeDetail.table.conflictNote',
          'table.note',
        ]),
        rows: view.all.map((f) => [
          t(`tradeDetail.fta.kinds.${f.kind}`),
          pick(f.label),
          f.value,
          t(`tradeDetail.units.${f.unit}`),
          factValue(f, t, locale),
          factPeriod(f, t, locale),
          f.year,
          f.date,
          f.party ? t(`tradeDetail.fta.party.${f.party}`) : '',
          ...figureCells(f, t, locale, pick),
          ...sourceCells(sources, f.sourceIds),
        ]),
      })}
      notes={<ConflictList conflicts={view.conflicts} />}
      sources={<FrameSources sourceIds={view.sourceIds} />}
    />
  );
}

/** A percent stated as a headline: the number, a 0–100 bar, what it is, its qualifiers and source. */
function PercentFigure({ fact }: { fact: TradeFact }) {
  const { t, locale, pick } = useLocale();
  return (
    <div className="td-percent">
      <p className="td-percent__value">{factValue(fact, t, locale)}</p>
      <div className="td-percent__track" aria-hidden="true">
        <div className="td-percent__bar" style={{ width: `${Math.min(100, fact.value ?? 0)}%` }} />
      </div>
      <p className="td-percent__label">{pick(fact.label)}</p>
      <FactFooter fact={fact} />
    </div>
  );
}

function Tariffs({ tariffs }: { tariffs: FtaFactsView['tariffs'] }) {
  const { t } = useLocale();
  const parties = (['korea', 'peru'] as const).filter((p) => tariffs[p].length > 0);
  return (
    <FtaBlock name="tariffs" title={t('tradeDetail.fta.tariffsTitle')}>
      <div className="td-fta__parties">
        {parties.map((party) => {
          const percent = tariffs[party].filter((f) => f.unit === 'percent' && f.value !== undefined);
          const rest = tariffs[party].filter((f) => !percent.includes(f));
          return (
            <article key={party} className={`td-party td-party--${party}`}>
              <h5 className="td-party__name">{t(`tradeDetail.fta.party.${party}`)}</h5>
              {percent.map((f) => (
                <PercentFigure key={f.id} fact={f} />
              ))}
              {rest.length > 0 && (
                <ul className="td-fact-list">
                  {rest.map((f) => (
                    <FactLine key={f.id} fact={f} showPeriod={false} />
                  ))}
                </ul>
              )}
            </article>
          );
        })}
      </div>
      {tariffs.both.length > 0 && (
        <div className="td-party td-party--both">
          <h5 className="td-party__name">{t('tradeDetail.fta.party.both')}</h5>
          <ul className="td-fact-list">
            {tariffs.both.map((f) => (
              <FactLine key={f.id} fact={f} showPeriod={false} />
            ))}
          </ul>
        </div>
      )}
    </FtaBlock>
  );
}

function Utilization({ facts }: { facts: TradeFact[] }) {
  const { t } = useLocale();
  const percent = facts.filter((f) => f.unit === 'percent' && f.value !== undefined);
  const rest = facts.filter((f) => !percent.includes(f));
  return (
    <FtaBlock name="utilization" title={t('tradeDetail.fta.utilizationTitle')}>
      {percent.map((f) => (
        <PercentFigure key={f.id} fact={f} />
      ))}
      {rest.length > 0 && (
        <ul className="td-fact-list">
          {rest.map((f) => (
            <FactLine key={f.id} fact={f} />
          ))}
        </ul>
      )}
    </FtaBlock>
  );
}

function Milestones({ facts }: { facts: TradeFact[] }) {
  const { t, locale, pick } = useLocale();
  return (
    <FtaBlock name="milestones" title={t('tradeDetail.fta.milestonesTitle')}>
      <ol className="td-milestones">
        {facts.map((f) => (
          <li key={f.id} className={f.date === FTA_IN_FORCE ? 'td-milestone td-milestone--key' : 'td-milestone'}>
            {f.date && (
              <time className="td-milestone__date" dateTime={f.date}>
                {formatPartialDate(f.date, locale)}
              </time>
            )}
            <p className="td-milestone__label">{pick(f.label)}</p>
            <FactFooter fact={f} />
          </li>
        ))}
      </ol>
    </FtaBlock>
  );
}

function Ranks({ view }: { view: FtaFactsView }) {
  const { t } = useLocale();
  const [hidden, toggle] = useHiddenSeries();
  const title = t('tradeDetail.fta.rankTitle');
  const charted = view.ranks.reduce((n, s) => n + s.points.length, 0);
  const items: LegendItem[] = view.ranks.map((s) => {
    const style = seriesStyle(RANK_SCOPES.indexOf(s.scope));
    return {
      id: s.scope,
      label: t(`tradeDetail.fta.rankScopes.${s.scope}`),
      color: style.color,
      shape: style.shape,
      count: s.points.length,
    };
  });
  const hasPartial = view.ranks.some((s) => s.points.some((p) => p.partial));
  return (
    <FtaBlock name="ranks" title={title}>
      {view.rankSpan && (
        <>
          <p className="td-panel-subtitle">{t('tradeDetail.fta.rankSubtitle', { years: spanLabel(view.rankSpan) })}</p>
          <div style={{ minHeight: RANK_HEIGHT }}>
            <ChartSlot
              description={t('tradeDetail.fta.rankDescription', { n: charted, years: spanLabel(view.rankSpan) })}
              what={title}
              height={RANK_HEIGHT}
            >
              <RankChart ranks={view.ranks} span={view.rankSpan} maxRank={view.maxRank} hidden={hidden} />
            </ChartSlot>
          </div>
          <Legend items={items} hidden={hidden} onToggle={toggle}>
            <HollowLegendNote shown={hasPartial} />
            <FtaLegendNote span={view.rankSpan} margin={0.7} />
          </Legend>
          <p className="chart-note">{t('tradeDetail.fta.rankNote')}</p>
        </>
      )}
      {view.unplacedRanks.length > 0 && (
        <>
          <p className="td-subhead">{t('tradeDetail.fta.unplacedTitle')}</p>
          <ul className="td-fact-list">
            {view.unplacedRanks.map((f) => (
              <FactLine key={f.id} fact={f} />
            ))}
          </ul>
        </>
      )}
    </FtaBlock>
  );
}
