import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { bearerToken } from 'src/auth/strategies/jwt.strategy';
import { VerifiedTokens } from 'src/auth/verified-tokens';
import type { AuthUser } from 'src/common/auth-user';
import { IS_PUBLIC } from 'src/common/decorators/public.decorator';
import { UnauthenticatedError } from 'src/common/errors/app-error';

/** Global guard: every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly verified: VerifiedTokens,
  ) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    // A token this process verified before skips passport and the signature check.
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const token = bearerToken(request);
    const identity = token ? this.verified.lookup(token) : undefined;
    if (identity) {
      request.user = { ...identity, requestId: String(request.id) };
      return true;
    }
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T | false, info: unknown): T {
    if (err) throw err instanceof Error ? err : new UnauthenticatedError();
    if (!user) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'Access token expired' : 'Authentication required');
    }
    return user;
  }
}
