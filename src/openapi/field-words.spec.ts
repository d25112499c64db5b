import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BY_FIELD } from '../../web/src/api/field-words';

interface Schema {
  properties?: Record<string, Schema & { $ref?: string; items?: { $ref?: string } }>;
  allOf?: { $ref?: string }[];
}

/** Fields a person never types: the pages fill them in themselves. */
const MACHINE = new Set(['refreshToken', 'ids', 'dryRun', 'mode', 'headers', 'code']);

describe('the pages have Chinese words for every field the API can refuse', () => {
  it('covers every property of every JSON request body in openapi.json', () => {
    const doc = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }
        >
      >;
      components: { schemas: Record<string, Schema> };
    };
    const seen = new Set<string>();
    const fields = new Set<string>();
    const walk = (ref: string | undefined) => {
      const name = ref?.split('/').pop();
      if (!name || seen.has(name)) return;
      seen.add(name);
      const schema = doc.components.schemas[name];
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        fields.add(key);
        walk(prop.$ref ?? prop.items?.$ref);
      }
      for (const part of schema.allOf ?? []) walk(part.$ref);
    };
    for (const ops of Object.values(doc.paths))
      for (const op of Object.values(ops))
        walk(op.requestBody?.content?.['application/json']?.schema?.$ref);
    const missing = [...fields].filter((f) => !MACHINE.has(f) && !BY_FIELD[f]).sort();
    expect(missing).toEqual([]);
  });
});
