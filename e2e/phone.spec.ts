import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { formatNumber, formatUsdMillions } from '../src/i18n/format.ts';
import { en } from '../src/i18n/messages/en.ts';
import { es } from '../src/i18n/messages/es.ts';
import { ko } from '../src/i18n/messages/ko.ts';
import { expect, expectNoAxeViolations, firstScreenOnly, test, scrollToSection } from './fixtures.ts';

/** The audience's phone (issue 15): the first screen, the menu, the filter sheet, readable charts, tap tooltips. */

type Lang = 'es' | 'ko' | 'en';
const MESSAGES = { es, ko, en };
/** The sections below the first screen, each rendered as the reader nears it (src/app/below-the-fold.tsx). */
const SECTIONS = [
  'trade-detail',
  'investment-section',
  'aid-section',
  'exchange-section',
  'timeline-section',
  'method-section',
];
const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

interface Figure {
  topic: string;
  value?: number;
  qualifiers?: { approximate?: boolean };
}
interface Trade {
  annual: {
    flow: string;
    reporter: string;
    year: number;
    valueUsdM: number;
    qualifiers: { unusable?: boolean; partialYear?: boolean };
  }[];
}
const figures = (JSON.parse(readFileSync('public/data/headlines.json', 'utf8')) as { figures: Figure[] }).figures;
const trade = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as Trade;
const stated = (topic: string) => figures.find((f) => f.topic === topic)!.value!;
const aidFigure = figures.find((f) => f.topic === 'aid')!;

/** The four figures as the data files give them: trade in the latest full year after the FTA by Korea's count. */
function expectedFigures(lang: Lang): Record<string, string> {
  const totals = trade.annual.filter(
    (r) =>
      r.flow === 'total' &&
      r.reporter === 'korea' &&
      !r.qualifiers.unusable &&
      !r.qualifiers.partialYear &&
      r.year > 2011,
  );
  const latest = totals.reduce((a, b) => (b.year > a.year ? b : a));
  const fill = (template: string, vars: Record<string, string | number>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k]));
  const cards = MESSAGES[lang].cards;
  return {
    'card-trade': fill(cards.trade.value, {
      after: formatUsdMillions(latest.valueUsdM, lang),
      afterYear: latest.year,
    }),
    'card-investment': formatUsdMillions(stated('investment'), lang),
    'card-aid': fill(aidFigure.qualifiers?.approximate ? cards.aid.perYearAbout : cards.aid.perYear, {
      value: formatUsdMillions(stated('aid'), lang),
    }),
    'card-people': fill(cards.people.trainees, { n: formatNumber(stated('trainees'), lang) }),
  };
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The largest empty vertical gap between a card's edges and its children, or between two children. */
const largestEmptyBand = (card: Locator) =>
  card.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const edges = [...el.children]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .sort((a, b) => a.top - b.top);
    let bottom = box.top;
    let band = 0;
    for (const r of edges) {
      band = Math.max(band, r.top - bottom);
      bottom = Math.max(bottom, r.bottom);
    }
    return Math.max(band, box.bottom - bottom);
  });

for (const size of PHONES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    for (const lang of ['es', 'ko', 'en'] as const) {
      test(`${lang}: the title, the four figures and the trade section on the first screen; menu; filter sheet`, async ({
        page,
      }) => {
        await page.goto(`/?lang=${lang}`);
        const expected = expectedFigures(lang);
        for (const [id, value] of Object.entries(expected)) {
          const card = page.getByTestId(id);
          await expect(card.locator('.kpi-card__value')).toHaveText(value);
          const box = (await card.boundingBox())!;
          expect(box.y + box.height, `${id} ends within the first screen`).toBeLessThanOrEqual(size.height);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
          expect(await largestEmptyBand(card), `${id} empty band`).toBeLessThanOrEqual(48);
          await expect(card.locator('.kpi-card__source .source-line a')).toHaveAttribute('href', /^https?:\/\//);
        }
        const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
        expect(title.y).toBeGreaterThanOrEqual(0);
        const tradeStart = (await page.locator('#trade-section-title').boundingBox())!;
        expect(tradeStart.y + tradeStart.height, 'the trade section starts on the first screen').toBeLessThanOrEqual(
          size.height,
        );
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, firstScreenOnly);

        // The header's controls behind a disclosure button: opens, closes on Esc, focus back on the button.
        const menu = page.locator('.header-menu__toggle');
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        const languages = page.getByRole('navigation', { name: MESSAGES[lang].app.languageLabel });
        await expect(languages).toBeHidden();
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(languages).toBeVisible();
        await expect(page.getByRole('button', { name: MESSAGES[lang].present.startLabel })).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        await expect(menu).toBeFocused();

        // The filter: a bar at most 56 px tall at the top while the reader is far down the page, opening a sheet.
        await scrollToSection(page, 'investment-section');
        const bar = page.locator('.filter-bar');
        await expect
          .poll(async () => (await bar.boundingBox())?.y, { message: 'the filter bar stays at the top' })
          .toBeLessThanOrEqual(1);
        expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(56);
        const opener = bar.locator('.filter-bar__open');
        await opener.click();
        const sheet = page.getByRole('dialog', { name: MESSAGES[lang].phone.filterSheet });
        await expect(sheet).toBeVisible();
        await expect(sheet.locator(':focus')).toHaveCount(1);
        await sheet.locator('.chip[data-sector="investment"]').click();
        await expect(page).toHaveURL(/sectors=investment/);
        await expect(sheet.locator('.chip[data-sector="investment"]')).toHaveAttribute('aria-pressed', 'true');
        await page.keyboard.press('Escape');
        await expect(sheet).toBeHidden();
        await expect(opener).toBeFocused();
        await expect(opener).toContainText(MESSAGES[lang].sectors.investment);
      });
    }
  });
}

/** Every chart's SVG text: none smaller than 12 px, and no two labels of one chart overlapping. */
async function chartLabelProblems(chart: Locator) {
  return chart.evaluate((el) => {
    const texts = [...el.querySelectorAll('svg text')].filter((t) => {
      const style = getComputedStyle(t);
      return t.textContent?.trim() && style.visibility !== 'hidden' && style.display !== 'none';
    });
    // The size as drawn: an SVG that scales its drawing to its box (a viewBox, the map) scales its text with it.
    const drawnPx = (t: Element) => {
      const m = (t as SVGGraphicsElement).getScreenCTM();
      return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1);
    };
    const small = [...texts, ...el.querySelectorAll('svg text tspan')]
      .filter((t) => t.textContent?.trim() && drawnPx(t) < 12 - 0.01)
      .map((t) => `${t.textContent} (${drawnPx(t).toFixed(1)} px)`);
    // A text's box is its font's line box; Hangul fonts pad it above and below, so lines set at 1.35 em touch
    // without their letters touching. Compare the letters' part: 15% of the font size off the top and the bottom.
    const boxes = texts.map((t) => {
      const r = t.getBoundingClientRect();
      const inset = 0.15 * parseFloat(getComputedStyle(t).fontSize);
      return {
        text: t.textContent!.trim(),
        left: r.left,
        right: r.right,
        top: r.top + inset,
        bottom: r.bottom - inset,
      };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    return { count: texts.length, small, overlaps };
  });
}

// Each size once and each language once: a whole page per run.
for (const [lang, size] of [
  ['es', PHONES[0]!],
  ['ko', PHONES[1]!],
  ['en', PHONES[0]!],
] as const) {
  test(`${lang} ${size.width}×${size.height}: every chart's labels are 12 px or more and stand apart; the page never scrolls sideways`, async ({
    page,
  }) => {
    test.slow(); // a whole page, every chart drawn in turn (drawn once near the screen)
    await page.setViewportSize(size);
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).not.toBeEmpty();
    for (const id of SECTIONS) {
      // In one step in the page: the placeholder may be swapped for the section while Playwright scrolls to it.
      await scrollToSection(page, id);
      await expect(page.locator(`#${id} h2`).first()).toBeVisible();
    }
    const charts = page.locator('figure.chart-frame');
    const ids = await charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    expect(ids.length).toBeGreaterThan(10);
    let checked = 0;
    for (const id of ids) {
      const chart = page.getByTestId(id);
      await chart.scrollIntoViewIfNeeded();
      // Drawn once near the screen (its code may still be loading): then a chart has its SVG, cards have none.
      await expect(chart.locator('.render-while-near[data-drawn="true"]')).toBeAttached();
      await expect(chart.locator('.render-while-near .panel-loading')).toHaveCount(0);
      await expect(chart.locator('.render-while-near > *').first()).toBeAttached();
      if ((await chart.locator('.render-while-near svg').count()) > 0)
        await chart.locator('svg text').first().waitFor();
      const { count, small, overlaps } = await chartLabelProblems(chart);
      if (count > 0) checked++;
      expect(small, `${id}: text under 12 px`).toEqual([]);
      expect(overlaps, `${id}: overlapping labels`).toEqual([]);
    }
    expect(checked, 'charts with SVG text').toBeGreaterThan(10);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test.describe('tap', () => {
  test.use({ viewport: PHONES[1], hasTouch: true, isMobile: true });
  test('a tap on a marker opens its tooltip, a tap elsewhere closes it', async ({ page }) => {
    await page.goto('/?lang=en');
    const chart = page.getByTestId('chart-trade-total');
    await chart.scrollIntoViewIfNeeded();
    const marker = chart.locator('.trade-series--korea .recharts-symbols').last();
    await marker.tap();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('US$');
    await chart.locator('.chart-frame__title').tap();
    await expect(tooltip).toBeHidden();
  });
});

test('on a desktop screen the filter stays at the top in at most 72 px', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=es');
  await scrollToSection(page, 'investment-section');
  const bar = page.locator('.filter-bar');
  await expect.poll(async () => (await bar.boundingBox())?.y).toBeLessThanOrEqual(1);
  expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(72);
  // Every sector is still one click away in the row.
  await bar.locator('.chip[data-sector="transport"]').click();
  await expect(page).toHaveURL(/sectors=transport/);
});
