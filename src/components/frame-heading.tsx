import type { ReactNode } from 'react';

interface FrameHeadingProps {
  /** The block the heading belongs to: a chart frame, or a method card (a frame of text and tables). */
  block?: 'chart-frame' | 'method-card';
  /** The heading's id; the frame is labelled by it. */
  titleId: string;
  title: string;
  subtitle: ReactNode;
  /** The frame's actions (CSV, picture, table view) beside the heading. */
  children?: ReactNode;
}

/** A frame's title, the line under it (unit, years) and its actions. */
export function FrameHeading({ block = 'chart-frame', titleId, title, subtitle, children }: FrameHeadingProps) {
  const content = (
    <>
      <div>
        <h3 id={titleId} className={`${block}__title`}>
          {title}
        </h3>
        <p className={`${block}__subtitle`}>{subtitle}</p>
      </div>
      {children}
    </>
  );
  return block === 'chart-frame' ? (
    <header className="chart-frame__header">{content}</header>
  ) : (
    <div className="method-card__header">{content}</div>
  );
}
