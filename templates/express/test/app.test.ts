import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';

import { createApp } from '../src/app.js';

let app: ReturnType<typeof createApp>;

beforeEach(() => {
  app = createApp();
});

describe('GET /health', () => {
  it('reports ok', async () => {
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});

describe('/api/items', () => {
  it('starts empty', async () => {
    const res = await request(app).get('/api/items');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('creates, lists and fetches an item', async () => {
    const created = await request(app)
      .post('/api/items')
      .send({ name: 'Widget', description: 'A small widget' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: 1,
      name: 'Widget',
      description: 'A small widget',
    });

    const list = await request(app).get('/api/items');
    expect(list.body).toEqual([created.body]);

    const fetched = await request(app).get('/api/items/1');
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);
  });

  it('creates an item without a description', async () => {
    const res = await request(app).post('/api/items').send({ name: 'Gadget' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: 1, name: 'Gadget' });
  });

  it.each([
    ['a missing name', {}],
    ['an empty name', { name: '' }],
    ['a name over 100 characters', { name: 'x'.repeat(101) }],
    ['a non-string name', { name: 42 }],
    ['a non-string description', { name: 'Widget', description: 7 }],
    ['a non-object body', ['Widget']],
  ])('rejects %s with 400', async (_case, body) => {
    const res = await request(app).post('/api/items').send(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid request body' });
    expect(res.body).toHaveProperty('details');
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await request(app)
      .post('/api/items')
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'malformed JSON body' });
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await request(app)
      .post('/api/items')
      .set('Content-Type', 'text/plain')
      .send('name=Widget');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid request body' });
  });

  it('returns 404 for a missing item', async () => {
    const res = await request(app).get('/api/items/999');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'item not found' });
  });

  it.each(['abc', '1.5', '-1'])('rejects the id %s with 400', async (id) => {
    const res = await request(app).get(`/api/items/${id}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid item id' });
  });
});

describe('unknown routes', () => {
  it('return a JSON 404', async () => {
    const res = await request(app).get('/nope');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not found' });
  });
});
