import { describe, expect, it } from 'vitest';
import { deriveIds, nameProblem, suggestName, validateName } from '../src/core/names.js';

describe('project names', () => {
  it.each(['my-api', 'api', 'shop2', 'a1-b2-c3'])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['My-Api', /lowercase/],
    ['my_api', /lowercase/],
    ['-api', /lowercase/],
    ['.hidden', /lowercase/],
    ['api-', /lowercase/],
    ['a--b', /lowercase/],
    ['../evil', /folder name, not a path/],
    ['a/b', /folder name, not a path/],
    ['con', /reserved device name/],
    ['lpt1', /reserved device name/],
    ['class', /reserved word/],
    ['import', /reserved word/],
    ['node_modules', /lowercase|clashes/],
    ['test', /clashes/],
    ['x'.repeat(65), /longer than 64/],
  ])('rejects %j', (name, reason) => {
    expect(nameProblem(name)).toMatch(reason);
  });

  it('suggests a valid name close to the input', () => {
    expect(suggestName('My API')).toBe('my-api');
    expect(suggestName('MyShop')).toBe('my-shop');
    expect(suggestName('_42 Crème brûlée!')).toBe('creme-brulee');
    expect(suggestName('class')).toBe('class-app');
    expect(suggestName('???')).toBe('my-backend');
    for (const input of ['My API', 'con', '../../x', 'x'.repeat(100)]) expect(nameProblem(suggestName(input))).toBeUndefined();
  });

  it('puts the rule and the suggestion in the error', () => {
    expect(() => validateName('My Api')).toThrow(/lowercase letters/);
    try {
      validateName('My Api');
    } catch (err) {
      expect((err as { hint: string }).hint).toBe('try "my-api"');
    }
  });

  it('derives every ecosystem identifier', () => {
    expect(deriveIds('my-shop-api')).toEqual({
      npm: 'my-shop-api',
      python: 'my_shop_api',
      goModule: 'my-shop-api',
      javaPackage: 'com.example.myshopapi',
      rustCrate: 'my_shop_api',
      csharpNamespace: 'MyShopApi',
      docker: 'my-shop-api',
      title: 'My Shop Api',
    });
  });
});
