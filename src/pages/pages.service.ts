import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Asset {
  type: string;
  body: Buffer;
}

/** Finds the phone app's build, dist/web, above this file (src/ under jest, dist/src when built). */
export function webDir(): string | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/** The phone app (Vite's build of web/), read once at start and served from memory. */
@Injectable()
export class PagesService implements OnModuleInit {
  private readonly files = new Map<string, Asset>();

  onModuleInit(): void {
    const root = webDir();
    if (!root) {
      new Logger('Pages').warn(
        'The phone app is not built (npm run web:build): its pages answer 404',
      );
      return;
    }
    for (const html of ['index.html', 'console.html'])
      if (existsSync(join(root, html)))
        this.files.set(html, { type: TYPES['.html'], body: readFileSync(join(root, html)) });
    const assets = join(root, 'assets');
    for (const name of existsSync(assets) ? readdirSync(assets) : []) {
      const type = TYPES[extname(name)];
      if (type) this.files.set(`assets/${name}`, { type, body: readFileSync(join(assets, name)) });
    }
  }

  get(name: string): Asset | undefined {
    return this.files.get(name);
  }
}
