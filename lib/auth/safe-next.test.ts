import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it.each([
    // `?next=/%09/evil.example` reaches the page decoded, as a tab.
    ['/\t/evil.example'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['\\/evil.example'],
    ['https://evil.example'],
    ['javascript:alert(1)'],
    ['/a/..//evil.example'],
    [' //evil.example'],
    [''],
    [undefined],
  ])('sends %j to the home page', (next) => {
    expect(safeNextPath(next)).toBe(HOME_PATH);
  });

  it('keeps a page of the console, query and hash included', () => {
    expect(safeNextPath('/drafts?x=1')).toBe('/drafts?x=1');
    expect(safeNextPath('/change-sets/abc#timeline')).toBe('/change-sets/abc#timeline');
  });

  it.each([['/drafts\r\nSet-Cookie: a=b'], ['/drafts\0x'], ['/produits/é€'], ['/x\uD800']])(
    'returns a header-safe path for %j',
    (next) => {
      const path = safeNextPath(next);
      expect(path.startsWith('/')).toBe(true);
      expect(path.startsWith('//')).toBe(false);
      expect(path).toMatch(/^[\x21-\x7e]*$/);
      expect(() => new Headers({ location: path })).not.toThrow();
    },
  );
});
