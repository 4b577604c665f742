import { createContext, useContext } from 'react';

export const StageHeight = createContext(1080);

/** The stage's height in design px (1080 on a 16:9 screen, more on a taller one): a figure may grow into it. */
export const useStageHeight = () => useContext(StageHeight);
