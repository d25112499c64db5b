import { Injectable, OnModuleInit } from '@nestjs/common';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface Asset {
  type: string;
  body: Buffer;
}

/** Finds `public/` above this file (in src/ under ts-node and jest, in dist/ when built). */
function publicDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'public');
    if (existsSync(join(candidate, 'wish.html'))) return candidate;
  }
  throw new Error('The public/ folder with the pages was not found');
}

/** The pages behind the QR codes, read once at start and served from memory. */
@Injectable()
export class PagesService implements OnModuleInit {
  private readonly files = new Map<string, Asset>();

  onModuleInit(): void {
    const root = publicDir();
    for (const name of readdirSync(root)) {
      const type = TYPES[extname(name)];
      if (type) this.files.set(name, { type, body: readFileSync(join(root, name)) });
    }
  }

  get(name: string): Asset | undefined {
    return this.files.get(name);
  }
}
