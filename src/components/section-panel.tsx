import type { ReactNode, Ref } from 'react';

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
  children,
}: SectionPanelProps) {
  return (
    <section ref={ref} className={className ? `panel ${className}` : 'panel'} id={id} aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {intro && <p className={intro.className}>{intro.text}</p>}
      {children}
    </section>
  );
}
