import { createContext, useContext } from 'react';
import { stageFor, type Stage } from '@/domain/deck-stage.ts';

export const StageContext = createContext<Stage>(stageFor(1920, 1080));

/** The stage's height in design px (1080 on a 16:9 screen, more on a taller one): a figure may grow into it. */
export const useStageHeight = () => useContext(StageContext).height;

/** The stage in design px and its orientation: a portrait stage (a phone held upright) stacks what a wide one lays side by side. */
export const useStage = () => useContext(StageContext);
