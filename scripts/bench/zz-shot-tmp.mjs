import { chromium } from '@playwright/test';
const ORIGIN = 'http://127.0.0.1:4193';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [slideArg, ...combos] = process.argv.slice(2);
for (const c of combos) {
  const [lang, w, h] = c.split(/[:x]/);
  const page = await browser.newPage({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce' });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text()); });
  const slides = slideArg === 'all' ? [1,2,3,4,5,6,7,8,9,10] : [Number(slideArg)];
  await page.goto(`${ORIGIN}/?lang=${lang}&present=true&slide=${slides[0]}`);
  await page.locator('.slide[data-active="true"]').waitFor();
  await page.waitForTimeout(1500);
  for (const n of slides) {
    if (n !== slides[0]) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(700); }
    const id = await page.locator('.slide[data-active="true"]').getAttribute('data-slide');
    const share = await page.evaluate(() => { const f = document.querySelector('.slide[data-active="true"] [data-figure]')?.getBoundingClientRect(); return f ? (f.width*f.height/(innerWidth*innerHeight)).toFixed(2) : 0; });
    await page.screenshot({ path: `/work/shots/slides/${lang}-${w}x${h}-${String(n).padStart(2,'0')}-${id}.png` });
    console.log(lang, w, h, n, id, 'figure share', share);
  }
  await page.close();
}
await browser.close();
