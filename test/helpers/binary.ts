import type { Response } from 'superagent';

/** A supertest parser that keeps the body as bytes (an .xlsx, a CSV with its BOM, a PNG). */
export function bytes(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (d: Buffer) => chunks.push(d));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
