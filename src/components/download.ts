/** Saves a Blob under a file name through a temporary link (works offline, no server round trip). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const saveText = (text: string, fileName: string, type: string) =>
  saveBlob(new Blob([text], { type }), fileName);

/**
 * Renders a chart frame (title, chart, legend, source) to PNG or SVG. html-to-image copies each element's
 * computed style, so theme colours held in CSS variables arrive resolved. Loaded on first use only.
 */
export async function exportImage(node: HTMLElement, format: 'png' | 'svg', fileName: string) {
  const { toBlob, toSvg } = await import('html-to-image');
  const background = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
  const options = {
    backgroundColor: background,
    pixelRatio: 2,
    // Buttons are for the page, not the picture.
    filter: (el: HTMLElement) => !(el instanceof HTMLElement && el.dataset.exportSkip === 'true'),
  };
  if (format === 'png') {
    const blob = await toBlob(node, options);
    if (blob) saveBlob(blob, fileName);
    return;
  }
  // toSvg gives "data:image/svg+xml;charset=utf-8,<url-encoded svg>"; decoding it avoids fetching a data: URL (CSP).
  const dataUrl = await toSvg(node, options);
  const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  saveText(svg, fileName, 'image/svg+xml');
}
