import { DataSource } from 'typeorm';
import { newId } from 'src/common/ids';
import { insertMemberAccounts, insertRows, sqlTime } from './seed-ledger';

const CATEGORIES = [
  'daily_life',
  'elder_care',
  'repair',
  'errand',
  'medical_escort',
  'tutoring',
  'other',
];

export interface MemberOptions {
  /** Comma-separated roles column (default resident and volunteer). */
  roles?: string;
  /** Three leading digits of the generated phone numbers (default 136). */
  phonePrefix?: string;
  /** An argon2 hash shared by all rows, so they can log in; by default they cannot. */
  passwordHash?: string;
  name?: string;
}

/** Members as plain rows, with their points accounts; they log in only with `passwordHash`. */
export async function createMembers(
  ds: DataSource,
  communityId: string,
  gridIds: string[],
  count: number,
  options: MemberOptions = {},
): Promise<{ userIds: string[]; accountIds: string[]; phones: string[] }> {
  const now = sqlTime(new Date());
  const users: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const id = newId();
    const phone = `${options.phonePrefix ?? '136'}${String(100_000_000 + i).slice(-8)}`;
    users.push([
      id,
      communityId,
      gridIds[i % gridIds.length],
      phone,
      `${options.name ?? '志愿者'}${i}`,
      null,
      options.passwordHash ?? 'x',
      options.roles ?? 'resident,volunteer',
      false,
      0,
      null,
      now,
      now,
    ]);
  }
  await insertRows(
    ds,
    'users',
    [
      'id',
      'community_id',
      'grid_id',
      'phone',
      'name',
      'address',
      'password_hash',
      'roles',
      'disabled',
      'failed_login_count',
      'failed_login_window_start',
      'created_at',
      'updated_at',
    ],
    users,
  );
  // Volunteers are approved, as the app requires of anyone who claims or earns.
  const volunteers = users.filter((u) => String(u[7]).split(',').includes('volunteer'));
  if (volunteers.length) {
    await insertRows(
      ds,
      'volunteer_profiles',
      [
        'user_id',
        'community_id',
        'status',
        'skills',
        'is_party_member',
        'teams',
        'decided_at',
        'decided_by',
        'created_at',
        'updated_at',
      ],
      volunteers.map((u) => [
        u[0],
        communityId,
        'approved',
        '[]',
        false,
        '[]',
        now,
        null,
        now,
        now,
      ]),
    );
  }
  const accountIds = await insertMemberAccounts(
    ds,
    communityId,
    users.map((u) => u[0] as string),
  );
  return {
    userIds: users.map((u) => u[0] as string),
    accountIds,
    phones: users.map((u) => u[3] as string),
  };
}

/**
 * `count` wishes over the last 60 days: most closed with a rating, some open or claimed. With
 * `awaitingFeedback`, every wish is instead completed by a volunteer and waits for its owner's
 * rating (owners taken in turn from `ownerIds`). Returns the ids in insertion order.
 */
export async function createWishes(
  ds: DataSource,
  communityId: string,
  gridIds: string[],
  volunteerIds: string[],
  count: number,
  awaitingFeedback?: { ownerIds: string[] },
): Promise<string[]> {
  const rows: unknown[][] = [];
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const created = awaitingFeedback
      ? now - 86_400_000 - (i % 1440) * 60_000
      : now - (i % 60) * 86_400_000 - (i % 1440) * 60_000;
    const due = created + 72 * 3_600_000;
    const state = awaitingFeedback
      ? 'completed'
      : i % 10 === 0
        ? 'open'
        : i % 10 === 1
          ? 'claimed'
          : 'closed';
    const finished = state === 'closed' || state === 'completed';
    const done = finished ? created + ((i % 5) + 1) * 3_600_000 : null;
    const rating = state === 'closed' ? 1 + (i % 5) : null;
    const closedAt = state === 'closed' && done ? sqlTime(new Date(done + 3_600_000)) : null;
    const owners = awaitingFeedback?.ownerIds;
    rows.push([
      newId(),
      communityId,
      gridIds[i % gridIds.length],
      owners ? owners[i % owners.length] : null,
      '居民',
      '13800000000',
      null,
      null,
      'qr',
      '心愿',
      '帮忙',
      CATEGORIES[i % CATEGORIES.length],
      'normal',
      state,
      sqlTime(new Date(due)),
      state === 'open'
        ? null
        : // Shifted every round so that an owner meets many different volunteers.
          volunteerIds[(i + Math.floor(i / volunteerIds.length)) % volunteerIds.length],
      null,
      null,
      null,
      sqlTime(new Date(created)),
      state === 'open' ? null : sqlTime(new Date(created + 3_600_000)),
      done ? sqlTime(new Date(done)) : null,
      closedAt,
      null,
      closedAt && done ? done <= due : null,
      rating,
      false,
      rating ? rating * 2 : null,
      null,
      rating !== null && rating <= 2,
      sqlTime(new Date(created)),
      sqlTime(new Date(created)),
    ]);
  }
  await insertRows(
    ds,
    'wishes',
    [
      'id',
      'community_id',
      'grid_id',
      'owner_id',
      'contact_name',
      'contact_phone',
      'address',
      'submitted_by',
      'source',
      'title',
      'description',
      'category',
      'urgency',
      'status',
      'due_at',
      'claimer_id',
      'tracking_code',
      'reason',
      'completion_note',
      'approved_at',
      'claimed_at',
      'completed_at',
      'closed_at',
      'cancelled_at',
      'closed_on_time',
      'rating',
      'feedback_auto',
      'points_awarded',
      'award_flag',
      'follow_up_open',
      'created_at',
      'updated_at',
    ],
    rows,
  );
  return rows.map((r) => r[0] as string);
}
