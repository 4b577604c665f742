import type { Catalog } from './types.ts';

/** Texts of the timeline section, in the three languages. English defines the keys. */
const en = {
  title: 'Cooperation timeline',
  intro:
    'Dated events of the relationship since the first recorded Korean immigrant, by category. Each date is given at the precision its source supports.',
  chartTitle: 'Events by category',
  subtitle: '{{n}} dated events, {{years}}. One lane per category; larger ringed markers are milestones.',
  subtitleOne: '1 dated event, {{years}}. One lane per category; larger ringed markers are milestones.',
  description: '{{n}} events from {{from}} to {{to}} in {{lanes}} categories. The list view holds every event.',
  zoomLabel: 'Years shown',
  zoom: {
    all: 'All years',
    since2000: '2000–2026',
    since2010: '2010–2026',
  },
  zoomUnavailable: 'Outside the years selected in the filter',
  categories: {
    diplomacy: 'Diplomacy',
    trade: 'Trade',
    investment: 'Investment',
    defense: 'Defense',
    aid: 'Aid',
    digital: 'Digital',
    climate: 'Climate',
    health: 'Health',
    transport: 'Transport',
    exchange: 'Exchange',
  },
  milestone: 'Milestone',
  milestoneLegend: 'Milestone (larger marker with a ring)',
  yearAxis: 'Year',
  markerLabel: '{{date}}, {{category}}: {{title}}',
  markerLabelMilestone: '{{date}}, {{category}}, milestone: {{title}}',
  chartLabel:
    'Timeline chart: {{n}} events. Use the arrow keys to move between events; Home and End jump to the first and last.',
  keyboardHint:
    'Select a marker (or tab to the chart and use the arrow keys) to read the event and its source. The table view lists every event.',
  precisionNote:
    'A date given only as a year is placed in the middle of that year, and a month in the middle of that month. When sources date an event differently, every version is shown, marked “Sources differ”.',
  hiddenAll: 'Every category is hidden. Use the legend to show one again.',
  noEventsInZoom: 'No event of the shown categories falls in these years.',
  details: {
    title: 'Event details',
    empty: 'Select an event on the chart to read its description and source.',
    category: 'Category',
    date: 'Date',
  },
  table: {
    category: 'Category',
    title: 'Event',
    description: 'Description',
    milestone: 'Milestone',
    yes: 'yes',
    no: 'no',
    conflict: 'Conflict note',
  },
  defense: {
    title: 'Defense cooperation highlights',
    intro:
      'Aircraft and ships co-produced in Peru or donated by Korea, from the defense events of the timeline. The counts are those stated by the Korean ambassador in 2023, attributed to him; they are not added together.',
    statedFigure: 'Stated figure',
    events: 'Dated events',
    noEvents: 'No dated event in the selected years.',
    groups: {
      'kt-1p': 'KT-1P trainer aircraft',
      corvettes: 'Donated corvettes',
      'patrol-vessels': 'Río Pativilca-class patrol vessels',
      'multipurpose-vessels': 'Multipurpose ships (landing platform docks)',
      'naval-shipbuilding': 'SIMA–HD Hyundai ships and submarines',
      'land-systems': 'Armoured vehicles and tanks',
      other: 'Other defense cooperation',
    },
  },
} as const;

export const timelineMessages: { en: typeof en; es: Catalog<typeof en>; ko: Catalog<typeof en> } = {
  en,
  es: {
    title: 'Cronología de la cooperación',
    intro:
      'Hechos fechados de la relación desde el primer inmigrante coreano registrado, por categoría. Cada fecha se da con la precisión que permite su fuente.',
    chartTitle: 'Hechos por categoría',
    subtitle:
      '{{n}} hechos fechados, {{years}}. Un carril por categoría; los marcadores más grandes con anillo son hitos.',
    subtitleOne:
      '1 hecho fechado, {{years}}. Un carril por categoría; los marcadores más grandes con anillo son hitos.',
    description:
      '{{n}} hechos de {{from}} a {{to}} en {{lanes}} categorías. La vista de tabla contiene todos los hechos.',
    zoomLabel: 'Años mostrados',
    zoom: {
      all: 'Todos los años',
      since2000: '2000–2026',
      since2010: '2010–2026',
    },
    zoomUnavailable: 'Fuera de los años elegidos en el filtro',
    categories: {
      diplomacy: 'Diplomacia',
      trade: 'Comercio',
      investment: 'Inversión',
      defense: 'Defensa',
      aid: 'Cooperación',
      digital: 'Digital',
      climate: 'Clima',
      health: 'Salud',
      transport: 'Transporte',
      exchange: 'Intercambio',
    },
    milestone: 'Hito',
    milestoneLegend: 'Hito (marcador más grande con anillo)',
    yearAxis: 'Año',
    markerLabel: '{{date}}, {{category}}: {{title}}',
    markerLabelMilestone: '{{date}}, {{category}}, hito: {{title}}',
    chartLabel:
      'Gráfico de la cronología: {{n}} hechos. Use las flechas para pasar de un hecho a otro; Inicio y Fin llevan al primero y al último.',
    keyboardHint:
      'Seleccione un marcador (o llegue al gráfico con Tab y use las flechas) para leer el hecho y su fuente. La vista de tabla lista todos los hechos.',
    precisionNote:
      'Una fecha dada solo como año se ubica a mitad de ese año, y un mes, a mitad de ese mes. Cuando las fuentes fechan un hecho de forma distinta, se muestran todas las versiones, marcadas con «Las fuentes difieren».',
    hiddenAll: 'Todas las categorías están ocultas. Use la leyenda para volver a mostrar alguna.',
    noEventsInZoom: 'Ningún hecho de las categorías mostradas cae en estos años.',
    details: {
      title: 'Detalle del hecho',
      empty: 'Seleccione un hecho en el gráfico para leer su descripción y su fuente.',
      category: 'Categoría',
      date: 'Fecha',
    },
    table: {
      category: 'Categoría',
      title: 'Hecho',
      description: 'Descripción',
      milestone: 'Hito',
      yes: 'sí',
      no: 'no',
      conflict: 'Nota de discrepancia',
    },
    defense: {
      title: 'Lo más destacado de la cooperación en defensa',
      intro:
        'Aviones y buques coproducidos en el Perú o donados por Corea, a partir de los hechos de defensa de la cronología. Las cantidades son las que declaró el embajador de Corea en 2023, atribuidas a él; no se suman entre sí.',
      statedFigure: 'Cifra declarada',
      events: 'Hechos fechados',
      noEvents: 'Ningún hecho fechado en los años elegidos.',
      groups: {
        'kt-1p': 'Aviones de entrenamiento KT-1P',
        corvettes: 'Corbetas donadas',
        'patrol-vessels': 'Patrulleras clase Río Pativilca',
        'multipurpose-vessels': 'Buques multipropósito (buques de desembarco)',
        'naval-shipbuilding': 'Buques y submarinos SIMA–HD Hyundai',
        'land-systems': 'Vehículos blindados y tanques',
        other: 'Otra cooperación en defensa',
      },
    },
  },
  ko: {
    title: '협력 연표',
    intro:
      '최초의 한인 이민자 기록 이후 양국 관계의 주요 사건을 분야별로 정리했다. 날짜는 출처가 뒷받침하는 정밀도로 표기한다.',
    chartTitle: '분야별 사건',
    subtitle: '{{years}} 사건 {{n}}건. 분야마다 한 줄이며, 테두리가 있는 큰 표시는 주요 이정표다.',
    subtitleOne: '{{years}} 사건 1건. 분야마다 한 줄이며, 테두리가 있는 큰 표시는 주요 이정표다.',
    description: '{{from}}~{{to}}년, {{lanes}}개 분야의 사건 {{n}}건. 표 보기에 모든 사건이 있다.',
    zoomLabel: '표시 기간',
    zoom: {
      all: '전체 기간',
      since2000: '2000~2026년',
      since2010: '2010~2026년',
    },
    zoomUnavailable: '필터에서 선택한 기간 밖',
    categories: {
      diplomacy: '외교',
      trade: '통상',
      investment: '투자',
      defense: '국방',
      aid: '개발협력',
      digital: '디지털',
      climate: '기후',
      health: '보건',
      transport: '교통',
      exchange: '교류',
    },
    milestone: '이정표',
    milestoneLegend: '이정표(테두리가 있는 큰 표시)',
    yearAxis: '연도',
    markerLabel: '{{date}}, {{category}}: {{title}}',
    markerLabelMilestone: '{{date}}, {{category}}, 이정표: {{title}}',
    chartLabel:
      '연표 차트: 사건 {{n}}건. 화살표 키로 사건 사이를 이동하고, Home과 End로 처음과 마지막 사건으로 갈 수 있다.',
    keyboardHint:
      '표시를 선택하면(또는 Tab으로 차트에 들어가 화살표 키를 쓰면) 사건 내용과 출처를 볼 수 있다. 표 보기에 모든 사건이 있다.',
    precisionNote:
      '연도만 알려진 날짜는 그해의 한가운데에, 월까지 알려진 날짜는 그달의 한가운데에 놓았다. 출처마다 날짜가 다른 사건은 모든 날짜를 보여 주고 ‘출처 간 차이’로 표시한다.',
    hiddenAll: '모든 분야가 숨겨져 있다. 범례에서 분야를 다시 켤 수 있다.',
    noEventsInZoom: '이 기간에는 표시된 분야의 사건이 없다.',
    details: {
      title: '사건 상세',
      empty: '차트에서 사건을 선택하면 설명과 출처를 볼 수 있다.',
      category: '분야',
      date: '날짜',
    },
    table: {
      category: '분야',
      title: '사건',
      description: '설명',
      milestone: '이정표',
      yes: '예',
      no: '아니요',
      conflict: '출처 간 차이',
    },
    defense: {
      title: '국방 협력 주요 내용',
      intro:
        '페루에서 공동생산했거나 한국이 기증한 항공기와 함정을 연표의 국방 사건에서 추렸다. 수량은 2023년 주페루 한국대사가 밝힌 것으로 그 발언으로 출처를 밝히며, 서로 합산하지 않는다.',
      statedFigure: '발표 수치',
      events: '날짜별 사건',
      noEvents: '선택한 기간에 해당하는 사건이 없다.',
      groups: {
        'kt-1p': 'KT-1P 기본훈련기',
        corvettes: '기증 초계함',
        'patrol-vessels': '리오 파티빌카급 경비함',
        'multipurpose-vessels': '다목적함(상륙함)',
        'naval-shipbuilding': 'SIMA–HD현대 함정·잠수함',
        'land-systems': '장갑차·전차',
        other: '기타 국방 협력',
      },
    },
  },
};
