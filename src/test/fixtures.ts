import type { TradeRecord } from '@/data/schema/trade.ts';

let seq = 0;
/** A valid trade record; tests override only what they are about. */
export function tradeRecord(overrides: Partial<TradeRecord> = {}): TradeRecord {
  seq += 1;
  return {
    id: `trade-test-${seq}`,
    sectors: ['trade'],
    sourceIds: ['s-test'],
    qualifiers: {},
    year: 2010,
    flow: 'total',
    valueUsdM: 1000,
    reporter: 'korea',
    valuation: 'unstated',
    ...overrides,
  };
}
