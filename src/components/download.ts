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
 * Renders a chart frame (title, chart, legend, source) to PNG or SVG. The SVG is a vector drawing
 * (`vector-svg.ts`); the PNG comes from html-to-image, which copies each element's computed style, so theme colours
 * held in CSS variables arrive resolved. Both are loaded on first use only.
 */
export async function exportImage(node: HTMLElement, format: 'png' | 'svg', fileName: string) {
  const background = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
  // The frame's parts that mounted for the picture (DrawAllContext) get two frames to be measured and drawn.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  if (format === 'svg') {
    const { frameToSvg } = await import('./vector-svg.ts');
    saveText(frameToSvg(node, background), fileName, 'image/svg+xml');
    return;
  }
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(node, {
    backgroundColor: background,
    pixelRatio: 2,
    // Buttons are for the page, not the picture.
    filter: (el: HTMLElement) => !(el instanceof HTMLElement && el.dataset.exportSkip === 'true'),
  });
  if (blob) saveBlob(blob, fileName);
}
