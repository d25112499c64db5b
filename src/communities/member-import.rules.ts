import { normalizePhone } from 'src/common/phone';
import type { Role } from 'src/users/roles';

/** The template's columns: Chinese header, and the code a program may use instead. */
export const IMPORT_COLUMNS = [
  { key: 'name', zh: '姓名', hint: '必填' },
  { key: 'phone', zh: '手机号', hint: '必填，11 位手机号，用于登录' },
  {
    key: 'roles',
    zh: '角色',
    hint: '居民、志愿者、网格员、积分超市工作人员、社区管理员；多个用顿号分隔；不填为居民',
  },
  { key: 'grid', zh: '网格', hint: '网格名称，须与系统中的网格一致；可不填' },
  { key: 'address', zh: '住址', hint: '可不填' },
  { key: 'password', zh: '初始密码', hint: '至少 8 位；不填则使用导入时统一设置的初始密码' },
  { key: 'skills', zh: '志愿者特长', hint: '可不填；多个用顿号分隔' },
] as const;
export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const ROLE_WORDS: Record<string, Role> = {
  居民: 'resident',
  志愿者: 'volunteer',
  网格员: 'grid_worker',
  积分超市工作人员: 'store_staff',
  超市工作人员: 'store_staff',
  社区管理员: 'community_admin',
  resident: 'resident',
  volunteer: 'volunteer',
  grid_worker: 'grid_worker',
  store_staff: 'store_staff',
  community_admin: 'community_admin',
};

/** Most rows one file may hold: a community's members arrive in batches, not all at once. */
export const MAX_IMPORT_ROWS = 2000;

/**
 * What of an uploaded file is read at all, checked before and while it is parsed: an .xlsx's
 * parts unpacked (each and together), the columns of each row (the template has 7; a header
 * further right is not looked for), and the characters of a cell (no field takes more than 200).
 */
export const IMPORT_LIMITS = {
  zipEntries: 64,
  unpackedPartBytes: 3 * 1_048_576,
  unpackedBytes: 4 * 1_048_576,
  columns: 16,
  cellChars: 500,
} as const;

export interface ImportRow {
  /** The spreadsheet's row number (the header is row 1), as the person sees it. */
  row: number;
  name: string;
  phone: string;
  roles: string;
  grid: string;
  address: string;
  password: string;
  skills: string;
}

const split = (s: string) =>
  s
    .split(/[、,，;；/\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Rows of a sheet as read (header first) to import rows: columns found by their Chinese header
 * or code, in any order; blank rows dropped. Null when a required column is missing.
 */
export function readImportRows(sheet: string[][]): ImportRow[] | { missing: string[] } {
  const header = (sheet[0] ?? []).map((h) => h.trim());
  const at = new Map<ImportKey, number>();
  for (const c of IMPORT_COLUMNS) {
    const i = header.findIndex((h) => h === c.zh || h === c.key);
    if (i >= 0) at.set(c.key, i);
  }
  const missing = IMPORT_COLUMNS.filter((c) => ['name', 'phone'].includes(c.key) && !at.has(c.key));
  if (missing.length) return { missing: missing.map((c) => c.zh) };
  const rows: ImportRow[] = [];
  sheet.slice(1).forEach((cells, i) => {
    const get = (k: ImportKey) => {
      const j = at.get(k);
      return j === undefined ? '' : String(cells[j] ?? '').trim();
    };
    if (cells.every((c) => !String(c ?? '').trim())) return;
    rows.push({
      row: i + 2,
      name: get('name'),
      phone: get('phone'),
      roles: get('roles'),
      grid: get('grid'),
      address: get('address'),
      password: get('password'),
      skills: get('skills'),
    });
  });
  return rows;
}

/** Role words to roles; unknown words are returned to be reported. */
export function parseRoles(words: string): { roles: Role[]; unknown: string[] } {
  const list = split(words);
  if (!list.length) return { roles: ['resident'], unknown: [] };
  const roles = list.map((w) => ROLE_WORDS[w]).filter((r): r is Role => !!r);
  return { roles: [...new Set(roles)], unknown: list.filter((w) => !ROLE_WORDS[w]) };
}

export const parseSkills = (words: string): string[] => split(words);

/** The phones of a file that appear more than once: the first row keeps it, later ones are refused. */
export function repeatedPhones(rows: ImportRow[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const r of rows) {
    const phone = normalizePhone(r.phone);
    if (!phone) continue;
    const seen = first.get(phone);
    if (seen === undefined) first.set(phone, r.row);
    else repeats.set(r.row, seen);
  }
  return repeats;
}
