import type { Catalog } from './types.ts';

/**
 * Texts of the link previews (Open Graph and Twitter cards), in the three languages. Only the build reads them
 * (scripts/preview/), so they are not composed into the page's catalogs: the page's JavaScript stays as it was.
 * The figures and their names come from the headline cards' own messages (`cards.*`).
 */
const en = {
  /** One figure in the description and the image's alternative text: the card's title and its figure. */
  figure: '{{label}}: {{value}}',
  /** The same in the image's alternative text, with the note the image shows under it. */
  figureWithNote: '{{label}}: {{value}} ({{note}})',
  /** A figure its source gives as approximate ("about US$10 million"). */
  approximately: 'about {{value}}',
  /** The preview image's text alternative (og:image:alt). */
  imageAlt: 'Card with the headline figures: {{figures}}. {{sources}}.',
};

const es: Catalog<typeof en> = {
  figure: '{{label}}: {{value}}',
  figureWithNote: '{{label}}: {{value}} ({{note}})',
  approximately: 'aprox. {{value}}',
  imageAlt: 'Tarjeta con las cifras principales: {{figures}}. {{sources}}.',
};

const ko: Catalog<typeof en> = {
  figure: '{{label}}: {{value}}',
  figureWithNote: '{{label}}: {{value}} ({{note}})',
  approximately: '약 {{value}}',
  imageAlt: '주요 수치 카드: {{figures}}. {{sources}}.',
};

export const linkPreviewMessages = { en, es, ko };
