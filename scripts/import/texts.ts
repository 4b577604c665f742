import type { LocalizedText, Locale } from '../../src/data/schema/common.ts';
import type { TradeFlow } from '../../src/data/schema/trade.ts';
import { formatNumber, formatPartialDate } from '../../src/i18n/format.ts';
import type { ImportedFigure, OfficialReporter, PublishedUnit } from './figures.ts';

/*
 * The texts an import writes into the dataset, from templates in the three languages. Numbers and dates are
 * formatted per locale (Spanish in Peru's style: 1,234,567.5), never rounded.
 */

const LOCALES: readonly Locale[] = ['en', 'es', 'ko'];
const each = (make: (locale: Locale) => string): LocalizedText =>
  Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as LocalizedText;

const FLOW: Record<TradeFlow, LocalizedText> = {
  exports_pe_to_kr: { en: "Peru's exports to Korea", es: 'Exportaciones del Perú a Corea', ko: '페루의 대한국 수출' },
  imports_pe_from_kr: {
    en: "Peru's imports from Korea",
    es: 'Importaciones del Perú desde Corea',
    ko: '페루의 한국산 수입',
  },
  total: {
    en: 'Total trade between Peru and Korea',
    es: 'Comercio total entre el Perú y Corea',
    ko: '페루·한국 교역 총액',
  },
  balance: {
    en: "Peru's trade balance with Korea",
    es: 'Balanza comercial del Perú con Corea',
    ko: '페루의 대한국 무역수지',
  },
};

const BY: Record<OfficialReporter, LocalizedText> = {
  peru: { en: 'as reported by Peru', es: 'según las estadísticas del Perú', ko: '페루 측 통계 기준' },
  korea: {
    en: 'as reported by the Republic of Korea (mirror statistics)',
    es: 'según las estadísticas de la República de Corea (estadística espejo)',
    ko: '한국 측 통계 기준(미러 통계)',
  },
};

const VALUATION: Record<ImportedFigure['valuation'], LocalizedText> = {
  fob: { en: 'valued FOB', es: 'valor FOB', ko: 'FOB 기준' },
  cif: { en: 'valued CIF', es: 'valor CIF', ko: 'CIF 기준' },
  mixed: { en: 'exports FOB, imports CIF', es: 'exportaciones FOB, importaciones CIF', ko: '수출 FOB·수입 CIF' },
  unstated: { en: 'valuation not stated', es: 'valoración no indicada', ko: '평가 기준 미기재' },
};

const UNIT: Record<PublishedUnit, LocalizedText> = {
  usd: { en: 'US$', es: 'US$', ko: '달러' },
  usd_thousand: { en: 'US$ thousand', es: 'miles de US$', ko: '천 달러' },
  usd_million: { en: 'US$ million', es: 'millones de US$', ko: '백만 달러' },
};

const FLAG: LocalizedText = {
  en: "UN Comtrade's estimation flag for this row (legacyEstimationFlag)",
  es: 'Indicador de estimación de UN Comtrade para esta fila (legacyEstimationFlag)',
  ko: '이 행의 UN Comtrade 추정 표시(legacyEstimationFlag)',
};

const PUBLISHED: LocalizedText = { en: 'Published value', es: 'Valor publicado', ko: '발표 수치' };

/** The record's note: what the figure is, whose statistics, which valuation, and the value as published. */
export function figureNote(figure: ImportedFigure, publisher: string): LocalizedText {
  return each((l) => {
    const what = `${FLOW[figure.flow][l]}, ${BY[figure.reporter][l]} (${publisher}; ${VALUATION[figure.valuation][l]}).`;
    if (figure.published) {
      const { value, unit } = figure.published;
      const flag = figure.flags?.estimationFlag ? ` ${FLAG[l]}: ${figure.flags.estimationFlag}.` : '';
      return `${what} ${PUBLISHED[l]}: ${formatNumber(value, l)} ${UNIT[unit][l]}.${flag}`;
    }
    return `${what} ${SUM[l]}`;
  });
}

const SUM: LocalizedText = {
  en: "The sum of the exports and imports of the same statistics and download; never added to the other side's figures.",
  es: 'Es la suma de las exportaciones e importaciones de la misma estadística y descarga; nunca se suma a las cifras del otro lado.',
  ko: '같은 통계·같은 내려받기의 수출과 수입을 더한 값이며, 상대국 통계와는 합산하지 않는다.',
};

/** The source's note: when it was downloaded and what it holds. */
export function sourceNote(retrieved: string, figures: readonly ImportedFigure[]): LocalizedText {
  const years = figures.map((f) => f.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const sides = [...new Set(figures.map((f) => f.reporter))].sort();
  const side: Record<Locale, (r: OfficialReporter) => string> = {
    en: (r) => (r === 'peru' ? 'Peru' : 'the Republic of Korea'),
    es: (r) => (r === 'peru' ? 'el Perú' : 'la República de Corea'),
    ko: (r) => (r === 'peru' ? '페루' : '한국'),
  };
  const and: LocalizedText = { en: ' and ', es: ' y ', ko: '와 ' };
  return each((l) => {
    const n = formatNumber(figures.length, l);
    const date = formatPartialDate(retrieved, l);
    const who = sides.map(side[l]).join(and[l]);
    const span = from === to ? String(from) : `${from}–${to}`;
    if (l === 'es')
      return `Estadística oficial descargada el ${date}: ${n} cifras de ${span}, informadas por ${who}. La entidad que las publica puede revisarlas más adelante.`;
    if (l === 'ko')
      return `${date}에 내려받은 공식 통계: ${span}년 수치 ${n}건(${who} 보고). 발표 기관이 나중에 수정할 수 있다.`;
    return `Official statistics downloaded on ${date}: ${n} figures for ${span}, reported by ${who}. The publisher may revise them later.`;
  });
}
