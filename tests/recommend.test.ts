import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { UsageError } from '../src/errors.js';
import { recommend } from '../src/catalog/recommend.js';

const catalog = loadCatalog();
const top = (constraints: Parameters<typeof recommend>[1]) => recommend(catalog, constraints)[0].stack.id;

describe('recommend', () => {
  it.each([
    ['full-stack-web', 'django'],
    ['rest-api', 'fastapi'],
    ['rpc-microservice', 'grpc-go'],
    ['realtime', 'go-websocket'],
    ['prototype-mvp', 'flask'],
    ['data-ai', 'fastapi'],
    ['low-latency', 'fiber'],
    ['background-jobs', 'asynq'],
    ['graphql', 'gqlgen'],
    ['ssr-monolith', 'django'],
    ['event-driven', 'go-kafka'],
  ])('picks the default for %s with no preference: %s', (appType, stack) => {
    expect(top({ appType })).toBe(stack);
  });

  it.each([
    ['rest-api', 'go', 'gin'],
    ['rest-api', 'typescript', 'fastify'],
    ['low-latency', 'typescript', 'fastify'],
    ['background-jobs', 'python', 'django'],
    ['rpc-microservice', 'python', 'grpc-python'],
    ['realtime', 'python', 'fastapi'],
    ['graphql', 'python', 'fastapi'],
    ['full-stack-web', 'go', 'gin'],
    ['ssr-monolith', 'go', 'gin'],
    ['graphql', 'java', 'spring-boot'],
    ['rpc-microservice', 'typescript', 'grpc-node'],
    ['rest-api', 'java', 'spring-boot'],
    ['rest-api', 'rust', 'actix'],
    ['realtime', 'ts', 'express'],
    ['full-stack-web', 'php', 'laravel'],
    ['prototype-mvp', 'ruby', 'rails'],
    ['rest-api', 'c#', 'aspnet-core'],
  ])('with %s in %s picks %s', (appType, language, stack) => {
    expect(top({ appType, language })).toBe(stack);
  });

  it('ranks only stacks of the preferred language', () => {
    const ranked = recommend(catalog, { appType: 'rest-api', language: 'python' });
    expect(new Set(ranked.map((r) => r.stack.language))).toEqual(new Set(['python']));
  });

  it('lets the priority move the pick', () => {
    expect(['spring-boot', 'aspnet-core']).toContain(top({ appType: 'rest-api', priority: 'enterprise' }));
    expect(top({ appType: 'rest-api', priority: 'enterprise', language: 'java' })).toBe('spring-boot');
    expect(top({ appType: 'rest-api', priority: 'performance' })).toBe('gin');
    expect(top({ appType: 'rest-api', priority: 'speed' })).toBe('fastapi');
  });

  it('favours a language the team knows without excluding others', () => {
    const ranked = recommend(catalog, { appType: 'rest-api', knows: ['java'] });
    expect(ranked[0].stack.id).toBe('spring-boot');
    expect(ranked[0].reasons[0]).toBe('your team already knows the language');
    expect(ranked.some((r) => r.stack.language === 'python')).toBe(true);
    expect(top({ appType: 'rest-api', knows: ['kotlin'] })).toBe('ktor');
  });

  // Every (language, app type) cell with a starter: the team's language comes first whatever the
  // priority, and --language picks a stack of it.
  const cells = catalog.languages.flatMap((language) =>
    catalog.appTypes
      .filter((appType) => catalog.stacks.some((s) => s.language === language.id && s.appTypes[appType.id]))
      .map((appType) => [language.id, appType.id] as const),
  );
  it.each(cells)('ranks a %s stack first for %s when the team knows the language', (language, appType) => {
    for (const priority of [undefined, 'speed', 'performance', 'enterprise'] as const) {
      expect(recommend(catalog, { appType, knows: [language], priority })[0].stack.language).toBe(language);
    }
    expect(recommend(catalog, { appType, language })[0].stack.language).toBe(language);
  });

  it('explains a language without a mainstream answer for an app type, and names what is closest', () => {
    const gap = () => recommend(catalog, { appType: 'low-latency', language: 'python' });
    expect(gap).toThrow(/no python stack serves the app type "low-latency": CPython/);
    expect(gap).toThrow(expect.objectContaining({ hint: expect.stringMatching(/^closest in python: fastapi; for low-latency in another language: fiber \(go\)/) }));
  });

  it('says when the catalog has no stack of a language for an app type yet, and ranks the others', () => {
    const missing = () => recommend(catalog, { appType: 'event-driven', language: 'dart' });
    expect(missing).toThrow(/no dart stack in the catalog serves the app type "event-driven" yet/);
    expect(missing).toThrow(expect.objectContaining({ hint: expect.stringContaining('go-kafka (go)') }));
  });

  it('explains every pick with the catalog reasons', () => {
    const [first] = recommend(catalog, { appType: 'graphql' });
    expect(first.reasons[0]).toMatch(/schema-first/);
    expect(first.reasons).toContain('the default pick for this kind of service');
  });

  it('is deterministic', () => {
    const a = recommend(catalog, { appType: 'realtime' }).map((r) => r.stack.id);
    const b = recommend(catalog, { appType: 'realtime' }).map((r) => r.stack.id);
    expect(a).toEqual(b);
  });

  it('rejects unknown input with the valid choices', () => {
    expect(() => recommend(catalog, { appType: 'desktop' })).toThrow(UsageError);
    expect(() => recommend(catalog, { appType: 'rest-api', language: 'cobol' })).toThrow(/unknown language "cobol"/);
  });
});
