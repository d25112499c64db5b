import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IdempotencyInterceptor } from 'src/common/idempotency/idempotency.interceptor';

/** Every controller class under src/, loaded from its file. */
function controllers(): { file: string; type: { prototype: object } }[] {
  const root = resolve(__dirname, '..', '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.controller.ts'),
  );
  return files.flatMap((file) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads each file found
    Object.values(require(join(root, file)) as Record<string, unknown>)
      .filter((v): v is { prototype: object } => typeof v === 'function')
      .map((type) => ({ file, type })),
  );
}

describe('mutating routes', () => {
  it('all carry the Idempotency-Key interceptor, and GET routes none', () => {
    const routes: string[] = [];
    const missing: string[] = [];
    for (const { file, type } of controllers()) {
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (
          name === 'constructor' ||
          typeof handler !== 'function' ||
          Reflect.getMetadata(PATH_METADATA, handler) === undefined
        )
          continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        const interceptors = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ??
          []) as unknown[];
        const has = interceptors.includes(IdempotencyInterceptor);
        routes.push(`${file} ${name}`);
        if (has !== (method !== RequestMethod.GET)) missing.push(`${file} ${name}`);
      }
    }
    expect(routes.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });
});
