import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(process.argv[2] ?? 'http://localhost:4196/?lang=en');
await page.waitForTimeout(8000);
console.log(await page.evaluate(() => ({ all: document.querySelectorAll('*').length, findable: document.querySelectorAll('.findable *').length, slots: [...document.querySelectorAll('.render-when-near__slot')].map(s => s.querySelectorAll('*').length + ':' + s.querySelectorAll('.findable *').length) })));
await browser.close();
