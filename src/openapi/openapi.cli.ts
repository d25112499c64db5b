import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run openapi` writes, from the code, openapi.json and the TypeScript types a client is
 * generated with (client/api.d.ts, by openapi-typescript); `npm run openapi -- --check` fails
 * when either committed file differs from what the code generates. The app boots on an
 * in-memory SQLite database: the document depends on the code only.
 */
const DOCUMENT = join(process.cwd(), 'openapi.json');
const TYPES = join(process.cwd(), 'client', 'api.d.ts');

async function document(): Promise<Record<string, unknown>> {
  Object.assign(process.env, {
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    DOCS_ENABLED: 'true',
    NODE_ENV: 'development',
  });
  const { createApp } = await import('src/app.factory');
  const { buildOpenApiDocument } = await import('src/openapi/openapi');
  const app = await createApp({ logger: false });
  await app.init();
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

async function types(doc: Record<string, unknown>): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0]);
  return `// Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit.\n${astToString(ast)}`;
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

async function main(): Promise<void> {
  const doc = await document();
  const files: [string, string][] = [
    [DOCUMENT, `${JSON.stringify(doc, null, 2)}\n`],
    [TYPES, await types(doc)],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, text]) => read(file) !== text).map(([file]) => file);
    if (stale.length) {
      console.error(`${stale.join(', ')} differ from what the code generates: run npm run openapi`);
      process.exit(1);
    }
    console.log('openapi.json and client/api.d.ts match the code');
    return;
  }
  for (const [file, text] of files) writeFileSync(file, text);
  console.log(`wrote ${files.map(([file]) => file).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
