import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The text and page count of a PDF, extracted by pdf-parse (pdf.js) in a plain Node process:
 * pdf.js loads its worker by dynamic import, which Jest's module system does not allow.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  const file = join(dir, 'in.pdf');
  writeFileSync(file, pdf);
  const script = `
    const { PDFParse } = require('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(require('fs').readFileSync(process.argv[1])) });
    parser.getText().then((r) => {
      process.stdout.write(JSON.stringify({ text: r.text, pages: r.total }));
      return parser.destroy();
    }).catch((e) => { console.error(e); process.exit(1); });`;
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, file], {
      cwd: join(__dirname, '..', '..'),
    });
    return JSON.parse(stdout) as { text: string; pages: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
