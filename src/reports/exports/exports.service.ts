import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, MoreThan, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { NotFoundError } from 'src/common/errors/app-error';
import { CommunitiesService } from 'src/communities/communities.service';
import { dayWindow, type Window } from 'src/reports/periods';
import { CellFormat, Names } from 'src/reports/exports/export-cells';
import {
  EXPORT_FORMATS,
  EXPORTS,
  SHEETS,
  type ExportFormat,
  type ExportName,
  type Lookup,
  type Sheet,
} from 'src/reports/exports/export-sheets';
import { sheetWriter, type SheetWriter } from 'src/reports/exports/export-writers';

const BATCH = 1000;

type Keyed = { id: string };

export interface ExportFile {
  stream: Readable;
  /** ASCII name (wishes-2026-11-01-2026-11-30.xlsx) and the Chinese one for the browser. */
  fileName: string;
  displayName: string;
  contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Exports for a date range as CSV or Excel, streamed batch by batch (keyset on id) so memory
 * stays flat. Readable by default (Chinese headers, names with masked phones, local times and
 * days); `codes` gives stable machine headers, ids and ISO times (export-cells.ts).
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
  ) {}

  async open(
    user: AuthUser,
    communityId: string,
    file: string,
    range: { from: string; to: string },
    codes: boolean,
  ): Promise<ExportFile> {
    const dot = file.lastIndexOf('.');
    const name = file.slice(0, dot) as ExportName;
    const format = file.slice(dot + 1) as ExportFormat;
    if (dot < 0 || !EXPORTS.includes(name) || !EXPORT_FORMATS.includes(format))
      throw new NotFoundError('Export');
    const community = await this.communities.get(user, communityId);
    const w = dayWindow(range.from, range.to, community.timezone);
    const sheet = SHEETS[name];
    const columns = sheet.columns.filter((c) => codes || c.zh !== null);
    const out = sheetWriter(
      format,
      sheet.title,
      columns.map((c) => (codes ? c.code : c.zh!)),
    );
    const names = new Names(this.dataSource.manager, communityId);
    const cells = new CellFormat(codes, community.timezone, names);
    this.fill(out, sheet, communityId, w, async (rows) => {
      await names.load(sheet.refs(rows));
      for (const r of rows) await out.row(columns.map((c) => c.cell(r, cells)));
    }).catch((err: unknown) => out.fail(err as Error));
    return {
      stream: out.output,
      fileName: `${name}-${range.from}-${range.to}.${format}`,
      displayName: `${community.name}-${sheet.title}-${range.from}至${range.to}.${format}`,
      contentType: CONTENT_TYPES[format],
    };
  }

  private async fill(
    out: SheetWriter,
    sheet: Sheet<unknown>,
    communityId: string,
    w: Window,
    write: (rows: unknown[]) => Promise<void>,
  ): Promise<void> {
    const lookup: Lookup = (entity, where) => this.dataSource.manager.find(entity, { where });
    for (const s of sheet.sources) {
      const entity = s.entity as EntityTarget<Keyed>;
      const where = s.where(communityId, w) as FindOptionsWhere<Keyed>;
      let after = '';
      for (;;) {
        const rows = await this.dataSource.manager.find(entity, {
          where: { ...where, id: MoreThan(after) },
          order: { id: 'ASC' },
          take: BATCH,
        });
        if (rows.length) {
          const map = s.prepare ? await s.prepare(rows as never[], lookup) : s.map;
          const lines = map ? rows.flatMap((r) => map(r as never)) : rows;
          await write(s.keep ? lines.filter((l) => s.keep!(l, w)) : lines);
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1].id;
      }
    }
    await out.end();
  }
}
