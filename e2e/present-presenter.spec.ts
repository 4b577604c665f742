import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const { notes } = JSON.parse(readFileSync('public/data/speaker-notes.json', 'utf8')) as {
  notes: { id: string; text: Record<'en' | 'es' | 'ko', string> }[];
};
const noteFor = (id: string, lang: 'en' | 'es' | 'ko') => notes.find((n) => n.id === id)!.text[lang];

test('the presenter view in this tab shows the slide, the next one, the notes in the deck’s language and the time', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=es&present=true&slide=2&presenter=true');
  const view = page.getByRole('main', { name: 'Vista del presentador' });
  await expect(view).toHaveAttribute('data-presenter-slide', 'trade');
  await expect(view.locator('.presenter__note')).toHaveText(noteFor('trade', 'es'));
  // The current and next slides are the deck's own slides, drawn small: the trade chart has its markers.
  await expect(view.locator('[data-preview="trade"] .recharts-symbols').first()).toBeVisible();
  await expect(view.locator('[data-preview="products"] .hbars__bar').first()).toBeVisible();
  await expect(view.locator('.presenter__elapsed')).toHaveText(/^0:0\d$/);
  await expect(view.getByText('Hora', { exact: true })).toBeVisible();
  await expect(view.locator('.presenter__times')).toContainText(/\d{1,2}:\d{2}/);
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowRight');
  await expect(view).toHaveAttribute('data-presenter-slide', 'products');
  await expect(view.locator('.presenter__note')).toHaveText(noteFor('products', 'es'));
  expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
  await page.keyboard.press('End');
  await expect(view.getByText('Fin de la presentación')).toBeVisible();
});

test('s opens the presenter window, and the two windows follow each other', async ({ page, context }) => {
  await page.goto('/?lang=en&present=true&slide=1');
  await expect(page.locator('.slide[data-active="true"]')).toHaveAttribute('data-slide', 'headlines');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.locator('.presenter')).toHaveAttribute('data-presenter-slide', 'headlines');
  await expect(presenter.locator('.presenter__note')).toHaveText(noteFor('headlines', 'en'));

  // The presenter moves on: the audience follows.
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator('.slide[data-active="true"]')).toHaveAttribute('data-slide', 'trade');
  // A clicker on the audience window: the presenter follows.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter')).toHaveAttribute('data-presenter-slide', 'products');
  await expect(presenter.locator('.presenter__note')).toHaveText(noteFor('products', 'en'));
  await presenter.close();
});
