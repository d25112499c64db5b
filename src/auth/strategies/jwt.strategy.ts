import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AccessTokenPayload } from 'src/auth/tokens.service';
import type { AuthUser } from 'src/common/auth-user';
import { AppConfig } from 'src/config/app-config';
import { UnauthenticatedError } from 'src/common/errors/app-error';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  validate(request: FastifyRequest, payload: AccessTokenPayload & { typ?: string }): AuthUser {
    // A member-card token is signed with the same key but is no access token.
    if (payload.typ !== undefined)
      throw new UnauthenticatedError('This token is not an access token');
    return {
      id: payload.sub,
      communityId: payload.cid,
      gridId: payload.gid,
      roles: payload.roles,
      requestId: String(request.id),
    };
  }
}
