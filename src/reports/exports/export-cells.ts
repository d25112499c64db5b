import { DateTime } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { maskPhone } from 'src/common/privacy';
import { Grid } from 'src/communities/entities/grid.entity';
import { Activity } from 'src/service-hours/entities/activity.entity';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { User } from 'src/users/entities/user.entity';

export type Cell = string | number | boolean | null;

/**
 * A text cell a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or carriage
 * return: OWASP's CSV injection list) gets a leading apostrophe, so it shows as typed. Residents
 * write wish titles and names; nobody's export may run what they typed.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Ids a batch of rows refers to, looked up in one query per kind. */
export interface Refs {
  users?: (string | null)[];
  grids?: (string | null)[];
  activities?: (string | null)[];
  items?: (string | null)[];
}

/**
 * Names behind the ids of an export, fetched a batch at a time (one query per kind for the ids
 * not yet known), so a long export costs a handful of queries per thousand rows, never one per row.
 */
export class Names {
  readonly users = new Map<string, { name: string; phone: string }>();
  readonly grids = new Map<string, string>();
  readonly activities = new Map<string, string>();
  readonly items = new Map<string, string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly communityId: string,
  ) {}

  async load(refs: Refs): Promise<void> {
    const missing = (ids: (string | null)[] | undefined, known: Map<string, unknown>) => [
      ...new Set((ids ?? []).filter((id): id is string => !!id && !known.has(id))),
    ];
    const communityId = this.communityId;
    const users = missing(refs.users, this.users);
    const grids = missing(refs.grids, this.grids);
    const activities = missing(refs.activities, this.activities);
    const items = missing(refs.items, this.items);
    if (users.length)
      for (const u of await this.manager.find(User, {
        select: { id: true, name: true, phone: true },
        where: { id: In(users), communityId },
      }))
        this.users.set(u.id, { name: u.name, phone: u.phone });
    if (grids.length)
      for (const g of await this.manager.find(Grid, {
        select: { id: true, name: true },
        where: { id: In(grids), communityId },
      }))
        this.grids.set(g.id, g.name);
    if (activities.length)
      for (const a of await this.manager.find(Activity, {
        select: { id: true, title: true },
        where: { id: In(activities), communityId },
      }))
        this.activities.set(a.id, a.title);
    if (items.length)
      for (const i of await this.manager.find(StoreItem, {
        select: { id: true, name: true },
        where: { id: In(items), communityId },
      }))
        this.items.set(i.id, i.name);
  }
}

/**
 * How a value reads in a cell. For people (the default) times are local to the community and
 * codes are words; with `?headers=codes` times are ISO 8601 UTC and codes stay codes, for
 * programs. Dates are the community's local day either way, and phones are always masked.
 */
export class CellFormat {
  constructor(
    readonly codes: boolean,
    private readonly zone: string,
    private readonly names: Names,
  ) {}

  time(d: Date | null | undefined): Cell {
    if (!d) return '';
    return this.codes
      ? d.toISOString()
      : DateTime.fromJSDate(d, { zone: this.zone }).toFormat('yyyy-MM-dd HH:mm');
  }

  day(d: Date): string {
    return DateTime.fromJSDate(d, { zone: this.zone }).toISODate() ?? '';
  }

  label(words: Record<string, string>, code: string | null | undefined): Cell {
    if (code === null || code === undefined) return '';
    return this.codes ? code : (words[code] ?? code);
  }

  yes(value: boolean | null | undefined): Cell {
    if (value === null || value === undefined) return '';
    return this.codes ? value : value ? '是' : '否';
  }

  /** 张三（138****5678）; with codes, the name alone (the id has its own column). */
  person(id: string | null | undefined): Cell {
    const u = id ? this.names.users.get(id) : undefined;
    if (!u) return '';
    return this.codes ? u.name : `${u.name}（${maskPhone(u.phone)}）`;
  }

  phone(phone: string | null | undefined): Cell {
    return phone ? maskPhone(phone) : '';
  }

  grid(id: string | null | undefined): Cell {
    return (id && this.names.grids.get(id)) || '';
  }

  activity(id: string | null | undefined): Cell {
    return (id && this.names.activities.get(id)) || '';
  }

  item(id: string | null | undefined): Cell {
    return (id && this.names.items.get(id)) || '';
  }
}
