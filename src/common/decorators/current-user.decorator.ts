import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthUser } from 'src/common/auth-user';

/** The authenticated caller (`AuthUser`). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser =>
    ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
