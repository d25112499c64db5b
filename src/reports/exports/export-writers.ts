import { stringify } from 'csv-stringify';
import { stream as excelStream } from 'exceljs';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { neutraliseFormula, type Cell } from 'src/reports/exports/export-cells';
import type { ExportFormat } from 'src/reports/exports/export-sheets';

/** Rows in, a file out as a stream; rows wait while the client reads slower than we write. */
export interface SheetWriter {
  readonly output: Readable;
  row(cells: Cell[]): Promise<void>;
  end(): Promise<void>;
  fail(err: Error): void;
}

const safe = (c: Cell): Cell => (typeof c === 'string' ? neutraliseFormula(c) : c);

/** UTF-8 with a BOM, so Excel shows Chinese text correctly; written with csv-stringify. */
function csvWriter(header: string[]): SheetWriter {
  const output = stringify({ bom: true, cast: { boolean: (v) => (v ? 'true' : 'false') } });
  const writer: SheetWriter = {
    output,
    async row(cells) {
      if (!output.write(cells.map(safe))) await once(output, 'drain');
    },
    end: () => Promise.resolve(void output.end()),
    fail: (err) => output.destroy(err),
  };
  output.write(header);
  return writer;
}

/**
 * An .xlsx workbook streamed with exceljs: one worksheet, a bold frozen header row, text cells
 * stored as text (never as formulas) and neutralised like the CSV's, so a copy to CSV stays safe.
 */
function xlsxWriter(title: string, header: string[]): SheetWriter {
  const output = new PassThrough();
  const book = new excelStream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ width: Math.max(10, Math.min(40, h.length * 2 + 4)) }));
  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.commit();
  return {
    output,
    async row(cells) {
      sheet.addRow(cells.map(safe)).commit();
      if (output.writableNeedDrain) await once(output, 'drain');
    },
    async end() {
      sheet.commit();
      await book.commit();
    },
    fail: (err) => output.destroy(err),
  };
}

export function sheetWriter(format: ExportFormat, title: string, header: string[]): SheetWriter {
  return format === 'xlsx' ? xlsxWriter(title, header) : csvWriter(header);
}
