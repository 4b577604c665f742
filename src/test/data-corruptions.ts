/**
 * The ways a maintainer's edit can break a data file, built from the file's real text: the unit test runs every
 * file through every case (src/data/corrupted-files.test.ts), the browser journey one case per file
 * (e2e/corrupted-data.spec.ts), so each kind of break is seen in the page at least once.
 */
type Json = Record<string, Record<string, unknown>[]>;

export const CORRUPTIBLE_FILES = [
  'sources',
  'headlines',
  'trade',
  'products',
  'investment',
  'aid',
  'exchange',
  'timeline',
] as const;
export type CorruptibleFile = (typeof CORRUPTIBLE_FILES)[number];

/** A numeric amount field per file, to make negative. */
const AMOUNT: Partial<Record<CorruptibleFile, [list: string, field: string]>> = {
  headlines: ['figures', 'value'],
  trade: ['annual', 'valueUsdM'],
  products: ['products', 'valueUsdM'],
  investment: ['projects', 'amountUsdM'],
  aid: ['projects', 'budgetUsdM'],
  exchange: ['records', 'value'],
};

export interface Corruption {
  name: string;
  body: string;
  /** What the error message must say beyond the file's name. */
  mentions: string;
}

const firstList = (json: Json) => Object.keys(json).find((k) => Array.isArray(json[k]) && json[k]!.length > 1)!;

/** Every corruption that applies to the file whose valid text is given. */
export function corruptionsOf(file: CorruptibleFile, text: string): Corruption[] {
  const edit = (change: (json: Json) => void) => {
    const json = JSON.parse(text) as Json;
    change(json);
    return JSON.stringify(json);
  };
  const cases: Corruption[] = [
    { name: 'truncated JSON', body: text.slice(0, Math.floor(text.length / 2)), mentions: 'invalid JSON' },
    { name: 'empty file', body: '', mentions: 'the file is empty' },
    {
      name: 'wrong type',
      body: edit((json) => (json[firstList(json)]![0]!.id = 12345)),
      mentions: 'field "id"',
    },
    {
      name: 'duplicate id',
      body: edit((json) => {
        const list = json[firstList(json)]!;
        list[1]!.id = list[0]!.id;
      }),
      mentions: 'duplicate id',
    },
  ];
  if (file !== 'sources')
    cases.push({
      name: 'unknown source id',
      body: edit((json) => (json[firstList(json)]![0]!.sourceIds = ['s-nowhere'])),
      mentions: 'unknown source id "s-nowhere"',
    });
  const amount = AMOUNT[file];
  if (amount) {
    const [list, field] = amount;
    cases.push({
      name: 'negative amount',
      body: edit((json) => {
        json[list]!.find((r) => typeof r[field] === 'number' && r.flow !== 'balance')![field] = -10;
      }),
      mentions: `field "${field}"`,
    });
  }
  return cases;
}
