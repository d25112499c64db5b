import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthUser } from 'src/common/auth-user';

/** The authenticated caller (`AuthUser`). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser =>
    ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);

/** The caller on a public route: the signed-in user when a valid token came along, else null. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | null =>
    ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user ?? null,
);
