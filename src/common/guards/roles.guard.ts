import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from 'src/common/auth-user';
import { ROLES_KEY } from 'src/common/decorators/roles.decorator';
import { ForbiddenError } from 'src/common/errors/app-error';
import type { Role } from 'src/users/roles';

/** Enforces `@Roles(...)`; the platform admin passes every role check. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return false;
    if (user.roles.includes('platform_admin') || user.roles.some((r) => required.includes(r))) {
      return true;
    }
    throw new ForbiddenError(`This action needs one of the roles: ${required.join(', ')}`);
  }
}
