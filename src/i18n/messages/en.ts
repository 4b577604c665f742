import type { Catalog } from './types.ts';
import { investmentMessages } from './investment.ts';
import { aidMessages } from './aid.ts';
import { embedMessages } from './embed.ts';
import { exchangeMessages } from './exchange.ts';
import { timelineMessages } from './timeline.ts';
import { methodMessages } from './method.ts';
import { tradeDetailMessages } from './trade-detail.ts';
import { presentMessages } from './present.ts';
import { phoneMessages } from './phone.ts';

/** English interface texts. The shape of this object is the type every other language must match. */
export const en = {
  app: {
    title: 'Peru–Korea: 60 years of relations',
    documentTitle: 'Peru–South Korea relations dashboard',
    kicker: 'Peru · Republic of Korea',
    lede: 'Diplomatic relations since {{date}}. Trade, investment, development aid, people and cooperation, every figure with its source.',
    skipToContent: 'Skip to content',
    languageLabel: 'Language',
    footer: 'Figures as published by their sources; gaps are left as gaps. Amounts in US$, current prices.',
  },
  languages: { es: 'Español', ko: '한국어', en: 'English' },
  sectors: {
    trade: 'Trade',
    investment: 'Investment',
    aid: 'Development aid',
    education: 'Education & exchange',
    defense: 'Defense',
    digital: 'Digital government & technology',
    environment: 'Environment & climate',
    health: 'Health',
    transport: 'Transport',
    culture: 'Culture & people',
  },
  reporters: {
    korea: 'Korean statistics',
    peru: 'Peruvian statistics',
    unclear: 'Side not stated',
  },
  reporterShort: { korea: 'Korea', peru: 'Peru', unclear: 'Unstated' },
  qualifiers: {
    approximate: 'Approximate',
    lowerBound: 'Lower bound',
    partialYear: 'Partial year ({{months}})',
    notVerified: 'Not verified',
    yearInferred: 'Year inferred',
    conflict: 'Sources differ',
    unusable: 'Not usable as published',
    estimated: 'Estimated by the statistics office',
  },
  source: {
    label: 'Source',
    labelPlural: 'Sources',
    opensNewTab: '(opens in a new tab)',
    statedBy: 'As stated by {{who}}, {{date}}',
    undated: 'undated',
    retrieved: 'retrieved {{date}}',
    unknown: 'Source not found in the registry',
  },
  nav: { label: 'Sections', people: 'Exchange & people', timeline: 'Timeline', method: 'Sources & method' },
  themes: { label: 'Theme', light: 'Light', dark: 'Dark', projector: 'Projector' },
  legend: { hide: 'Hide {{name}}', show: 'Show {{name}}' },
  filters: {
    title: 'Filter',
    sectors: 'Sectors',
    from: 'From',
    to: 'To',
    clear: 'Clear filter',
    emptyTitle: 'Nothing here matches the filter',
    emptyBody: 'No figure in this section belongs to the selected sectors and years.',
    emptyAll: 'No figure in the dashboard matches the selected sectors and years.',
  },
  actions: {
    label: 'Actions for “{{title}}”',
    showTable: 'Table',
    showChart: 'Chart',
    downloadCsv: 'Download the data of “{{title}}” as CSV',
    downloadPng: 'Download “{{title}}” as a PNG image',
    downloadSvg: 'Download “{{title}}” as an SVG image',
  },
  table: {
    year: 'Year',
    date: 'Date',
    flow: 'Flow',
    value: 'Value',
    valueUsdM: 'Value (US$ millions)',
    side: 'Reported by',
    agency: 'Agency',
    qualifiers: 'Qualifiers',
    note: 'Note',
    source: 'Source',
    sourcePublisher: 'Source publisher',
    sourceTitle: 'Source title',
    sourceDate: 'Source date',
    sourceUrl: 'Source URL',
    shownOf: 'Showing {{shown}} of {{total}} rows',
    showMore: 'Show {{count}} more',
    showAll: 'Show all {{total}}',
  },
  flows: {
    total: 'Total trade',
    exports_pe_to_kr: 'Peru’s exports to Korea',
    imports_pe_from_kr: 'Peru’s imports from Korea',
    balance: 'Peru’s trade balance',
  },
  status: {
    loading: 'Loading {{what}}…',
    errorTitle: 'This panel could not load its data',
    errorFile: 'File: {{file}}',
    retry: 'Retry',
    noData: 'No figure available',
  },
  cards: {
    regionLabel: 'Headline figures',
    trade: {
      title: 'Trade since the FTA',
      value: '{{after}} in {{afterYear}}',
      detail: 'from {{before}} in {{beforeYear}}, before the FTA ({{reporter}})',
      growth: '{{growth}} since {{beforeYear}}',
    },
    investment: {
      title: 'Korean investment in Peru',
      detail: 'accumulated, stated in {{year}}',
      later: 'Later statement: {{value}} ({{date}})',
    },
    aid: {
      title: 'Development aid',
      perYear: '{{value}} a year',
      /** The same figure stated as an approximation ("some 10 million"). */
      perYearAbout: 'about {{value}} a year',
      detail: 'stated in {{year}}',
      cumulative: 'Cumulative: {{value}} ({{from}}–{{to}})',
    },
    people: {
      title: 'People',
      scholars: '{{n}} GKS scholars in Korea',
      trainees: '{{n}} KOICA trainees',
      traineesLabel: 'KOICA trainees (officials trained in Korea)',
    },
  },
  trade: {
    chartTitle: 'Total trade between Peru and Korea',
    chartSubtitle:
      'US$, current prices, {{from}}–{{to}}. Each marker is one published figure; the two sides measure differently.',
    ftaLabel: 'FTA in force',
    ftaDescription: 'The free trade agreement entered into force on {{date}}.',
    yearAxis: 'Year',
    valueAxis: 'US$',
    gapNote: 'Years without a marker have no published figure for that side: they are gaps, not zeros.',
    differenceNote:
      'Korea values its imports CIF (with freight and insurance); Peru values its exports FOB. The two sides’ totals differ for that reason and because of rounding and transshipment.',
    chartDescription: '{{count}} published figures of total trade, {{from}} to {{to}}, by reporting side.',
    tooltipYear: 'Year',
    tooltipValue: 'Value',
    tooltipSide: 'Reported by',
    tooltipSameFigure: '{{count}} sources publish this same figure',
  },
  investment: investmentMessages.en,
  aid: aidMessages.en,
  embed: embedMessages.en,
  exchange: exchangeMessages.en,
  timeline: timelineMessages.en,
  method: methodMessages.en,
  tradeDetail: tradeDetailMessages.en,
  present: presentMessages.en,
  phone: phoneMessages.en,
} as const;

/** Every language's catalog has exactly the keys of the English one (a missing key is a type error). */
export type Messages = Catalog<typeof en>;
