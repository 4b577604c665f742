import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { headlinesQuery, investmentQuery } from '@/data/queries.ts';
import type { HeadlinesFile } from '@/data/schema/headlines.ts';
import type { InvestmentFile } from '@/data/schema/investment.ts';
import type { ViewFilter } from '@/domain/filters.ts';
import { investmentHeadlines } from '@/domain/investment-statements.ts';
import { investmentView } from '@/domain/investment-view.ts';

const selectHeadlines = (file: HeadlinesFile) => investmentHeadlines(file.figures);

/**
 * The investment section's data: investment.json under the filter, joined with the headline figures that state the
 * accumulated stock. `headlines` is returned too, because the section waits for both.
 */
export function useInvestmentView(filter: ViewFilter) {
  const headlines = useQuery({ ...headlinesQuery(), select: selectHeadlines });
  const headlineFigures = headlines.data;
  const select = useCallback(
    (file: InvestmentFile) => investmentView(file, headlineFigures ?? [], filter),
    [headlineFigures, filter],
  );
  const investment = useQuery({ ...investmentQuery(), select });
  return { investment, headlines };
}
