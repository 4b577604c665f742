import { describe, expect, it } from 'vitest';
import { shareUrl } from './share-url.ts';

describe('shareUrl', () => {
  it('keeps language, sectors and years and drops the presentation state', () => {
    expect(
      shareUrl(
        'https://example.org/peru-korea/',
        '?present=true&slide=4&autoplay=20&lang=ko&sectors=defense&from=2010&theme=projector',
      ),
    ).toBe('https://example.org/peru-korea/?lang=ko&sectors=defense&from=2010');
  });
  it('replaces any query or hash of the base', () => {
    expect(shareUrl('http://127.0.0.1:4173/?x=1#top', '?lang=es')).toBe('http://127.0.0.1:4173/?lang=es');
  });
});
