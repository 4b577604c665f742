import type { ReactNode, Ref } from 'react';
import { ShownInSectors } from './shown-in-sectors.tsx';

interface SectionPanelProps {
  /** The section's anchor (the menu links to it). */
  id: string;
  /** The heading's id; the section is labelled by it. */
  titleId?: string;
  /** The section's own class, beside `panel`. */
  className?: string;
  title: string;
  /** The line under the heading, with its class. */
  intro?: { text: string; className: string };
  ref?: Ref<HTMLElement>;
  /** Whether the sector filter leaves the section in; one left out is hidden, not removed (`ShownInSectors`). */
  shown?: boolean;
  children: ReactNode;
}

/** A section of the page: its panel, its heading (the section's accessible name) and the line that introduces it. */
export function SectionPanel({
  id,
  titleId = `${id}-title`,
  className,
  title,
  intro,
  ref,
  shown = true,
  children,
}: SectionPanelProps) {
  return (
    <ShownInSectors shown={shown}>
      <section ref={ref} className={className ? `panel ${className}` : 'panel'} id={id} aria-labelledby={titleId}>
        <h2 id={titleId} className="section-title">
          {title}
        </h2>
        {intro && <p className={intro.className}>{intro.text}</p>}
        {children}
      </section>
    </ShownInSectors>
  );
}
