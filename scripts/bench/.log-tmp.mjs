import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
page.on('console', (m) => console.log(Math.round(performance.now()), m.type(), m.text().slice(0, 200)));
await page.goto(process.argv[2]);
await page.waitForTimeout(6000);
await browser.close();
