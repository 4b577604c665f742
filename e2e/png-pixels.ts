import type { Page } from '@playwright/test';

/**
 * A PNG decoded by the browser (no decoder of our own to trust): its size, the share of pixels unlike the
 * background (the top-left pixel), how many colours it has (counted up to 500), and how many pixels are close to
 * `near`, a colour the picture must show. A blank or nearly blank picture has a tiny share and few colours.
 */
export async function pngPixels(page: Page, png: Buffer, near: [r: number, g: number, b: number] = [0, 0, 0]) {
  return page.evaluate(
    async ({ base64, near }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let differ = 0;
      let close = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.abs(r - data[0]!) + Math.abs(g - data[1]!) + Math.abs(b - data[2]!) > 24) differ += 1;
        if (Math.abs(r - near[0]) + Math.abs(g - near[1]) + Math.abs(b - near[2]) < 30) close += 1;
        if (colours.size < 500) colours.add((r << 16) | (g << 8) | b);
      }
      return {
        width: canvas.width,
        height: canvas.height,
        share: differ / (data.length / 4),
        near: close,
        colours: colours.size,
      };
    },
    { base64: png.toString('base64'), near },
  );
}
