import type { TradeRecord } from '@/data/schema/trade.ts';
import { recordBuilder } from './records.ts';

/** A valid trade record; tests override only what they are about. */
export const tradeRecord = recordBuilder<TradeRecord>('trade-test', () => ({
  sectors: ['trade'],
  year: 2010,
  flow: 'total',
  valueUsdM: 1000,
  reporter: 'korea',
  valuation: 'unstated',
}));
