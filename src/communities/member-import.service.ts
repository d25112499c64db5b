import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { DataSource, In } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { ConflictError, ValidationFailedError } from 'src/common/errors/app-error';
import { normalizePhone } from 'src/common/phone';
import { checkZip, UploadTooLargeError } from 'src/common/uploads/zip-guard';
import { CommunitiesService } from 'src/communities/communities.service';
import {
  CreateMemberDto,
  type ImportRowView,
  type MemberImportDto,
  type MemberImportView,
} from 'src/communities/dto/member.dto';
import { GridsService } from 'src/communities/grids.service';
import {
  IMPORT_COLUMNS,
  IMPORT_LIMITS,
  MAX_IMPORT_ROWS,
  parseRoles,
  parseSkills,
  readImportRows,
  repeatedPhones,
  type ImportRow,
} from 'src/communities/member-import.rules';
import { MembersService } from 'src/communities/members.service';
import { TransactionService } from 'src/database/transaction.service';
import { User } from 'src/users/entities/user.entity';
import { UsersService } from 'src/users/users.service';

/** What each refused field of a row needs, in words for the admin who filled the sheet. */
const FIELD_PROBLEMS: Record<string, string> = {
  phone: '手机号应为 11 位手机号',
  name: '请填写姓名（64 字以内）',
  password: '初始密码至少 8 位（128 位以内）',
  address: '住址请在 200 字以内',
  roles: '角色填写有误',
  volunteer: '志愿者特长最多 20 项，每项 32 字以内',
};

interface Checked extends ImportRowView {
  dto: CreateMemberDto | null;
}

/**
 * Members from a spreadsheet (.xlsx or .csv, with the template's columns). A dry run checks every
 * row and writes nothing; the confirmed import creates exactly the rows the check passed, each in
 * its own transaction, and skips phones that are members already, so importing the same file
 * twice creates nobody the second time.
 */
@Injectable()
export class MemberImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly communities: CommunitiesService,
    private readonly grids: GridsService,
    private readonly members: MembersService,
  ) {}

  async run(actor: AuthUser, communityId: string, dto: MemberImportDto): Promise<MemberImportView> {
    await this.communities.get(actor, communityId);
    const sheet = await readSheet(dto.fileName, Buffer.from(dto.content, 'base64'));
    const rows = readImportRows(sheet);
    if ('missing' in rows)
      throw ValidationFailedError.field(
        'content',
        `The file has no column ${rows.missing.join(', ')}`,
      );
    if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
    const checked = await this.check(actor, communityId, rows, dto.defaultPassword);
    let created = 0;
    if (!dto.dryRun) {
      const defaultHash = dto.defaultPassword
        ? await this.users.hashPassword(dto.defaultPassword)
        : null;
      for (const row of checked) {
        if (row.action !== 'create' || !row.dto) continue;
        const hash = row.dto.password === dto.defaultPassword ? defaultHash : null;
        try {
          await this.members.create(actor, communityId, row.dto, hash ?? undefined);
          created += 1;
        } catch (err) {
          if (!(err instanceof ConflictError)) throw err;
          // Registered between the check and now: the member exists, which is what was wanted.
          Object.assign(row, { action: 'skip', problems: ['已是本社区成员，跳过'] });
        }
      }
      await this.tx.run((m) =>
        this.audit.record(m, actor, {
          communityId,
          action: 'member.import',
          targetType: 'community',
          targetId: communityId,
          after: { fileName: dto.fileName, rows: rows.length, created },
        }),
      );
    }
    return {
      dryRun: dto.dryRun,
      rows: checked.map(({ dto: _dto, ...view }) => view),
      toCreate: checked.filter((r) => r.action === 'create').length,
      skipped: checked.filter((r) => r.action === 'skip').length,
      errors: checked.filter((r) => r.action === 'error').length,
      created,
    };
  }

  private async check(
    actor: AuthUser,
    communityId: string,
    rows: ImportRow[],
    defaultPassword: string | undefined,
  ): Promise<Checked[]> {
    const gridIds = new Map((await this.grids.list(actor, communityId)).map((g) => [g.name, g.id]));
    const phones = rows.map((r) => normalizePhone(r.phone)).filter(Boolean);
    const known = phones.length
      ? await this.dataSource.manager.find(User, {
          select: { id: true, phone: true, communityId: true },
          where: { phone: In(phones) },
        })
      : [];
    const existing = new Map(known.map((u) => [u.phone, u.communityId]));
    const repeats = repeatedPhones(rows);
    const out: Checked[] = [];
    for (const r of rows) {
      const problems: string[] = [];
      const { roles, unknown } = parseRoles(r.roles);
      if (unknown.length) problems.push(`不认识的角色：${unknown.join('、')}`);
      const gridId = r.grid ? gridIds.get(r.grid) : undefined;
      if (r.grid && !gridId) problems.push(`没有名为“${r.grid}”的网格`);
      const password = r.password || defaultPassword || '';
      if (!password) problems.push('请填写初始密码，或在导入时统一设置初始密码');
      const skills = parseSkills(r.skills);
      // Problems found above are reported once: the DTO check gets stand-ins for those fields.
      const dto = plainToInstance(CreateMemberDto, {
        name: r.name,
        phone: r.phone,
        password: password || 'x'.repeat(8),
        roles: roles.length ? roles : ['resident'],
        ...(gridId ? { gridId } : {}),
        ...(r.address ? { address: r.address } : {}),
        ...(roles.includes('volunteer') && skills.length ? { volunteer: { skills } } : {}),
      });
      for (const e of await validate(dto, { whitelist: true, forbidNonWhitelisted: true }))
        problems.push(FIELD_PROBLEMS[e.property] ?? `${e.property} 填写有误`);
      const phone = normalizePhone(r.phone);
      const repeatOf = repeats.get(r.row);
      if (repeatOf) problems.push(`手机号与第 ${repeatOf} 行重复`);
      const home = existing.get(phone);
      const isMember = existing.has(phone) && home === communityId;
      if (existing.has(phone) && !isMember) problems.push('这个手机号已在其他社区注册');
      const action = problems.length ? 'error' : isMember ? 'skip' : 'create';
      out.push({
        row: r.row,
        name: r.name,
        phone,
        roles,
        grid: r.grid || null,
        action,
        problems: action === 'skip' ? ['已是本社区成员，跳过'] : problems,
        dto: action === 'create' ? dto : null,
      });
    }
    return out;
  }

  /** The template to fill: the columns, and in the .xlsx a second sheet saying how. */
  async template(format: 'xlsx' | 'csv'): Promise<Buffer> {
    const header = IMPORT_COLUMNS.map((c) => c.zh);
    if (format === 'csv') return Buffer.from(`\ufeff${header.join(',')}\r\n`, 'utf8');
    const book = new Workbook();
    const sheet = book.addWorksheet('成员');
    sheet.columns = IMPORT_COLUMNS.map((c) => ({
      header: c.zh,
      width: c.key === 'roles' ? 24 : 16,
    }));
    sheet.getRow(1).font = { bold: true };
    // Phones and passwords are text: Excel would otherwise show 13800138000 as 1.38E+10.
    for (const key of ['phone', 'password'] as const)
      sheet.getColumn(IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1).numFmt = '@';
    const help = book.addWorksheet('填写说明');
    help.columns = [
      { header: '列', width: 14 },
      { header: '怎么填', width: 80 },
    ];
    help.getRow(1).font = { bold: true };
    for (const c of IMPORT_COLUMNS) help.addRow([c.zh, c.hint]);
    help.addRow([]);
    help.addRow(['提示', '请先在管理台“试导入”，检查每一行的问题，确认无误后再正式导入。']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}

/** A sheet's cells as text, header row first: the first worksheet of an .xlsx, or a CSV. */
async function readSheet(fileName: string, file: Buffer): Promise<string[][]> {
  const refuse = (why: string) => ValidationFailedError.field('content', why);
  if (/\.xlsx$/i.test(fileName)) {
    checkZip(file, {
      entries: IMPORT_LIMITS.zipEntries,
      entryBytes: IMPORT_LIMITS.unpackedPartBytes,
      totalBytes: IMPORT_LIMITS.unpackedBytes,
    });
    const book = new Workbook();
    try {
      await book.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      throw refuse('The file could not be read as .xlsx');
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw refuse('The workbook has no sheet');
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > MAX_IMPORT_ROWS + 1) throw tooManyRows();
      const width = Math.min(row.cellCount, IMPORT_LIMITS.columns);
      rows[n - 1] = Array.from({ length: width }, (_, i) =>
        checkedCell(row.getCell(i + 1).text, n, i),
      );
    });
    return Array.from(rows, (r) => r ?? []);
  }
  if (/\.csv$/i.test(fileName)) {
    // Excel on Chinese Windows saves CSV in GB18030; anything that is not valid UTF-8 is read so.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file);
    } catch {
      text = new TextDecoder('gb18030').decode(file);
    }
    let records: string[][];
    try {
      records = parse(text, {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        to: MAX_IMPORT_ROWS + 2, // one past the header and the most rows: enough to refuse
      }) as string[][];
    } catch {
      throw refuse('The file could not be read as CSV');
    }
    if (records.length > MAX_IMPORT_ROWS + 1) throw tooManyRows();
    return records.map((r, n) =>
      r.slice(0, IMPORT_LIMITS.columns).map((c, i) => checkedCell(c, n + 1, i)),
    );
  }
  throw ValidationFailedError.field('fileName', 'Only .xlsx and .csv files can be imported');
}

const tooManyRows = () =>
  new UploadTooLargeError('content', `At most ${MAX_IMPORT_ROWS} rows per file`);

/** A cell within the length any field can take; the answer names where, never echoes it. */
function checkedCell(text: string, row: number, column: number): string {
  if (text.length > IMPORT_LIMITS.cellChars)
    throw ValidationFailedError.field(
      'content',
      `Row ${row}, column ${column + 1} holds ${text.length} characters; no field takes more than ${IMPORT_LIMITS.cellChars}`,
    );
  return text;
}
