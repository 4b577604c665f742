import { latestYear, latestValues, usdInFull } from './expected.ts';
import { expect, expectNoAxeViolations, test, waitForFirstScreen, firstScreenOnly } from './fixtures.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The headline card's figure in each language (either figure of a year published twice). */
const tradeFigure = (lang: 'es' | 'ko' | 'en') =>
  new RegExp(latestValues.map((v) => escape(usdInFull(v, lang))).join('|'));

const LANGUAGES = [
  {
    lang: 'es',
    title: 'Perú–Corea: 60 años de relaciones',
    doc: 'Tablero de las relaciones Perú–Corea del Sur',
    axis: /\$\s?\d+\s?M/,
    ambassador: 'embajador de la República de Corea',
  },
  {
    lang: 'ko',
    title: '페루–한국: 수교 60년',
    doc: '페루–한국 관계 대시보드',
    axis: /억/,
    ambassador: '주페루 대한민국 대사',
  },
  {
    lang: 'en',
    title: 'Peru–Korea: 60 years of relations',
    doc: 'Peru–South Korea relations dashboard',
    axis: /\$\dB/,
    ambassador: 'Ambassador of the Republic of Korea',
  },
] as const;

for (const { lang, title, doc, axis, ambassador } of LANGUAGES) {
  test(`the first screen and the trade chart speak ${lang}`, async ({ page }, testInfo) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(doc);
    await waitForFirstScreen(page);
    await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).toContainText(tradeFigure(lang));
    await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).toContainText(String(latestYear));
    // Whoever stated a headline figure is named in the page's language too.
    await expect(page.getByTestId('card-aid').locator('.stated-by')).toContainText(ambassador);
    await expect(
      page
        .getByTestId('chart-trade-total')
        .locator('.recharts-cartesian-axis-tick-value')
        .filter({ hasText: axis })
        .first(),
    ).toBeVisible();
    if (lang === 'ko') {
      // The self-hosted Korean font is loaded only for Korean.
      await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans KR"', '한국'))).toBe(true);
    }
    // The first screen only (the full page is 27,000 px; explore.spec.ts checks the rest with axe, in parts).
    await page.screenshot({ path: testInfo.outputPath(`first-screen-${lang}-1440x900.png`) });
    await expectNoAxeViolations(page, firstScreenOnly);
  });
}

test('Spanish and English pages do not download the Korean font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => (r.resourceType() === 'font' ? fonts.push(r.url()) : undefined));
  await page.goto('/?lang=es');
  await waitForFirstScreen(page);
  expect(fonts.filter((f) => f.includes('noto-sans-kr'))).toEqual([]);

  // Yet the switch names Korean in Korean letters, drawn from the three-letter font inside the page, not as boxes
  // from whatever system font lacks them.
  const label = page.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: '한국어' });
  await expect(label).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'button[lang="ko"]' });
  const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  // One font draws all three letters: the page's own (a subset of Noto Sans KR), not a system font.
  expect(used).toEqual([expect.objectContaining({ isCustomFont: true, glyphCount: 3 })]);
  expect(used[0]!.familyName).toMatch(/Noto Sans KR/);
});

test('a Korean page asks for its font before the app, and draws its static header in it', async ({ page }) => {
  // In request order: the font's two faces must not wait for the app (which requested it once running: the header
  // then moved when the font arrived, a layout shift on every Korean load).
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/?lang=ko');
  await waitForFirstScreen(page);
  const firstScript = requests.findIndex((url) => /\/assets\/.*\.js$/.test(url));
  for (const weight of [400, 700]) {
    const face = requests.findIndex((url) => new RegExp(`noto-sans-kr-${weight}-[^/]*\\.woff2$`).test(url));
    expect(face, `the ${weight} face is requested`).toBeGreaterThanOrEqual(0);
    expect(face, `the ${weight} face is requested before the app's scripts`).toBeLessThan(firstScript);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.static-lang[lang="ko"] .site-header__title',
  });
  const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  // Every Korean letter of the title from the self-hosted font (the rest, digits and dashes, may come from another).
  const hangul = ((await page.locator('.static-lang[lang="ko"] .site-header__title').textContent()) ?? '').match(
    /[\uac00-\ud7a3]/g,
  )!.length;
  const noto = used.filter((f) => f.isCustomFont && /Noto Sans KR/.test(f.familyName));
  expect(noto.reduce((sum, f) => sum + f.glyphCount, 0)).toBeGreaterThanOrEqual(hangul);
});

test('switching language keeps the filter, and in a presentation the slide', async ({ page }) => {
  await page.goto('/?lang=en&sectors=aid,health&from=2005');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페루–한국: 수교 60년');
  const params = new URL(page.url()).searchParams;
  expect(params.get('lang')).toBe('ko');
  expect(params.get('sectors')).toBe('aid,health');
  expect(params.get('from')).toBe('2005');
  await expect(page.getByRole('group', { name: '분야' }).getByRole('button', { name: /^개발협력/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/?lang=en&present=true&slide=3');
  await expect(page.locator('.slide[data-active="true"]')).toHaveAttribute('data-slide', 'products');
  await page.evaluate(() => {
    const url = new URL(location.href);
    url.searchParams.set('lang', 'es');
    history.replaceState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('.slide[data-active="true"] .slide__title')).toHaveText(
    'Lo que el Perú vende a Corea y lo que le compra',
  );
  expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
});

test('a first visit takes the browser language and writes it into the link', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페루–한국: 수교 60년');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ko');
  await context.close();
});

test('a shared link opens in its own language whatever the browser says', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/?lang=es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perú–Corea: 60 años de relaciones');
  await context.close();
});

test('the presentation speaks Korean', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?lang=ko&present=true&slide=1');
  await expect(page.locator('.slide[data-active="true"] .slide__title')).toHaveText('페루와 한국: 수교 60년');
  await expect(page.locator('.slide[data-active="true"]')).toContainText('36억 3천만 달러');
  await page.screenshot({ path: testInfo.outputPath('slide-ko-headlines.png') });
  await expectNoAxeViolations(page);
});
