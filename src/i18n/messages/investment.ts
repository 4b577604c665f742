import type { Catalog } from './types.ts';

/** Texts of the investment section, in the three languages. English defines the keys. */
const en = {
  title: 'Korean investment in Peru',
  lede: 'How much Korea has invested in Peru is known only from statements by ministries, ambassadors and the press, and they measure different things. Deals are listed by type: only foreign direct investment is investment.',
  yearsEmpty: 'No figure of this chart falls in the selected years.',
  statements: {
    title: 'Accumulated Korean investment in Peru, as stated',
    subtitle:
      'Statements of a stock (the total invested up to a date) made by different bodies, in US$ at current prices, {{from}}–{{to}}. Each marker is one statement: not a yearly flow, and never joined to another.',
    description:
      '{{n}} statements of accumulated Korean investment in Peru, from {{from}} to {{to}}, by the body that made them. The same data is in the table view.',
    yearAxis: 'Date of the stock',
    valueAxis: 'US$, accumulated',
    headlineLegend:
      'Ringed marker: the headline figure at the top of the page, as stated by {{who}} ({{date}}): a statement, not an official statistic.',
    headlineBadge: 'Headline figure',
    stockNote:
      'These are stocks, not flows: the gap between two markers is not what was invested in the years between them.',
    conflictNote:
      'The figures differ because the bodies count different things (investment declared or remitted, company totals, ten-year estimates). Each conflict note is in the tooltip and in the table.',
    positionNote:
      'A date given only as a year is placed in the middle of that year; a month, in the middle of that month. Identical figures published by two outlets sit side by side.',
    unusableNote: 'Not drawn, as the figure cannot be used as published: {{list}}.',
    asOf: 'As of',
    since: 'since {{year}}',
    measure: 'What it measures',
    statedBy: 'Stated by',
    quote: 'As printed',
    sinceHeader: 'Accumulated since (year)',
    conflictHeader: 'Conflict note',
  },
  bodies: {
    'korea-government': 'Korean government',
    'korea-ambassador': 'Korean ambassadors',
    peru: 'Peruvian government',
    unclear: 'Press, side not stated',
  },
  projects: {
    title: 'Korean companies’ deals in Peru, by type',
    subtitle:
      'Each marker is one reported amount, in US$ at current prices (logarithmic scale), {{from}}–{{to}}. Only the top row is foreign direct investment; the rows below are not investment.',
    subtitleNoFdi:
      'Each marker is one reported amount, in US$ at current prices (logarithmic scale), {{from}}–{{to}}. None of these deals is foreign direct investment.',
    description:
      '{{n}} reported deal amounts from {{from}} to {{to}}, in rows by deal type. The grouped list is in the table view.',
    valueAxis: 'Amount as reported (US$, log scale)',
    notAddedNote:
      'Amounts of different deal types are never added; many are consortium or contract totals, not Korea’s share.',
    logNote:
      'Logarithmic scale: each gridline is ten times the one before, so small contracts and large plants fit on one chart.',
    sameDealNote:
      'A deal reported by several sources with different amounts appears once per amount; the conflict notes say which.',
    noAmountNote: 'Not drawn, as no amount was stated: {{list}}.',
    withoutAmount: '{{n}} without amount',
    investmentBand: 'Investment',
    notInvestmentBand: 'Not investment',
    dealType: 'Deal type',
    company: 'Company',
    project: 'Project',
    industry: 'Industry',
    detail: 'Deal type, as reported',
    amount: 'Amount as stated',
    amountNotStated: 'Not stated',
    undated: 'Undated',
    groupRecords: '{{n}} records',
    tableCaption: '{{type}}: Korean companies’ deals in Peru',
  },
  dealTypes: {
    fdi: 'Foreign direct investment (FDI)',
    announced: 'Announced plans',
    divestment: 'Divestments',
    construction: 'Construction contracts',
    procurement: 'Procurement by Peru',
    loan: 'Loans and credit lines',
    'trade-contract': 'Trade contracts',
    agreement: 'Agreements',
  },
  dealTypesShort: {
    fdi: 'FDI',
    announced: 'Announced',
    divestment: 'Divested',
    construction: 'Construction',
    procurement: 'Procurement',
    loan: 'Loans',
    'trade-contract': 'Trade contracts',
    agreement: 'Agreements',
  },
  dealTypeNotes: {
    fdi: 'Korean companies’ stakes in Peruvian projects. Amounts are often the whole consortium’s, not Korea’s share.',
    announced: 'Plans announced by Korean companies; not an investment made.',
    divestment: 'Sales of Korean stakes in Peru; the amount is a sale price, not investment.',
    construction: 'Works built by Korean firms for others; the amount is the contract’s value.',
    procurement: 'Purchases by the Peruvian state from Korean firms: Peru pays.',
    loan: 'Credit from Korean banks: a loan, not an investment.',
    'trade-contract': 'Contracts to buy or sell goods: trade, not investment.',
    agreement: 'Framework or cooperation agreements.',
  },
  industries: {
    'oil-gas': 'Oil & gas',
    mining: 'Mining',
    petrochemicals: 'Petrochemicals',
    power: 'Power',
    airport: 'Airports',
    defense: 'Defense',
    finance: 'Finance',
  },
  industryShare: {
    title: 'Foreign direct investment in mining and in oil & gas',
    subtitle:
      'FDI records only, {{from}}–{{to}}: how many are in mining, in oil & gas and in other industries, with each stated amount listed on its own (never added up).',
    description: 'FDI records by industry: {{summary}}. The same data is in the table view.',
    axis: 'FDI records',
    groups: { mining: 'Mining', 'oil-gas': 'Oil & gas', other: 'Other industries' },
    recordsNote:
      'Counts are records (reported figures), not distinct deals: a deal reported with different amounts by several sources counts once per figure.',
    amountsTitle: 'Stated amounts, one by one',
    none: 'No FDI record',
    noAmount: 'No amount stated',
    statedShare: 'Stated share:',
    group: 'Group',
  },
} as const;

const es: Catalog<typeof en> = {
  title: 'Inversión coreana en el Perú',
  lede: 'Cuánto ha invertido Corea en el Perú solo se conoce por declaraciones de ministerios, embajadores y la prensa, que miden cosas distintas. Las operaciones se presentan por tipo: solo la inversión extranjera directa es inversión.',
  yearsEmpty: 'Ninguna cifra de este gráfico cae en los años seleccionados.',
  statements: {
    title: 'Inversión coreana acumulada en el Perú, según se declaró',
    subtitle:
      'Declaraciones de un stock (el total invertido hasta una fecha) hechas por distintas entidades, en US$ corrientes, {{from}}–{{to}}. Cada marcador es una declaración: no es un flujo anual y nunca se une a otra.',
    description:
      '{{n}} declaraciones de la inversión coreana acumulada en el Perú, de {{from}} a {{to}}, según la entidad que las hizo. Los mismos datos están en la vista de tabla.',
    yearAxis: 'Fecha del stock',
    valueAxis: 'US$, acumulado',
    headlineLegend:
      'Marcador con anillo: la cifra destacada al inicio de la página, según {{who}} ({{date}}): una declaración, no una estadística oficial.',
    headlineBadge: 'Cifra destacada',
    stockNote:
      'Son stocks, no flujos: la diferencia entre dos marcadores no es lo invertido en los años que los separan.',
    conflictNote:
      'Las cifras difieren porque las entidades cuentan cosas distintas (inversión declarada o remitida, totales de empresas, estimaciones a diez años). Cada nota de discrepancia está en el recuadro emergente y en la tabla.',
    positionNote:
      'Una fecha dada solo con el año se ubica a mitad de ese año; un mes, a mitad de ese mes. Las cifras idénticas publicadas por dos medios aparecen lado a lado.',
    unusableNote: 'No se grafica, porque la cifra no es utilizable tal como se publicó: {{list}}.',
    asOf: 'A la fecha',
    since: 'desde {{year}}',
    measure: 'Qué mide',
    statedBy: 'Declarado por',
    quote: 'Texto publicado',
    sinceHeader: 'Acumulado desde (año)',
    conflictHeader: 'Nota de discrepancia',
  },
  bodies: {
    'korea-government': 'Gobierno de Corea',
    'korea-ambassador': 'Embajadores de Corea',
    peru: 'Gobierno del Perú',
    unclear: 'Prensa, sin lado indicado',
  },
  projects: {
    title: 'Operaciones de empresas coreanas en el Perú, por tipo',
    subtitle:
      'Cada marcador es un monto informado, en US$ corrientes (escala logarítmica), {{from}}–{{to}}. Solo la fila superior es inversión extranjera directa; las filas de abajo no son inversión.',
    subtitleNoFdi:
      'Cada marcador es un monto informado, en US$ corrientes (escala logarítmica), {{from}}–{{to}}. Ninguna de estas operaciones es inversión extranjera directa.',
    description:
      '{{n}} montos de operaciones informados de {{from}} a {{to}}, en filas por tipo de operación. La lista agrupada está en la vista de tabla.',
    valueAxis: 'Monto informado (US$, escala logarítmica)',
    notAddedNote:
      'Los montos de distintos tipos de operación nunca se suman; muchos son totales de consorcios o de contratos, no la participación de Corea.',
    logNote:
      'Escala logarítmica: cada línea de la cuadrícula vale diez veces la anterior, para que contratos pequeños y plantas grandes quepan en un mismo gráfico.',
    sameDealNote:
      'Una operación informada por varias fuentes con montos distintos aparece una vez por monto; las notas de discrepancia indican cuáles.',
    noAmountNote: 'No se grafica, porque no se informó el monto: {{list}}.',
    withoutAmount: '{{n}} sin monto',
    investmentBand: 'Inversión',
    notInvestmentBand: 'No es inversión',
    dealType: 'Tipo de operación',
    company: 'Empresa',
    project: 'Proyecto',
    industry: 'Industria',
    detail: 'Tipo de operación, según la fuente',
    amount: 'Monto declarado',
    amountNotStated: 'No informado',
    undated: 'Sin fecha',
    groupRecords: '{{n}} registros',
    tableCaption: '{{type}}: operaciones de empresas coreanas en el Perú',
  },
  dealTypes: {
    fdi: 'Inversión extranjera directa (IED)',
    announced: 'Planes anunciados',
    divestment: 'Desinversiones',
    construction: 'Contratos de construcción',
    procurement: 'Compras del Estado peruano',
    loan: 'Préstamos y líneas de crédito',
    'trade-contract': 'Contratos comerciales',
    agreement: 'Acuerdos',
  },
  dealTypesShort: {
    fdi: 'IED',
    announced: 'Anunciadas',
    divestment: 'Vendidas',
    construction: 'Construcción',
    procurement: 'Compras',
    loan: 'Préstamos',
    'trade-contract': 'Contratos comerciales',
    agreement: 'Acuerdos',
  },
  dealTypeNotes: {
    fdi: 'Participaciones de empresas coreanas en proyectos peruanos. Los montos suelen ser del consorcio entero, no la parte de Corea.',
    announced: 'Planes anunciados por empresas coreanas; no son inversión realizada.',
    divestment: 'Ventas de participaciones coreanas en el Perú; el monto es un precio de venta, no inversión.',
    construction: 'Obras construidas por empresas coreanas para terceros; el monto es el valor del contrato.',
    procurement: 'Compras del Estado peruano a empresas coreanas: paga el Perú.',
    loan: 'Créditos de bancos coreanos: un préstamo, no una inversión.',
    'trade-contract': 'Contratos de compra o venta de bienes: comercio, no inversión.',
    agreement: 'Acuerdos marco o de cooperación.',
  },
  industries: {
    'oil-gas': 'Petróleo y gas',
    mining: 'Minería',
    petrochemicals: 'Petroquímica',
    power: 'Energía eléctrica',
    airport: 'Aeropuertos',
    defense: 'Defensa',
    finance: 'Finanzas',
  },
  industryShare: {
    title: 'Inversión extranjera directa en minería y en petróleo y gas',
    subtitle:
      'Solo registros de IED, {{from}}–{{to}}: cuántos son de minería, de petróleo y gas y de otras industrias, con cada monto declarado por separado (nunca sumados).',
    description: 'Registros de IED por industria: {{summary}}. Los mismos datos están en la vista de tabla.',
    axis: 'Registros de IED',
    groups: { mining: 'Minería', 'oil-gas': 'Petróleo y gas', other: 'Otras industrias' },
    recordsNote:
      'Se cuentan registros (cifras informadas), no operaciones distintas: una operación informada con montos distintos por varias fuentes cuenta una vez por cifra.',
    amountsTitle: 'Montos declarados, uno por uno',
    none: 'Ningún registro de IED',
    noAmount: 'Sin monto informado',
    statedShare: 'Participación declarada:',
    group: 'Grupo',
  },
};

const ko: Catalog<typeof en> = {
  title: '한국의 대페루 투자',
  lede: '한국이 페루에 얼마나 투자했는지는 정부 부처·대사·언론의 발언으로만 알 수 있으며, 이들은 서로 다른 것을 잰다. 거래는 유형별로 나눠 보여 준다. 외국인직접투자만이 투자다.',
  yearsEmpty: '선택한 연도에 해당하는 이 차트의 수치가 없다.',
  statements: {
    title: '한국의 대페루 누적 투자: 발표된 수치',
    subtitle:
      '여러 기관이 밝힌 잔액(특정 시점까지의 누적 투자) 수치, 경상 미 달러, {{from}}~{{to}}년. 표식 하나가 발표 하나이며, 연간 유입액이 아니고 서로 선으로 잇지 않는다.',
    description:
      '{{from}}~{{to}}년 한국의 대페루 누적 투자에 관한 발표 {{n}}건을 발표 기관별로 보여 준다. 같은 자료가 표 보기에 있다.',
    yearAxis: '잔액 기준 시점',
    valueAxis: '미 달러, 누적',
    headlineLegend: '고리 표식: 페이지 상단의 대표 수치로, {{who}}의 발언({{date}})이다. 공식 통계가 아니다.',
    headlineBadge: '대표 수치',
    stockNote: '이 수치는 유량이 아닌 잔액이다. 두 표식의 차이가 그 사이 연도에 투자된 금액은 아니다.',
    conflictNote:
      '기관마다 세는 대상(신고액·송금액, 기업 합계, 10년 추정치)이 달라 수치가 다르다. 각 불일치 설명은 툴팁과 표에 있다.',
    positionNote:
      '연도만 있는 날짜는 그해의 가운데에, 월까지 있는 날짜는 그달의 가운데에 놓았다. 두 매체가 같은 수치를 보도한 경우 나란히 표시했다.',
    unusableNote: '발표된 그대로는 쓸 수 없는 수치여서 표시하지 않았다: {{list}}.',
    asOf: '기준 시점',
    since: '{{year}}년부터',
    measure: '측정 대상',
    statedBy: '발표 주체',
    quote: '원문 표현',
    sinceHeader: '누적 시작 연도',
    conflictHeader: '불일치 설명',
  },
  bodies: {
    'korea-government': '한국 정부',
    'korea-ambassador': '주페루 한국대사',
    peru: '페루 정부',
    unclear: '언론(주체 불명)',
  },
  projects: {
    title: '한국 기업의 페루 거래: 유형별',
    subtitle:
      '표식 하나가 보도된 금액 하나이며, 경상 미 달러(로그 눈금), {{from}}~{{to}}년. 맨 윗줄만 외국인직접투자이고, 그 아래 줄은 투자가 아니다.',
    subtitleNoFdi:
      '표식 하나가 보도된 금액 하나이며, 경상 미 달러(로그 눈금), {{from}}~{{to}}년. 이 가운데 외국인직접투자는 없다.',
    description:
      '{{from}}~{{to}}년 보도된 거래 금액 {{n}}건을 거래 유형별 줄로 보여 준다. 유형별 목록은 표 보기에 있다.',
    valueAxis: '보도된 금액(미 달러, 로그 눈금)',
    notAddedNote:
      '거래 유형이 다른 금액은 절대 합산하지 않는다. 상당수는 한국 측 지분이 아니라 컨소시엄 전체 또는 계약 전체 금액이다.',
    logNote: '로그 눈금: 격자선 하나가 앞 격자선의 10배여서, 작은 계약과 큰 플랜트를 한 차트에 담을 수 있다.',
    sameDealNote:
      '여러 출처가 서로 다른 금액으로 보도한 거래는 금액마다 한 번씩 표시된다. 불일치 설명에 해당 내용이 있다.',
    noAmountNote: '금액이 공개되지 않아 표시하지 않았다: {{list}}.',
    withoutAmount: '금액 미공개 {{n}}건',
    investmentBand: '투자',
    notInvestmentBand: '투자 아님',
    dealType: '거래 유형',
    company: '기업',
    project: '사업',
    industry: '산업',
    detail: '거래 유형(출처 표현)',
    amount: '발표 금액',
    amountNotStated: '미공개',
    undated: '날짜 없음',
    groupRecords: '{{n}}건',
    tableCaption: '{{type}}: 한국 기업의 페루 거래',
  },
  dealTypes: {
    fdi: '외국인직접투자(FDI)',
    announced: '발표된 계획',
    divestment: '투자 회수(매각)',
    construction: '건설 계약',
    procurement: '페루 정부 구매',
    loan: '대출·신용공여',
    'trade-contract': '무역 계약',
    agreement: '협정·약정',
  },
  dealTypesShort: {
    fdi: '직접투자',
    announced: '발표',
    divestment: '매각',
    construction: '건설',
    procurement: '정부 구매',
    loan: '대출',
    'trade-contract': '무역 계약',
    agreement: '협정',
  },
  dealTypeNotes: {
    fdi: '한국 기업의 페루 사업 지분 참여. 금액은 한국 측 지분이 아니라 컨소시엄 전체 금액인 경우가 많다.',
    announced: '한국 기업이 발표한 계획으로, 실제 이뤄진 투자가 아니다.',
    divestment: '한국 측 페루 지분의 매각으로, 금액은 매각 대금이지 투자가 아니다.',
    construction: '한국 기업이 발주처를 위해 지은 공사로, 금액은 계약 금액이다.',
    procurement: '페루 정부가 한국 기업에서 사들인 것으로, 대금은 페루가 낸다.',
    loan: '한국 금융기관의 신용 제공으로, 투자가 아닌 대출이다.',
    'trade-contract': '상품 매매 계약으로, 투자가 아닌 무역이다.',
    agreement: '기본 계약 또는 협력 약정.',
  },
  industries: {
    'oil-gas': '석유·가스',
    mining: '광업',
    petrochemicals: '석유화학',
    power: '발전',
    airport: '공항',
    defense: '방산',
    finance: '금융',
  },
  industryShare: {
    title: '광업과 석유·가스 분야의 외국인직접투자',
    subtitle:
      '외국인직접투자 기록만, {{from}}~{{to}}년: 광업, 석유·가스, 기타 산업에 각각 몇 건이 있는지와 발표 금액을 하나씩(합산하지 않고) 보여 준다.',
    description: '산업별 외국인직접투자 기록: {{summary}}. 같은 자료가 표 보기에 있다.',
    axis: '외국인직접투자 기록 수',
    groups: { mining: '광업', 'oil-gas': '석유·가스', other: '기타 산업' },
    recordsNote:
      '건수는 서로 다른 거래 수가 아니라 기록(보도된 수치) 수다. 여러 출처가 서로 다른 금액으로 보도한 거래는 수치마다 한 번씩 센다.',
    amountsTitle: '발표 금액(개별)',
    none: '외국인직접투자 기록 없음',
    noAmount: '금액 미공개',
    statedShare: '발표된 비중:',
    group: '분류',
  },
};

export const investmentMessages: { en: typeof en; es: Catalog<typeof en>; ko: Catalog<typeof en> } = { en, es, ko };
