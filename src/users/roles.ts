import { FindOperator, Like } from 'typeorm';

export const ROLES = [
  'resident',
  'volunteer',
  'grid_worker',
  'store_staff',
  'community_admin',
  'platform_admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles a community admin may grant inside a community. */
export const COMMUNITY_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'platform_admin');

/** Staff see unmasked contact data and intake tokens. */
export const STAFF_ROLES: readonly Role[] = [
  'grid_worker',
  'store_staff',
  'community_admin',
  'platform_admin',
];

/** Matches users holding a role (roles are stored comma-separated; no role name contains another). */
export const withRole = (role: Role): FindOperator<Role> => Like(`%${role}%`) as FindOperator<Role>;

export const hasAnyRole = (roles: readonly Role[], wanted: readonly Role[]): boolean =>
  roles.some((r) => wanted.includes(r));
