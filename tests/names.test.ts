import { describe, expect, it } from 'vitest';
import { deriveIds, goModuleProblem, javaPackageProblem, nameProblem, suggestModule, suggestName, suggestPackage, validateModule, validateName, validatePackage } from '../src/answers/names.js';

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
    ['int', /reserved word/],
    ['crate', /reserved word/],
    ['unsafe', /reserved word/],
    ['typealias', /reserved word/],
    ['node_modules', /lowercase|clashes/],
    ['test', /clashes/],
    ['system', /clashes/],
    ['program', /clashes/],
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

describe('Go module paths (--module)', () => {
  it.each(['my-api', 'github.com/acme/my-api', 'example.com/team/api/v2', 'gitlab.com/a_b/c~d'])('accepts %s', (path) => {
    expect(goModuleProblem(path)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['github.com/acme/../x', /"\." or "\.\." elements/],
    ['/abs/path', /single slashes/],
    ['github.com//x', /single slashes/],
    ['github.com/a b', /element "a b" may only hold/],
    ['github.com/x./y', /element "x\." may only hold/],
    ['-flag/x', /must not start with "-"/],
    ['example.com/aux', /reserved device name/],
    ['a/'.repeat(130) + 'a', /longer than 255/],
  ])('rejects %j', (path, reason) => {
    expect(goModuleProblem(path)).toMatch(reason);
  });

  it('suggests a valid path and names the flag', () => {
    for (const bad of ['github.com/a b/c', 'x/../y', '/x//y/', '...', 'com1/x']) expect(goModuleProblem(suggestModule(bad))).toBeUndefined();
    expect(() => validateModule('github.com/a b')).toThrow(/\(--module\)/);
    expect(deriveIds('my-api', { module: 'github.com/acme/my-api' }).goModule).toBe('github.com/acme/my-api');
  });
});

describe('Java/Kotlin packages (--package)', () => {
  it.each(['com.acme.api', 'api', 'org.example.my_api2'])('accepts %s', (pkg) => {
    expect(javaPackageProblem(pkg)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['com.Acme.api', /segment "Acme" must be lowercase/],
    ['com..api', /segment "" must be/],
    ['com.acme.1api', /segment "1api" must be/],
    ['com.acme-corp.api', /segment "acme-corp" must be/],
    ['com.example.class', /"class" is a reserved word/],
    ['com.example.fun', /"fun" is a reserved word/],
  ])('rejects %j', (pkg, reason) => {
    expect(javaPackageProblem(pkg)).toMatch(reason);
  });

  it('suggests a valid package and names the flag', () => {
    for (const bad of ['Com.Acme-Corp.API', 'com.example.class', '1.2.3', 'org/acme/api', '']) expect(javaPackageProblem(suggestPackage(bad))).toBeUndefined();
    expect(suggestPackage('Com.Acme-Corp.API')).toBe('com.acmecorp.api');
    expect(() => validatePackage('com.example.class')).toThrow(/\(--package\)/);
    expect(deriveIds('my-api', { package: 'com.acme.api' }).javaPackage).toBe('com.acme.api');
  });
});
