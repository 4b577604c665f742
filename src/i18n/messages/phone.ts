import type { Catalog } from './types.ts';

/** Texts of the phone layout (compact cards, header menu, filter sheet), in the three languages. English defines the keys. */
const en = {
  cardMore: 'Details',
  menu: 'Menu',
  filterOpen: 'Filter',
  filterAll: 'All sectors',
  filterSectors: '{{count}} sectors',
  filterYears: '{{from}}–{{to}}',
  filterClose: 'Close',
  filterSheet: 'Filter by sector and years',
};

const es: Catalog<typeof en> = {
  cardMore: 'Detalles',
  menu: 'Menú',
  filterOpen: 'Filtrar',
  filterAll: 'Todos los sectores',
  filterSectors: '{{count}} sectores',
  filterYears: '{{from}}–{{to}}',
  filterClose: 'Cerrar',
  filterSheet: 'Filtrar por sector y años',
};

const ko: Catalog<typeof en> = {
  cardMore: '자세히',
  menu: '메뉴',
  filterOpen: '필터',
  filterAll: '모든 분야',
  filterSectors: '{{count}}개 분야',
  filterYears: '{{from}}~{{to}}년',
  filterClose: '닫기',
  filterSheet: '분야와 연도로 거르기',
};

export const phoneMessages: { en: typeof en; es: Catalog<typeof en>; ko: Catalog<typeof en> } = { en, es, ko };
