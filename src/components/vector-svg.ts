/**
 * A chart frame as an editable vector SVG: the chart's own SVG drawings (Recharts already draws SVG), and every
 * piece of HTML around them (title, subtitle, legend, notes, source line, small-multiple captions) as SVG `<rect>`
 * and `<text>`, one `<text>` per line as the browser wrapped it. Colours, strokes and fonts are copied from the
 * computed style, so theme colours held in CSS variables arrive as literal values. No `<foreignObject>`, no
 * embedded fonts: Inkscape, Illustrator and librsvg read it, and it stays small.
 */

/** Fonts named in the file, after the page's own: the reader's machine picks the first it has. */
const FONT_FALLBACK = "'Noto Sans KR', 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/** Presentation properties copied from each drawn SVG element's computed style. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Initial values left out of the file, to keep it small. */
const DEFAULTS: Partial<Record<(typeof SVG_PROPS)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isTransparent = (colour: string) =>
  colour === 'transparent' || colour === '' || /rgba\([^)]*,\s*0\)$/.test(colour) || colour === 'none';

const skipped = (el: Element) => el instanceof HTMLElement && el.dataset.exportSkip === 'true';

const hidden = (style: CSSStyleDeclaration) =>
  style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0;

/** The font family as the page has it, with fallbacks that a machine without the page's fonts may have. */
function fontFamily(style: CSSStyleDeclaration) {
  const names = style.fontFamily.replace(/"/g, "'").split(/,\s*/);
  for (const name of FONT_FALLBACK.split(/,\s*/)) if (!names.includes(name)) names.splice(-1, 0, name);
  return names.join(', ');
}

/** The family set once on the whole drawing; text elements name theirs only when it differs. */
let baseFamily = '';
const familyAttr = (style: CSSStyleDeclaration) => {
  const family = fontFamily(style);
  return family === baseFamily ? '' : `font-family="${escapeXml(family)}"`;
};

/** A copy of one SVG element and its children, its computed presentation written out as attributes. */
function copySvgElement(source: Element): Element | null {
  const style = getComputedStyle(source);
  if (style.display === 'none') return null;
  const copy = source.cloneNode(false) as Element;
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('role');
  copy.removeAttribute('focusable');
  for (const name of [...copy.getAttributeNames()])
    if (name.startsWith('aria-') || name.startsWith('data-')) copy.removeAttribute(name);
  const tag = source.tagName.toLowerCase();
  if (!['defs', 'clippath', 'pattern', 'lineargradient', 'radialgradient', 'stop', 'title', 'desc'].includes(tag)) {
    for (const prop of SVG_PROPS) {
      const value = style.getPropertyValue(prop);
      if (!value || DEFAULTS[prop] === value) continue;
      // Fonts only matter on text; the rest of the drawing does not need them repeated on every shape.
      if (prop.startsWith('font') || prop === 'text-anchor' || prop === 'dominant-baseline') {
        if (tag !== 'text' && tag !== 'tspan') continue;
      }
      copy.setAttribute(prop, value.replace(/"/g, "'"));
    }
    if (tag === 'text' && fontFamily(style) !== baseFamily) copy.setAttribute('font-family', fontFamily(style));
    if (style.visibility === 'hidden') copy.setAttribute('visibility', 'hidden');
  } else if (tag === 'stop') {
    copy.setAttribute('stop-color', style.getPropertyValue('stop-color'));
    copy.setAttribute('stop-opacity', style.getPropertyValue('stop-opacity'));
  }
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
    else if (child instanceof Element) {
      const childCopy = copySvgElement(child);
      if (childCopy) copy.append(childCopy);
    }
  }
  return copy;
}

/** One drawn chart SVG, placed where it sits in the frame. */
function placeSvg(svg: SVGSVGElement, origin: DOMRect): string {
  const rect = svg.getBoundingClientRect();
  const copy = copySvgElement(svg);
  if (!copy || rect.width === 0) return '';
  copy.setAttribute('x', String(Math.round(rect.left - origin.left)));
  copy.setAttribute('y', String(Math.round(rect.top - origin.top)));
  copy.setAttribute('width', String(Math.round(rect.width)));
  copy.setAttribute('height', String(Math.round(rect.height)));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${rect.width} ${rect.height}`);
  copy.setAttribute('overflow', 'visible');
  return new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
}

/** A box's background (a legend swatch, a bar drawn in HTML, a card) as a rectangle. */
function boxRect(el: Element, style: CSSStyleDeclaration, origin: DOMRect): string {
  const rect = el.getBoundingClientRect();
  if (rect.width < 0.5 || rect.height < 0.5) return '';
  const fill = style.backgroundColor;
  const borderWidth = parseFloat(style.borderTopWidth);
  const bordered =
    borderWidth > 0 &&
    style.borderTopStyle !== 'none' &&
    !isTransparent(style.borderTopColor) &&
    style.borderTopWidth === style.borderRightWidth &&
    style.borderTopWidth === style.borderBottomWidth &&
    style.borderTopWidth === style.borderLeftWidth;
  if (isTransparent(fill) && !bordered) return '';
  const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, rect.width / 2, rect.height / 2);
  const attrs = [
    `x="${(rect.left - origin.left).toFixed(1)}"`,
    `y="${(rect.top - origin.top).toFixed(1)}"`,
    `width="${rect.width.toFixed(1)}"`,
    `height="${rect.height.toFixed(1)}"`,
    radius > 0 ? `rx="${radius.toFixed(1)}"` : '',
    `fill="${isTransparent(fill) ? 'none' : fill}"`,
    bordered ? `stroke="${style.borderTopColor}" stroke-width="${borderWidth}"` : '',
  ];
  return `<rect ${attrs.filter(Boolean).join(' ')}/>`;
}

/**
 * A text node as `<text>` lines, split where the browser wrapped it: each word's box tells its line. The
 * baseline sits where the browser put it, approximately (the line box's centre plus a third of the font size).
 */
function textLines(node: Text, style: CSSStyleDeclaration, origin: DOMRect): string {
  const text = node.textContent ?? '';
  if (!text.trim()) return '';
  const range = document.createRange();
  const lines: { left: number; top: number; bottom: number; words: string[] }[] = [];
  const word = /\S+/g;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0) continue;
    const line = lines.find((l) => Math.abs(l.top - rect.top) < 2);
    if (line) line.words.push(match[0]);
    else lines.push({ left: rect.left, top: rect.top, bottom: rect.bottom, words: [match[0]] });
  }
  const size = parseFloat(style.fontSize);
  const font = [
    familyAttr(style),
    `font-size="${size}"`,
    style.fontWeight !== '400' ? `font-weight="${style.fontWeight}"` : '',
    style.fontStyle === 'italic' ? 'font-style="italic"' : '',
    `fill="${style.color}"`,
  ]
    .filter(Boolean)
    .join(' ');
  return lines
    .map((l) => {
      const baseline = (l.top + l.bottom) / 2 + size * 0.33 - origin.top;
      return `<text x="${(l.left - origin.left).toFixed(1)}" y="${baseline.toFixed(1)}" ${font}>${escapeXml(l.words.join(' '))}</text>`;
    })
    .join('');
}

/** Walks the frame's HTML: boxes and text become SVG shapes, drawn SVGs are copied whole. */
function walk(el: Element, origin: DOMRect, out: string[]) {
  if (skipped(el)) return;
  if (el instanceof SVGSVGElement) {
    out.push(placeSvg(el, origin));
    return;
  }
  const style = getComputedStyle(el);
  if (hidden(style) || el.hasAttribute('hidden')) return;
  // Text for screen readers only (a 1 px clipped box) is not part of the picture.
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 && rect.height <= 1) return;
  out.push(boxRect(el, style, origin));
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out.push(textLines(child as Text, style, origin));
    else if (child instanceof Element) walk(child, origin, out);
  }
}

/** The frame as a standalone SVG document, on the page's surface colour. */
export function frameToSvg(frame: HTMLElement, background: string): string {
  const origin = frame.getBoundingClientRect();
  baseFamily = fontFamily(getComputedStyle(frame));
  const out: string[] = [];
  for (const child of frame.children) walk(child, origin, out);
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const title = frame.querySelector('h1, h2, h3, h4')?.textContent ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(baseFamily)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    ...out.filter(Boolean),
    '</svg>',
  ].join('\n');
}
