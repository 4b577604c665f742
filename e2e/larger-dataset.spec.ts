import { readFileSync } from 'node:fs';
import { expect, revealSection, test } from './fixtures.ts';

/** aid.json with every project repeated `times` times under new ids: the shape of a dataset that has grown. */
function grownAid(times: number) {
  const aid = JSON.parse(readFileSync('public/data/aid.json', 'utf8')) as { projects: { id: string }[] };
  aid.projects = aid.projects.flatMap((p) => Array.from({ length: times }, (_, k) => ({ ...p, id: `${p.id}-${k}` })));
  return { body: JSON.stringify(aid), projects: aid.projects.length };
}

test('a long table shows its first hundred rows, then more on request; the CSV has them all', async ({ page }) => {
  const { body, projects } = grownAid(5);
  await page.route('**/data/aid.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('/?lang=en');
  await revealSection(page, 'aid-section');
  const table = page.getByTestId('table-aid-projects');
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(table).toContainText(`Showing 100 of ${projects} rows`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the projects table as CSV' }).click();
  const csv = readFileSync((await (await downloading).path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv).toHaveLength(projects + 1); // the header, then every project

  await table.getByRole('button', { name: `Show ${projects - 100} more` }).click();
  await expect(table.locator('tbody tr')).toHaveCount(projects);
  await expect(table.getByRole('button', { name: /^Show / })).toHaveCount(0);
});
