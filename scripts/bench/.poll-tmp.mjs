import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://localhost:4197/?lang=es';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await page.goto(url);
const t0 = Date.now();
for (let i = 0; i < 40; i++) {
  const s = await page.evaluate(() => ({ t: Math.round(performance.now()), h2: document.querySelectorAll('#root h2').length, f: [...document.querySelectorAll('.findable')].filter(e => e.childElementCount).length + '/' + document.querySelectorAll('.findable').length, n: document.querySelectorAll('*').length, kt: document.body.textContent.includes('KT-1P') }));
  console.log(JSON.stringify(s));
  if ((s.kt && i > 3) || i > (Number(process.env.MAXI ?? 40))) break;
  await page.waitForTimeout(1000);
}
const lt = await page.evaluate(() => window.__lt);
console.log(JSON.stringify(lt), 'TBT~', lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0));
await browser.close();
