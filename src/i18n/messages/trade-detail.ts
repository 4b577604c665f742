import type { Catalog } from './types.ts';

/** Texts of the tradeDetail section, in the three languages. English defines the keys. */
const en = {
  title: 'Trade in detail',
  intro:
    'Exports, imports and the balance as each side reports them, what Peru sells to Korea, Korea’s place in Peru’s import markets, and the free trade agreement’s terms. Every figure is shown as published, with its source.',
  ftaShort: 'FTA',
  ftaLegend: 'FTA in force ({{date}})',
  sources: 'Sources ({{n}})',
  conflictsTitle: 'Where sources differ ({{n}})',
  partialLegend: 'Striped bar: part of a year only',
  hollowLegend: 'Hollow marker: part of a year only',
  period: {
    full: '{{year}}',
    partial: '{{months}} {{year}}',
  },
  value: {
    approximate: 'about {{value}}',
    lowerBound: 'more than {{value}}',
    rank: 'No. {{rank}}',
  },
  flowNames: {
    exports_pe_to_kr: 'Peru’s exports to Korea',
    imports_pe_from_kr: 'Peru’s imports from Korea',
    balance: 'Peru’s trade balance with Korea',
  },
  flows: {
    title: 'Exports, imports and balance, by reporting side',
    subtitle:
      'US$, current prices, {{years}}. One marker per published figure, coloured and shaped by the side whose statistics it comes from. The panels share one scale.',
    description:
      '{{n}} published figures of Peru’s exports to Korea, imports from Korea and trade balance, {{years}}, in {{panels}} panels by flow.',
    panelDescription: '{{flow}}: {{n}} published figures.',
    differLegend: 'Shaded year (≠): Korea’s and Peru’s figures differ',
    differMark: '≠',
    differTitle: 'Where Korea’s and Peru’s figures differ',
    differYear: '{{year}}: Korean statistics {{korea}}; Peruvian statistics {{peru}}.',
    whyExports:
      'Korea records these goods as its imports, normally valued CIF (freight and insurance to Korea included); Peru records them as its exports, valued FOB at the Peruvian port. Goods routed through third countries (transshipment) and shipments counted in different months widen the gap. The sources do not say which valuation they quote.',
    whyImports:
      'Peru records these goods as its imports, normally valued CIF (freight and insurance to Peru included); Korea records them as its exports, valued FOB. Transshipment through third countries and shipments counted in different months widen the gap. The sources do not say which valuation they quote.',
    whyBalance:
      'A balance is exports minus imports, so each side’s valuation of both flows (CIF or FOB) carries into it.',
    balanceNote:
      'The balance is Peru’s exports minus its imports: above zero is a Peruvian surplus. It is shown only for the years a source publishes it; it is never computed here.',
    gapNote: 'A year without a marker has no published figure for that side: a gap, not a zero.',
    offsetNote:
      'Within a year, Korean figures sit slightly left and Peruvian figures slightly right so that none hides another.',
  },
  products: {
    title: 'What Peru sells to Korea',
    subtitle:
      'Published figures for products and product groups, {{years}}: values in US$ (current prices) and shares in percent. Striped bars cover only part of a year.',
    description: '{{n}} published figures on Peru’s exports to Korea by product: single products, groups, and shares.',
    itemsTitle: 'Agricultural and fishery products',
    itemsSubtitle: 'US$, one bar per published figure, grouped by product',
    categoriesTitle: 'Traditional and non-traditional exports, and group totals',
    categoriesSubtitle: 'US$; a total is never shown beside its own parts',
    sharesTitle: 'Shares, including minerals',
    sharesSubtitle: 'Percent of the base named under each bar. The bases differ, so the bars do not add up.',
    base: 'Share of: {{base}}',
    partialNote:
      'A striped bar covers only the months in its label (e.g. Jan–Sep). Compare it only with the same months of another year, never with a full year.',
    unusableNote: 'Not charted, as published figures cannot be used: {{list}}. They are listed in the table.',
    empty: 'No figure of this kind in the selected years.',
  },
  koreaShare: {
    title: 'Korea’s share of Peru’s import markets',
    subtitle:
      'Percent of Peru’s imports of each product that come from Korea, {{years}}, as published. Hollow markers cover only part of a year.',
    description: '{{n}} published shares of Korean goods in Peru’s imports of {{products}}.',
    basesNote:
      'Each product’s share is of its own market (named in the tooltip and table), so the series cannot be added up.',
    gapNote: 'Years without a marker have no published share: gaps, not zeros.',
  },
  fta: {
    title: 'The free trade agreement in figures',
    subtitle:
      'Tariff lines freed at entry into force, use of the agreement, its milestones, and Korea’s rank among Peru’s trading partners, as stated by their sources.',
    tariffsTitle: 'Tariffs at entry into force',
    party: { korea: 'Korea', peru: 'Peru', both: 'Both countries' },
    utilizationTitle: 'Use of the agreement',
    milestonesTitle: 'Milestones',
    rankTitle: 'Korea’s rank in Peru’s trade',
    rankSubtitle: 'Rank by year, 1 = first; one marker per statement, {{years}}.',
    rankDescription: '{{n}} stated ranks of Korea among Peru’s trading partners, {{years}}.',
    rankScopes: {
      partners: 'Among all trading partners',
      exports: 'Among destinations of Peru’s exports',
      imports: 'Among suppliers of Peru’s imports',
    },
    rankNote: 'Different sources count partners differently (total trade, exports or imports; the EU as one or many).',
    unplacedTitle: 'Ranks that cannot be placed on a year',
    othersTitle: 'Other stated figures ({{n}})',
    othersNote:
      'Single months, FTA years (August–July) and other windows: each figure is given with its own period and is never placed on the yearly charts.',
    kinds: {
      'fta-milestone': 'Milestone',
      'tariff-liberalization': 'Tariffs',
      utilization: 'Utilization',
      'partner-rank': 'Rank',
      other: 'Other',
    },
  },
  table: {
    period: 'Period',
    product: 'Product',
    group: 'Group',
    share: 'Share',
    shareOf: 'Share of',
    charted: 'Charted',
    chartedYes: 'Yes',
    chartedNo: 'No (not usable as published)',
    conflictNote: 'Conflict note',
    kind: 'Kind',
    fact: 'Fact',
    party: 'About',
    valuation: 'Valuation',
    unit: 'Unit',
    valueAsStated: 'As stated',
  },
  groups: {
    total: 'Total',
    traditional: 'Traditional',
    'non-traditional': 'Non-traditional',
    agro: 'Agricultural',
    fishery: 'Fishery',
    mineral: 'Minerals',
    manufactured: 'Manufactured',
    other: 'Other',
  },
  valuations: { fob: 'FOB', cif: 'CIF', unstated: 'Not stated', mixed: 'FOB exports, CIF imports' },
  units: { percent: 'percent', rank: 'rank (1 = first)', usd_m: 'US$ millions', count: 'count', none: '—' },
  tooltip: { year: 'Year', period: 'Period', side: 'Reported by', of: 'Of', scope: 'Rank' },
} as const;

const es: Catalog<typeof en> = {
  title: 'El comercio en detalle',
  intro:
    'Exportaciones, importaciones y balanza según cada lado, lo que el Perú vende a Corea, el lugar de Corea en los mercados de importación del Perú y las condiciones del tratado de libre comercio. Cada cifra se muestra tal como se publicó, con su fuente.',
  ftaShort: 'TLC',
  ftaLegend: 'TLC en vigor ({{date}})',
  sources: 'Fuentes ({{n}})',
  conflictsTitle: 'Donde las fuentes difieren ({{n}})',
  partialLegend: 'Barra rayada: solo parte de un año',
  hollowLegend: 'Marcador hueco: solo parte de un año',
  period: {
    full: '{{year}}',
    partial: '{{months}} {{year}}',
  },
  value: {
    approximate: 'cerca de {{value}}',
    lowerBound: 'más de {{value}}',
    rank: 'N.º {{rank}}',
  },
  flowNames: {
    exports_pe_to_kr: 'Exportaciones del Perú a Corea',
    imports_pe_from_kr: 'Importaciones del Perú desde Corea',
    balance: 'Balanza comercial del Perú con Corea',
  },
  flows: {
    title: 'Exportaciones, importaciones y balanza, según el lado que informa',
    subtitle:
      'US$, precios corrientes, {{years}}. Un marcador por cifra publicada, con el color y la forma del lado de cuyas estadísticas proviene. Los paneles comparten una misma escala.',
    description:
      '{{n}} cifras publicadas de las exportaciones del Perú a Corea, sus importaciones desde Corea y su balanza comercial, {{years}}, en {{panels}} paneles por flujo.',
    panelDescription: '{{flow}}: {{n}} cifras publicadas.',
    differLegend: 'Año sombreado (≠): las cifras de Corea y del Perú difieren',
    differMark: '≠',
    differTitle: 'Donde difieren las cifras de Corea y del Perú',
    differYear: '{{year}}: estadísticas coreanas {{korea}}; estadísticas peruanas {{peru}}.',
    whyExports:
      'Corea registra estos bienes como importaciones, valoradas normalmente CIF (con flete y seguro hasta Corea); el Perú los registra como exportaciones, valoradas FOB en el puerto peruano. Los envíos que pasan por terceros países (transbordo) y los que se cuentan en meses distintos amplían la brecha. Las fuentes no dicen qué valoración citan.',
    whyImports:
      'El Perú registra estos bienes como importaciones, valoradas normalmente CIF (con flete y seguro hasta el Perú); Corea los registra como exportaciones, valoradas FOB. El transbordo por terceros países y los envíos contados en meses distintos amplían la brecha. Las fuentes no dicen qué valoración citan.',
    whyBalance:
      'La balanza es exportaciones menos importaciones, así que la valoración de cada lado (CIF o FOB) de ambos flujos se traslada a ella.',
    balanceNote:
      'La balanza es lo que el Perú exporta menos lo que importa: sobre cero es un superávit peruano. Se muestra solo en los años en que una fuente la publica; aquí nunca se calcula.',
    gapNote: 'Un año sin marcador no tiene cifra publicada de ese lado: es un vacío, no un cero.',
    offsetNote:
      'Dentro de un año, las cifras coreanas van un poco a la izquierda y las peruanas un poco a la derecha, para que ninguna tape a otra.',
  },
  products: {
    title: 'Lo que el Perú vende a Corea',
    subtitle:
      'Cifras publicadas por producto y grupo de productos, {{years}}: valores en US$ (precios corrientes) y participaciones en porcentaje. Las barras rayadas cubren solo parte de un año.',
    description:
      '{{n}} cifras publicadas sobre las exportaciones del Perú a Corea por producto: productos, grupos y participaciones.',
    itemsTitle: 'Productos agrícolas y pesqueros',
    itemsSubtitle: 'US$, una barra por cifra publicada, agrupadas por producto',
    categoriesTitle: 'Exportaciones tradicionales y no tradicionales, y totales por grupo',
    categoriesSubtitle: 'US$; un total nunca se muestra junto a sus propias partes',
    sharesTitle: 'Participaciones, incluidos los minerales',
    sharesSubtitle:
      'Porcentaje de la base indicada bajo cada barra. Las bases difieren, así que las barras no se suman.',
    base: 'Participación en: {{base}}',
    partialNote:
      'Una barra rayada cubre solo los meses de su etiqueta (p. ej., ene.–set.). Compárela solo con los mismos meses de otro año, nunca con un año completo.',
    unusableNote:
      'Sin graficar, porque las cifras tal como se publicaron no son utilizables: {{list}}. Figuran en la tabla.',
    empty: 'No hay cifras de este tipo en los años seleccionados.',
  },
  koreaShare: {
    title: 'Participación de Corea en los mercados de importación del Perú',
    subtitle:
      'Porcentaje de las importaciones peruanas de cada producto que provienen de Corea, {{years}}, según lo publicado. Los marcadores huecos cubren solo parte de un año.',
    description:
      '{{n}} participaciones publicadas de productos coreanos en las importaciones peruanas de {{products}}.',
    basesNote:
      'La participación de cada producto es sobre su propio mercado (indicado en la ayuda emergente y en la tabla), así que las series no se pueden sumar.',
    gapNote: 'Los años sin marcador no tienen participación publicada: son vacíos, no ceros.',
  },
  fta: {
    title: 'El tratado de libre comercio en cifras',
    subtitle:
      'Partidas arancelarias liberadas al entrar en vigor, uso del tratado, sus hitos y el puesto de Corea entre los socios comerciales del Perú, según sus fuentes.',
    tariffsTitle: 'Aranceles al entrar en vigor',
    party: { korea: 'Corea', peru: 'Perú', both: 'Ambos países' },
    utilizationTitle: 'Uso del tratado',
    milestonesTitle: 'Hitos',
    rankTitle: 'El puesto de Corea en el comercio del Perú',
    rankSubtitle: 'Puesto por año, 1 = primero; un marcador por declaración, {{years}}.',
    rankDescription: '{{n}} puestos declarados de Corea entre los socios comerciales del Perú, {{years}}.',
    rankScopes: {
      partners: 'Entre todos los socios comerciales',
      exports: 'Entre los destinos de las exportaciones peruanas',
      imports: 'Entre los proveedores de las importaciones peruanas',
    },
    rankNote:
      'Cada fuente cuenta a los socios a su manera (comercio total, exportaciones o importaciones; la UE como uno o como varios).',
    unplacedTitle: 'Puestos que no se pueden ubicar en un año',
    othersTitle: 'Otras cifras declaradas ({{n}})',
    othersNote:
      'Meses sueltos, años del TLC (agosto–julio) y otros periodos: cada cifra se da con su propio periodo y nunca se ubica en los gráficos anuales.',
    kinds: {
      'fta-milestone': 'Hito',
      'tariff-liberalization': 'Aranceles',
      utilization: 'Uso',
      'partner-rank': 'Puesto',
      other: 'Otro',
    },
  },
  table: {
    period: 'Periodo',
    product: 'Producto',
    group: 'Grupo',
    share: 'Participación',
    shareOf: 'Participación en',
    charted: 'Graficada',
    chartedYes: 'Sí',
    chartedNo: 'No (no utilizable tal como se publicó)',
    conflictNote: 'Nota de discrepancia',
    kind: 'Tipo',
    fact: 'Dato',
    party: 'Sobre',
    valuation: 'Valoración',
    unit: 'Unidad',
    valueAsStated: 'Tal como se declaró',
  },
  groups: {
    total: 'Total',
    traditional: 'Tradicional',
    'non-traditional': 'No tradicional',
    agro: 'Agrícola',
    fishery: 'Pesquero',
    mineral: 'Minerales',
    manufactured: 'Manufacturas',
    other: 'Otro',
  },
  valuations: { fob: 'FOB', cif: 'CIF', unstated: 'No indicada', mixed: 'Exportaciones FOB, importaciones CIF' },
  units: { percent: 'porcentaje', rank: 'puesto (1 = primero)', usd_m: 'millones de US$', count: 'número', none: '—' },
  tooltip: { year: 'Año', period: 'Periodo', side: 'Informado por', of: 'De', scope: 'Puesto' },
};

const ko: Catalog<typeof en> = {
  title: '교역 상세',
  intro:
    '양측이 각각 발표한 수출·수입·무역수지, 페루가 한국에 파는 품목, 페루 수입 시장에서 한국이 차지하는 위치, 자유무역협정(FTA)의 내용을 보여 줍니다. 모든 수치는 발표된 그대로이며 출처를 함께 밝힙니다.',
  ftaShort: 'FTA',
  ftaLegend: 'FTA 발효({{date}})',
  sources: '출처({{n}})',
  conflictsTitle: '출처 간 수치가 다른 부분({{n}})',
  partialLegend: '빗금 막대: 연중 일부 기간만',
  hollowLegend: '속이 빈 표시: 연중 일부 기간만',
  period: {
    full: '{{year}}년',
    partial: '{{year}}년 {{months}}',
  },
  value: {
    approximate: '약 {{value}}',
    lowerBound: '{{value}} 초과',
    rank: '{{rank}}위',
  },
  flowNames: {
    exports_pe_to_kr: '페루의 대한국 수출',
    imports_pe_from_kr: '페루의 대한국 수입',
    balance: '페루의 대한국 무역수지',
  },
  flows: {
    title: '발표 측별 수출·수입·무역수지',
    subtitle:
      '미화(경상 가격), {{years}}년. 발표된 수치 하나가 표시 하나이며, 색과 모양은 그 수치가 나온 통계의 발표 측을 나타냅니다. 모든 패널은 같은 눈금을 씁니다.',
    description: '{{years}}년 페루의 대한국 수출, 대한국 수입, 무역수지 발표 수치 {{n}}건, 흐름별 패널 {{panels}}개.',
    panelDescription: '{{flow}}: 발표 수치 {{n}}건.',
    differLegend: '음영 연도(≠): 한국과 페루의 수치가 다름',
    differMark: '≠',
    differTitle: '한국과 페루의 수치가 다른 부분',
    differYear: '{{year}}년: 한국 측 통계 {{korea}}, 페루 측 통계 {{peru}}.',
    whyExports:
      '한국은 이 상품을 수입으로 기록하며 보통 CIF(한국까지의 운임·보험료 포함)로 평가하고, 페루는 수출로 기록하며 페루 항구 기준 FOB로 평가합니다. 제3국을 거치는 환적과 집계 월의 차이도 격차를 키웁니다. 출처는 어느 기준을 인용했는지 밝히지 않습니다.',
    whyImports:
      '페루는 이 상품을 수입으로 기록하며 보통 CIF(페루까지의 운임·보험료 포함)로 평가하고, 한국은 수출로 기록하며 FOB로 평가합니다. 제3국을 거치는 환적과 집계 월의 차이도 격차를 키웁니다. 출처는 어느 기준을 인용했는지 밝히지 않습니다.',
    whyBalance:
      '무역수지는 수출에서 수입을 뺀 값이므로, 양측이 두 흐름을 평가하는 방식(CIF 또는 FOB)이 그대로 반영됩니다.',
    balanceNote:
      '무역수지는 페루의 수출에서 수입을 뺀 값으로, 0보다 크면 페루의 흑자입니다. 출처가 발표한 연도에만 표시하며, 여기서 계산하지 않습니다.',
    gapNote: '표시가 없는 연도는 해당 측의 발표 수치가 없는 것으로, 0이 아니라 빈칸입니다.',
    offsetNote:
      '같은 연도 안에서 한국 측 수치는 약간 왼쪽, 페루 측 수치는 약간 오른쪽에 두어 서로 가리지 않게 했습니다.',
  },
  products: {
    title: '페루가 한국에 파는 것',
    subtitle:
      '품목·품목군별 발표 수치, {{years}}년: 금액은 미화(경상 가격), 비중은 퍼센트. 빗금 막대는 연중 일부 기간만 포함합니다.',
    description: '페루의 대한국 수출에 관한 품목별 발표 수치 {{n}}건: 개별 품목, 품목군, 비중.',
    itemsTitle: '농산물과 수산물',
    itemsSubtitle: '미화, 발표 수치 하나당 막대 하나, 품목별로 묶음',
    categoriesTitle: '전통·비전통 수출과 품목군 합계',
    categoriesSubtitle: '미화. 합계를 그 구성 품목 옆에 나란히 두지 않습니다',
    sharesTitle: '광물을 포함한 비중',
    sharesSubtitle: '각 막대 아래에 적힌 기준 대비 퍼센트. 기준이 서로 달라 막대를 더할 수 없습니다.',
    base: '기준: {{base}}',
    partialNote:
      '빗금 막대는 라벨에 적힌 달(예: 1~9월)만 포함합니다. 다른 해의 같은 기간과만 비교하고, 한 해 전체와는 비교하지 마십시오.',
    unusableNote: '발표된 그대로는 쓸 수 없어 차트에 넣지 않은 수치: {{list}}. 표에는 실려 있습니다.',
    empty: '선택한 연도에는 이 종류의 수치가 없습니다.',
  },
  koreaShare: {
    title: '페루 수입 시장에서 한국의 점유율',
    subtitle:
      '각 품목의 페루 수입 중 한국산의 비율(퍼센트), {{years}}년, 발표된 그대로. 속이 빈 표시는 연중 일부 기간만 포함합니다.',
    description: '페루의 {{products}} 수입에서 한국산이 차지하는 비중 발표 수치 {{n}}건.',
    basesNote: '각 품목의 점유율은 그 품목 시장(툴팁과 표에 표시) 기준이므로 계열끼리 더할 수 없습니다.',
    gapNote: '표시가 없는 연도는 발표된 점유율이 없는 것으로, 0이 아니라 빈칸입니다.',
  },
  fta: {
    title: '숫자로 보는 자유무역협정',
    subtitle:
      '발효 시 관세가 철폐된 품목, 협정 활용률, 주요 일지, 페루의 교역 상대국 가운데 한국의 순위 — 출처가 밝힌 그대로입니다.',
    tariffsTitle: '발효 시점의 관세',
    party: { korea: '한국', peru: '페루', both: '양국' },
    utilizationTitle: '협정 활용',
    milestonesTitle: '주요 일지',
    rankTitle: '페루 교역에서 한국의 순위',
    rankSubtitle: '연도별 순위(1 = 1위), 발언·발표 하나당 표시 하나, {{years}}년.',
    rankDescription: '{{years}}년 페루의 교역 상대국 가운데 한국의 순위 발표 {{n}}건.',
    rankScopes: {
      partners: '전체 교역 상대국 중',
      exports: '페루 수출 대상국 중',
      imports: '페루 수입 공급국 중',
    },
    rankNote: '출처마다 상대국을 세는 방식(총교역·수출·수입, EU를 하나로 보는지 여부)이 다릅니다.',
    unplacedTitle: '연도에 배치할 수 없는 순위',
    othersTitle: '그 밖의 발표 수치({{n}})',
    othersNote:
      '한 달치, FTA 연도(8월~이듬해 7월) 등 다른 기간의 수치입니다. 각 수치에 해당 기간을 함께 적었으며, 연도별 차트에는 넣지 않습니다.',
    kinds: {
      'fta-milestone': '일지',
      'tariff-liberalization': '관세',
      utilization: '활용률',
      'partner-rank': '순위',
      other: '기타',
    },
  },
  table: {
    period: '기간',
    product: '품목',
    group: '품목군',
    share: '비중',
    shareOf: '비중 기준',
    charted: '차트 표시',
    chartedYes: '예',
    chartedNo: '아니요(발표된 그대로는 사용 불가)',
    conflictNote: '수치 상이 메모',
    kind: '종류',
    fact: '내용',
    party: '대상',
    valuation: '평가 기준',
    unit: '단위',
    valueAsStated: '발표 표현',
  },
  groups: {
    total: '합계',
    traditional: '전통 품목',
    'non-traditional': '비전통 품목',
    agro: '농산물',
    fishery: '수산물',
    mineral: '광물',
    manufactured: '공산품',
    other: '기타',
  },
  valuations: { fob: 'FOB', cif: 'CIF', unstated: '밝히지 않음', mixed: '수출 FOB, 수입 CIF' },
  units: { percent: '퍼센트', rank: '순위(1 = 1위)', usd_m: '백만 달러', count: '개수', none: '—' },
  tooltip: { year: '연도', period: '기간', side: '발표 측', of: '기준', scope: '순위' },
};

export const tradeDetailMessages: { en: typeof en; es: Catalog<typeof en>; ko: Catalog<typeof en> } = { en, es, ko };
