import { ko } from '../src/i18n/messages/ko.ts';
import { expect, expectAppAlive, test } from './fixtures.ts';

// The sub-folder build (BASE_PATH=/peru-korea/, the "sub-folder" project): the language pages and their preview
// images live under that folder too.
test('a sub-folder build serves the language pages and their images from its folder', async ({ page, request }) => {
  const html = await (await request.get('ko/')).text();
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  expect(image).toMatch(/^\/peru-korea\/assets\/link-preview-ko-[0-9a-f]{8}\.png$/);
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');

  const paths: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) paths.push(url.pathname);
  });
  await page.goto('./ko/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.app.title);
  await expectAppAlive(page);
  expect(new URL(page.url()).pathname).toBe('/peru-korea/ko/');
  expect(paths.filter((p) => !p.startsWith('/peru-korea/'))).toEqual([]);
});
