/** Seeded generator of hostile query strings (the same seed gives the same cases, so a failure reproduces). */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'lang',
  'sectors',
  'from',
  'to',
  'theme',
  'table',
  'present',
  'slide',
  'autoplay',
  'x',
  '',
  '__proto__',
  'constructor',
  'lang[]',
  'sectors[0]',
];
const VALUES = [
  '',
  'es',
  'ko',
  'en',
  'fr',
  'EN',
  'trade',
  'defense,aid',
  'trade,,trade',
  'space',
  '2010',
  '-1',
  '99999999999999999999',
  '1e400',
  'NaN',
  'abc',
  '2011.5',
  '0x7DA',
  'true',
  'false',
  'dark',
  'projector',
  'trade-total',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '%00',
  '%E0%A4%A',
  '😀🇵🇪🇰🇷',
  '한국어',
  'ñandú',
  '\u202e\u200b',
  '../../etc/passwd',
  '{"a":1}',
  '[1,2]',
];

/** One query string: 1–6 parameters, repeated keys allowed, sometimes very long. */
export function fuzzQuery(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) {
    const key = pick(KEYS);
    let value = pick(VALUES);
    if (random() < 0.05) value = value.repeat(200 + Math.floor(random() * 800));
    const raw = random() < 0.15; // sometimes not URL-encoded at all
    parts.push(raw ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}
