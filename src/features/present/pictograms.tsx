/** Simple pictograms drawn inline (no images from the web), one symbol per unit, for a room to count at a glance. */
const SYMBOLS = {
  // A person: head and shoulders.
  person: (
    <>
      <circle cx="12" cy="6" r="4.5" />
      <path d="M3.5 24v-5.5C3.5 14.4 7 12 12 12s8.5 2.4 8.5 6.5V24z" />
    </>
  ),
  // A trainer aircraft seen from above: fuselage, wings, tail.
  aircraft: <path d="M11 1h2l1 7 9 4v2.5l-9-2-.6 6.5 3.6 2.5V24l-5-1.5L7 24v-2.5l3.6-2.5-.6-6.5-9 2V12l9-4z" />,
  // A ship in profile: hull, superstructure, mast.
  ship: <path d="M11 2h2v5h4v5h4.5L19 21H5l-2.5-9H7V7h4zM9 9v3h6V9z" />,
  // A screen on its stand: a digital project.
  screen: <path fillRule="evenodd" d="M2 3h20v14H13v3h4v2H7v-2h4v-3H2zm2 2v10h16V5z" />,
  // A leaf with its stem: an environment project.
  leaf: (
    <path d="M21 2C10 2 4 7 4 14c0 1.6.4 3 1 4.2L2.5 21 4 22.5l2.6-2.6C8 21.3 9.8 22 12 22c7 0 10-7 9-20zM8 18c2-5 5-8 9-10-3 3-6 6-9 10z" />
  ),
} as const;

export type PictogramKind = keyof typeof SYMBOLS;

interface PictogramsProps {
  kind: PictogramKind;
  count: number;
  /** Symbol size in design px. */
  size: number;
  tone?: 'korea' | 'peru';
}

/** `count` symbols in a wrapping row. Decorative: the number and its words beside it say the same in text. */
export function Pictograms({ kind, count, size, tone = 'korea' }: PictogramsProps) {
  return (
    <p className={`pictograms${tone === 'peru' ? ' pictograms--peru' : ''}`} aria-hidden="true" data-count={count}>
      {Array.from({ length: count }, (_, i) => (
        <svg key={i} viewBox="0 0 24 24" width={size} height={size} fill="currentColor" focusable="false">
          {SYMBOLS[kind]}
        </svg>
      ))}
    </p>
  );
}
