import { CONTRACT } from 'src/common/decorators/api-errors.decorator';
import { refineDocument, type Json } from 'src/openapi/refine-document';

const ok = { description: '', content: { 'application/json': { schema: { $ref: '#/x' } } } };

function refine(ops: Record<string, Json>, schemas: Json = {}): Json {
  const paths: Json = {};
  for (const [key, op] of Object.entries(ops)) {
    const [method, path] = key.split(' ');
    paths[path] = { ...(paths[path] ?? {}), [method]: op };
  }
  return refineDocument({ openapi: '3.0.0', info: {}, paths, components: { schemas } });
}

const op = (doc: Json, path: string, method: string) =>
  ((doc.paths as Json)[path] as Json)[method] as Json & {
    responses: Record<string, Json>;
    parameters: Json[];
  };

const codes = (response: Json) =>
  (
    (response.content as Json)['application/json'] as {
      schema: { properties: { code: { enum: string[] } } };
    }
  ).schema.properties.code.enum;

describe('refineDocument', () => {
  it('gives every mutating operation the Idempotency-Key header, its 422, 409, 413 and 415', () => {
    const doc = refine({ 'post /a/{id}/do': { responses: { 200: ok }, parameters: [] } });
    const post = op(doc, '/a/{id}/do', 'post');
    expect(post.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    );
    expect(codes(post.responses['422'])).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(codes(post.responses['409'])).toEqual(['CONFLICT']);
    expect(codes(post.responses['413'])).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(codes(post.responses['415'])).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(post.responses['200'].headers).toHaveProperty('Idempotent-Replay');
  });

  it('leaves reads without the header and without body errors', () => {
    const get = op(refine({ 'get /a': { responses: { 200: ok } } }), '/a', 'get');
    expect(get.parameters).toEqual([]);
    expect(Object.keys(get.responses).sort()).toEqual(['200', '401', '500', '503']);
  });

  it('lists declared domain codes under their status, next to the ones every route has', () => {
    const post = op(
      refine({
        'post /redeem': {
          responses: { 201: ok },
          [CONTRACT.errors]: ['OUT_OF_STOCK', 'INSUFFICIENT_POINTS', 'NOT_FOUND'],
          [CONTRACT.roles]: ['store_staff'],
        },
      }),
      '/redeem',
      'post',
    );
    expect(codes(post.responses['409'])).toEqual([
      'CONFLICT',
      'INSUFFICIENT_POINTS',
      'OUT_OF_STOCK',
    ]);
    expect(codes(post.responses['404'])).toEqual(['NOT_FOUND']);
    expect(codes(post.responses['403'])).toEqual(['FORBIDDEN']);
    expect(post.description).toContain('Roles: store_staff');
    expect(post).not.toHaveProperty(CONTRACT.errors);
  });

  it('makes a bearer token optional on public routes and required elsewhere', () => {
    const doc = refine({
      'post /login': {
        responses: { 200: ok },
        [CONTRACT.public]: true,
        [CONTRACT.throttled]: true,
      },
      'get /me': { responses: { 200: ok } },
    });
    const login = op(doc, '/login', 'post');
    expect(login.security).toEqual([{}, { bearer: [] }]);
    expect(login.responses).not.toHaveProperty('401');
    expect(codes(login.responses['429'])).toEqual(['RATE_LIMITED']);
    expect(op(doc, '/me', 'get').security).toEqual([{ bearer: [] }]);
  });

  it('types path ids as UUIDs and images as binary', () => {
    const get = op(
      refine({
        'get /grids/{id}/qr/{period}': {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'period', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { 200: { description: 'QR', content: { 'image/png': { schema: {} } } } },
        },
      }),
      '/grids/{id}/qr/{period}',
      'get',
    );
    expect(get.parameters[0].schema).toEqual({ type: 'string', format: 'uuid' });
    expect(get.parameters[1].schema).toEqual({ type: 'string' });
    expect(get.responses['200'].content).toEqual({
      'image/png': { schema: { type: 'string', format: 'binary' } },
    });
    expect(codes(get.responses['404'])).toEqual(['NOT_FOUND']);
  });

  it('writes nullable values the OpenAPI 3.1 way and closes object schemas', () => {
    const doc = refine(
      {},
      {
        View: {
          type: 'object',
          properties: {
            note: { type: 'string', nullable: true },
            colour: { type: 'string', enum: ['red'], nullable: true },
            community: { nullable: true, type: 'object', allOf: [{ $ref: '#/c' }] },
          },
        },
      },
    );
    const view = ((doc.components as Json).schemas as Json).View as Json;
    expect(view.additionalProperties).toBe(false);
    expect(view.properties).toEqual({
      note: { type: ['string', 'null'] },
      colour: { type: ['string', 'null'], enum: ['red', null] },
      community: { oneOf: [{ $ref: '#/c' }, { type: 'null' }] },
    });
    expect(doc.openapi).toBe('3.1.0');
  });
});
