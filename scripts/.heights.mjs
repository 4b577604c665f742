import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const width of [1440, 412]) {
  const p = await b.newPage({ viewport: { width, height: 900 } });
  await p.goto('http://127.0.0.1:4174/?lang=en'); await p.locator('#method-section').waitFor(); await p.waitForTimeout(1500);
  console.log(width, await p.evaluate(() => [...document.querySelectorAll('main > *')].map(e => `${e.id || e.className.split(' ')[0]}:${Math.round(e.getBoundingClientRect().height)}`).join(' ')));
  await p.close();
}
await b.close();
