import type { Messages } from './types.ts';
import { investmentMessages } from './investment.ts';
import { aidMessages } from './aid.ts';
import { exchangeMessages } from './exchange.ts';
import { timelineMessages } from './timeline.ts';
import { methodMessages } from './method.ts';
import { tradeDetailMessages } from './trade-detail.ts';
import { presentMessages } from './present.ts';

/** Español (Perú). */
export const es: Messages = {
  app: {
    title: 'Perú–Corea: 60 años de relaciones',
    documentTitle: 'Tablero de las relaciones Perú–Corea del Sur',
    kicker: 'Perú · República de Corea',
    lede: 'Relaciones diplomáticas desde el {{date}}. Comercio, inversión, cooperación para el desarrollo, personas y cooperación, cada cifra con su fuente.',
    skipToContent: 'Saltar al contenido',
    languageLabel: 'Idioma',
    footer: 'Cifras tal como las publican sus fuentes; los vacíos se muestran como vacíos. Montos en US$ corrientes.',
  },
  languages: { es: 'Español', ko: '한국어', en: 'English' },
  sectors: {
    trade: 'Comercio',
    investment: 'Inversión',
    aid: 'Cooperación para el desarrollo',
    education: 'Educación e intercambio',
    defense: 'Defensa',
    digital: 'Gobierno digital y tecnología',
    environment: 'Ambiente y clima',
    health: 'Salud',
    transport: 'Transporte',
    culture: 'Cultura y personas',
  },
  reporters: {
    korea: 'Estadísticas coreanas',
    peru: 'Estadísticas peruanas',
    unclear: 'Fuente sin precisar',
  },
  reporterShort: { korea: 'Corea', peru: 'Perú', unclear: 'Sin precisar' },
  qualifiers: {
    approximate: 'Aproximado',
    lowerBound: 'Cota inferior',
    partialYear: 'Año parcial ({{months}})',
    notVerified: 'No verificado',
    yearInferred: 'Año inferido',
    conflict: 'Las fuentes difieren',
    unusable: 'No utilizable tal como se publicó',
  },
  source: {
    label: 'Fuente',
    labelPlural: 'Fuentes',
    opensNewTab: '(se abre en una pestaña nueva)',
    statedBy: 'Según {{who}}, {{date}}',
    undated: 'sin fecha',
    unknown: 'Fuente no encontrada en el registro',
  },
  themes: { label: 'Tema', light: 'Claro', dark: 'Oscuro', projector: 'Proyector' },
  legend: { hide: 'Ocultar {{name}}', show: 'Mostrar {{name}}' },
  filters: {
    title: 'Filtrar',
    sectors: 'Sectores',
    from: 'Desde',
    to: 'Hasta',
    clear: 'Quitar filtro',
    emptyTitle: 'Nada aquí coincide con el filtro',
    emptyBody: 'Ninguna cifra de esta sección pertenece a los sectores y años seleccionados.',
    emptyAll: 'Ninguna cifra del tablero coincide con los sectores y años seleccionados.',
  },
  actions: {
    label: 'Acciones para «{{title}}»',
    showTable: 'Tabla',
    showChart: 'Gráfico',
    downloadCsv: 'Descargar los datos de «{{title}}» en CSV',
    downloadPng: 'Descargar «{{title}}» como imagen PNG',
    downloadSvg: 'Descargar «{{title}}» como imagen SVG',
  },
  table: {
    year: 'Año',
    date: 'Fecha',
    flow: 'Flujo',
    value: 'Valor',
    valueUsdM: 'Valor (millones de US$)',
    side: 'Informado por',
    agency: 'Entidad',
    qualifiers: 'Calificadores',
    note: 'Nota',
    source: 'Fuente',
    sourcePublisher: 'Editor de la fuente',
    sourceTitle: 'Título de la fuente',
    sourceDate: 'Fecha de la fuente',
    sourceUrl: 'URL de la fuente',
  },
  flows: {
    total: 'Comercio total',
    exports_pe_to_kr: 'Exportaciones del Perú a Corea',
    imports_pe_from_kr: 'Importaciones del Perú desde Corea',
    balance: 'Balanza comercial del Perú',
  },
  status: {
    loading: 'Cargando {{what}}…',
    errorTitle: 'Este panel no pudo cargar sus datos',
    errorFile: 'Archivo: {{file}}',
    retry: 'Reintentar',
    noData: 'No hay cifra disponible',
  },
  cards: {
    regionLabel: 'Cifras principales',
    trade: {
      title: 'Comercio desde el TLC',
      value: '{{after}} en {{afterYear}}',
      detail: 'desde {{before}} en {{beforeYear}}, antes del TLC ({{reporter}})',
      growth: '{{growth}} desde {{beforeYear}}',
    },
    investment: {
      title: 'Inversión coreana en el Perú',
      detail: 'acumulada, declarada en {{year}}',
      later: 'Declaración posterior: {{value}} ({{date}})',
    },
    aid: {
      title: 'Cooperación para el desarrollo',
      perYear: '{{value}} al año',
      detail: 'declarado en {{year}}',
      cumulative: 'Acumulado: {{value}} ({{from}}–{{to}})',
    },
    people: {
      title: 'Personas',
      scholars: '{{n}} becarios GKS en Corea',
      trainees: '{{n}} participantes en capacitaciones de KOICA',
    },
  },
  trade: {
    chartTitle: 'Comercio total entre el Perú y Corea',
    chartSubtitle:
      'US$ corrientes, {{from}}–{{to}}. Cada marcador es una cifra publicada; cada lado mide de forma distinta.',
    ftaLabel: 'TLC en vigor',
    ftaDescription: 'El tratado de libre comercio entró en vigor el {{date}}.',
    yearAxis: 'Año',
    valueAxis: 'US$',
    gapNote: 'Los años sin marcador no tienen cifra publicada para ese lado: son vacíos, no ceros.',
    differenceNote:
      'Corea valora sus importaciones CIF (con flete y seguro); el Perú valora sus exportaciones FOB. Por eso, y por redondeos y transbordos, los totales de ambos lados difieren.',
    chartDescription: '{{count}} cifras publicadas de comercio total, de {{from}} a {{to}}, por lado que informa.',
    tooltipYear: 'Año',
    tooltipValue: 'Valor',
    tooltipSide: 'Informado por',
  },
  investment: investmentMessages.es,
  aid: aidMessages.es,
  exchange: exchangeMessages.es,
  timeline: timelineMessages.es,
  method: methodMessages.es,
  tradeDetail: tradeDetailMessages.es,
  present: presentMessages.es,
};
