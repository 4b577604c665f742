/**
 * Peru's 25 first-level regions (24 departments and the Constitutional Province of Callao) by their official
 * two-digit UBIGEO code, with the name the boundary file publishes (`NOMBDEP`, scripts/geo). The dataset's
 * `regionCodes` use these codes; the map joins them to the geometry by the same code.
 */
export const PERU_REGION_NAMES = {
  '01': 'AMAZONAS',
  '02': 'ANCASH',
  '03': 'APURIMAC',
  '04': 'AREQUIPA',
  '05': 'AYACUCHO',
  '06': 'CAJAMARCA',
  '07': 'CALLAO',
  '08': 'CUSCO',
  '09': 'HUANCAVELICA',
  '10': 'HUANUCO',
  '11': 'ICA',
  '12': 'JUNIN',
  '13': 'LA LIBERTAD',
  '14': 'LAMBAYEQUE',
  '15': 'LIMA',
  '16': 'LORETO',
  '17': 'MADRE DE DIOS',
  '18': 'MOQUEGUA',
  '19': 'PASCO',
  '20': 'PIURA',
  '21': 'PUNO',
  '22': 'SAN MARTIN',
  '23': 'TACNA',
  '24': 'TUMBES',
  '25': 'UCAYALI',
} as const;
export type RegionCode = keyof typeof PERU_REGION_NAMES;
/** In code order, 01 to 25 (sorted: an object lists integer-like keys such as "10" before "01"). */
export const REGION_CODES = (Object.keys(PERU_REGION_NAMES) as RegionCode[]).sort();

/** The marker of a project carried out across the whole country: shown apart, never spread over the regions. */
export const NATIONAL = 'national';
export type PlaceCode = RegionCode | typeof NATIONAL;
export const PLACE_CODES: readonly PlaceCode[] = [...REGION_CODES, NATIONAL];
