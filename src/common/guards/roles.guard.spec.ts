import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from 'src/common/auth-user';
import { ForbiddenError } from 'src/common/errors/app-error';
import { RolesGuard } from 'src/common/guards/roles.guard';
import type { Role } from 'src/users/roles';

function contextFor(
  roles: Role[],
  required: Role[] | undefined,
): { guard: RolesGuard; ctx: ExecutionContext } {
  const reflector = { getAllAndOverride: () => required } as unknown as Reflector;
  const user: AuthUser = { id: 'u', communityId: 'c', gridId: null, roles, requestId: 'r' };
  const ctx = {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => ({ user }) }),
  } as unknown as ExecutionContext;
  return { guard: new RolesGuard(reflector), ctx };
}

describe('RolesGuard', () => {
  it('lets a route without @Roles through', () => {
    const { guard, ctx } = contextFor(['resident'], undefined);
    expect(guard.canActivate(ctx)).toBe(true);
  });

  it('allows any one of the required roles and refuses others with FORBIDDEN', () => {
    const allowed = contextFor(['resident', 'grid_worker'], ['grid_worker', 'community_admin']);
    expect(allowed.guard.canActivate(allowed.ctx)).toBe(true);
    const { guard, ctx } = contextFor(['resident'], ['community_admin']);
    expect(() => guard.canActivate(ctx)).toThrow(ForbiddenError);
  });

  it('lets the platform admin pass every role check', () => {
    const { guard, ctx } = contextFor(['platform_admin'], ['store_staff']);
    expect(guard.canActivate(ctx)).toBe(true);
  });
});
