import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { StageContext } from './stage-height.ts';
import { stageFor, type Stage } from '@/domain/deck-stage.ts';

/**
 * Fills its parent and draws its children on a stage of design pixels (see `stageFor`), scaled to fit. The audience
 * screen and the presenter's small previews are the same slides at different scales. A box taller than wide gets a
 * portrait stage (`stage--portrait`), in which present.css stacks each slide's content.
 */
export function SlideStage({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<Stage>(() => stageFor(window.innerWidth, window.innerHeight));
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const next = stageFor(el.clientWidth, el.clientHeight);
      setStage((s) =>
        s.scale === next.scale &&
        s.width === next.width &&
        s.height === next.height &&
        s.orientation === next.orientation
          ? s
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={`stage stage--${stage.orientation} ${className ?? ''}`}>
      <div
        className="stage__canvas"
        data-scale={stage.scale}
        style={{ width: stage.width, height: stage.height, transform: `scale(${stage.scale})` }}
      >
        <StageContext.Provider value={stage}>{children}</StageContext.Provider>
      </div>
    </div>
  );
}
