/**
 * The map's code, loaded on demand: by the frames that draw it, and ahead of time by a deck that loads every
 * slide's code before the talk. A file of its own, so the map and its geometry query import no cycle.
 */
export const loadPeruMap = () => import('./peru-map.tsx');
