import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { aidQuery, headlinesQuery } from '@/data/queries.ts';
import type { AidFile } from '@/data/schema/aid.ts';
import type { HeadlinesFile } from '@/data/schema/headlines.ts';
import { aidView } from '@/domain/aid.ts';
import type { ViewFilter } from '@/domain/filters.ts';

const NO_FIGURES: HeadlinesFile['figures'] = [];
const selectAidFigures = (file: HeadlinesFile) => file.figures.filter((f) => f.topic === 'aid');

/**
 * The aid section's data: aid.json under the filter, with the aid headline figures that attribute its statements.
 * `headlines` is returned too, because the section waits for it (it only adds an attribution, so a failure does not
 * block the section).
 */
export function useAidView(filter: ViewFilter) {
  const headlines = useQuery({ ...headlinesQuery(), select: selectAidFigures });
  const figures = headlines.data ?? NO_FIGURES;
  const select = useCallback((file: AidFile) => aidView(file, figures, filter), [figures, filter]);
  const view = useQuery({ ...aidQuery(), select });
  return { view, headlines };
}
