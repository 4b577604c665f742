import { createContext } from 'react';

/**
 * The selected event, shared with the chart's markers through context rather than props: Recharts remounts every
 * marker when its chart's props change, which would drop keyboard focus each time an arrow key selects an event.
 */
export const SelectionContext = createContext<{ selectedId: string | undefined; onSelect: (id: string) => void }>({
  selectedId: undefined,
  onSelect: () => {},
});
