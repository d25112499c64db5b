import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { bearerToken } from 'src/auth/strategies/jwt.strategy';
import { VerifiedTokens } from 'src/auth/verified-tokens';
import type { AuthUser } from 'src/common/auth-user';
import { IS_PUBLIC } from 'src/common/decorators/public.decorator';
import { UnauthenticatedError } from 'src/common/errors/app-error';
import { UsersService } from 'src/users/users.service';

type AuthRequest = FastifyRequest & { user?: AuthUser | { id: string } };

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`; a public
 * route still knows a caller who sends one (a volunteer posting by QR must not then take the
 * wish on). The token proves who the caller is; what they may do — roles, community, whether
 * they are disabled — is read from the database on every request, so a role change, a
 * suspension or a disabled account counts from the caller's next request on every instance.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly verified: VerifiedTokens,
    private readonly users: UsersService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const token = bearerToken(request);
    if (!token && isPublic) return true;
    try {
      // A token this process verified before skips passport and the signature check.
      let userId = token ? this.verified.lookup(token) : undefined;
      if (!userId) {
        await (super.canActivate(context) as Promise<boolean>);
        userId = request.user!.id;
      }
      const identity = await this.users.identity(userId);
      if (!identity) throw new UnauthenticatedError('This account is disabled or no longer exists');
      request.user = { ...identity, requestId: String(request.id) };
      return true;
    } catch (err) {
      if (!isPublic) throw err;
      delete request.user; // an expired or foreign token on a public route: anonymous
      return true;
    }
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
