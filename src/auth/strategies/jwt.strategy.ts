import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AccessTokenPayload } from 'src/auth/tokens.service';
import { VerifiedTokens } from 'src/auth/verified-tokens';
import { AppConfig } from 'src/config/app-config';
import { UnauthenticatedError } from 'src/common/errors/app-error';

/** The raw access token of a request (`Authorization: Bearer …`), or null. */
export const bearerToken: (request: unknown) => string | null =
  ExtractJwt.fromAuthHeaderAsBearerToken();

/** Checks the token's signature and expiry; the guard then reads the user's current rights. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly verified: VerifiedTokens,
  ) {
    const key = config.jwtKey;
    super({
      jwtFromRequest: bearerToken,
      // passport-jwt hands the key to jsonwebtoken, which takes a KeyObject; its types predate that.
      secretOrKeyProvider: (_request, _token, done) => done(null, key as unknown as Buffer),
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  validate(
    request: FastifyRequest,
    payload: AccessTokenPayload & { typ?: string; exp?: number },
  ): { id: string } {
    // A member-card token is signed with the same key but is no access token.
    if (payload.typ !== undefined || typeof payload.sub !== 'string')
      throw new UnauthenticatedError('This token is not an access token');
    const token = bearerToken(request);
    if (token) this.verified.remember(token, payload.sub, payload.exp);
    return { id: payload.sub };
  }
}
