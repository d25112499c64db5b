import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { NotFoundError } from 'src/common/errors/app-error';
import { lockOption } from 'src/database/locking';

/**
 * Community scoping, in one place. Every read or write of a community-owned row goes through
 * these helpers, so an id from another community is simply not found (404), whoever guesses it.
 */
export function canSeeCommunity(user: AuthUser, communityId: string): boolean {
  return isPlatformAdmin(user) || user.communityId === communityId;
}

export function assertCommunity(user: AuthUser, communityId: string): void {
  if (!canSeeCommunity(user, communityId)) throw new NotFoundError('Community');
}

/** Adds `communityId = caller's community` to a where clause, unless the caller is platform admin. */
export function scopedWhere<T extends { communityId: string | null }>(
  user: AuthUser,
  where: FindOptionsWhere<T>,
): FindOptionsWhere<T> {
  if (isPlatformAdmin(user)) return where;
  if (!user.communityId) throw new NotFoundError('Object');
  return { ...where, communityId: user.communityId };
}

/** Loads one community-owned row by id within the caller's scope, or throws NOT_FOUND. */
export function findInScope<T extends ObjectLiteral & { communityId: string | null }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  user: AuthUser,
  id: string,
  label: string,
): Promise<T> {
  return loadInScope(manager, entity, user, id, label, false);
}

/** As `findInScope`, with the row locked for the rest of the caller's transaction. */
export function lockInScope<T extends ObjectLiteral & { communityId: string | null }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  user: AuthUser,
  id: string,
  label: string,
): Promise<T> {
  if (!isPlatformAdmin(user) && !user.communityId) throw new NotFoundError(label);
  return loadInScope(manager, entity, user, id, label, true);
}

async function loadInScope<T extends ObjectLiteral & { communityId: string | null }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  user: AuthUser,
  id: string,
  label: string,
  lock: boolean,
): Promise<T> {
  const row = await manager.findOne(entity, {
    where: scopedWhere<T>(user, { id } as unknown as FindOptionsWhere<T>),
    ...(lock ? lockOption(manager) : {}),
  });
  if (!row) throw new NotFoundError(label);
  return row;
}
