import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from 'src/openapi/refine-document';

/** The committed document (test/platform.e2e-spec.ts checks it is what the code generates). */
const doc = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Json[]; requestBody?: Json }>>;
  components: { schemas: Record<string, { properties?: Record<string, Json> }> };
};

/** A string a request may carry says how long or what shape it may be. */
const bounded = (s: Json) =>
  s.enum !== undefined ||
  s.pattern !== undefined ||
  s.format !== undefined ||
  s.maxLength !== undefined;

/** Ids that are not ours: a caller's X-Request-Id, and expiry postings' `lot:run`. */
const NOT_UUIDS = ['requestId', 'sourceId'];

const types = (s: Json) => (Array.isArray(s.type) ? (s.type as string[]) : [s.type]);

describe('the committed OpenAPI document', () => {
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

  it('bounds every path and query parameter: enum, pattern, format or integer limits', () => {
    const loose = operations.flatMap(({ name, op }) =>
      (op.parameters ?? [])
        .filter((p) => p.in !== 'header')
        .filter((p) => {
          const s = p.schema as Json;
          if (types(s).includes('integer'))
            return s.minimum === undefined || s.maximum === undefined;
          if (types(s).includes('boolean')) return false;
          return !bounded(s);
        })
        .map((p) => `${name} ${String(p.name)}`),
    );
    expect(loose).toEqual([]);
  });

  it('bounds every string and integer field a request body may carry', () => {
    const bodies = new Set(
      operations
        .map(({ op }) => JSON.stringify(op.requestBody ?? {}).match(/schemas\/(\w+)/)?.[1])
        .filter((n): n is string => !!n),
    );
    // Nested request objects are request schemas too.
    for (const name of [...bodies]) {
      for (const ref of JSON.stringify(doc.components.schemas[name]).matchAll(/schemas\/(\w+)/g))
        bodies.add(ref[1]);
    }
    const loose = [...bodies].flatMap((name) =>
      Object.entries(doc.components.schemas[name].properties ?? {})
        .filter(([, s]) => {
          if (types(s).includes('string')) return !bounded(s);
          if (types(s).includes('integer'))
            return s.minimum === undefined || s.maximum === undefined;
          return false;
        })
        .map(([field]) => `${name}.${field}`),
    );
    expect(loose).toEqual([]);
  });

  it('types every id as a UUID and every time as a date-time', () => {
    const wrong = Object.entries(doc.components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([field, s]) =>
          /^(id|[a-z]\w*Id)$/.test(field) && !NOT_UUIDS.includes(field)
            ? s.format !== 'uuid'
            : /At$/.test(field) && s.format !== 'date-time',
        )
        .map(([field]) => `${name}.${field}`),
    );
    expect(wrong).toEqual([]);
  });
});
