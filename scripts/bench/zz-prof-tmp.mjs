import { chromium } from '@playwright/test';
const ORIGIN = 'http://127.0.0.1:4193';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(`${ORIGIN}/?lang=es&present=true&slide=1`);
await page.locator('.slide[data-slide="trade"] .recharts-symbols').first().waitFor({ state: 'attached' });
const cdp = await page.context().newCDPSession(page);
for (let i=0;i<10;i++){ await page.keyboard.press(i===9?'Home':'ArrowRight'); await page.waitForTimeout(300);}
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const self = new Map(); const incl = new Map();
for (let i=0;i<20;i++){
  await cdp.send('Profiler.start');
  await page.keyboard.press(i%10===9?'Home':'ArrowRight');
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map(n=>[n.id,n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children??[]) parent.set(c, n.id);
  profile.samples.forEach((id,k)=>{ const d=(profile.timeDeltas[k+1]??0)/1000; const n=byId.get(id); const key=`${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(key,(self.get(key)??0)+d);
    const seen=new Set(); let at=id; while(at!==undefined){ const m=byId.get(at); const kk=`${m.callFrame.functionName||'(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`; if(!seen.has(kk)){incl.set(kk,(incl.get(kk)??0)+d); seen.add(kk);} at=parent.get(at);} });
  await page.waitForTimeout(400);
}
console.log('SELF'); for (const [k,v] of [...self].sort((a,b)=>b[1]-a[1]).slice(0,20)) console.log((v/20).toFixed(2).padStart(8), k);
console.log('INCL'); for (const [k,v] of [...incl].sort((a,b)=>b[1]-a[1]).slice(0,20)) console.log((v/20).toFixed(2).padStart(8), k);
await browser.close();
