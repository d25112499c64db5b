import { Controller, Get, Ip, Param, Res } from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ATTEMPT_LIMITS, AttemptsService } from 'src/common/attempts/attempts.service';
import { Public } from 'src/common/decorators/public.decorator';
import { Throttled } from 'src/common/decorators/throttled.decorator';
import {
  AppError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { normalizeReadableCode } from 'src/common/readable-code';
import { CERTIFICATE_CODE_LENGTH } from 'src/certificates/certificate-snapshot';
import { CertificatesService } from 'src/certificates/certificates.service';
import { CredentialKeysService } from 'src/certificates/credential-keys.service';
import { PublicCertificateView } from 'src/certificates/dto/certificate.dto';
import { unknownCodePage, verifyPage } from 'src/certificates/verify-page';

/** The verification page and the JWKS live outside /api/v1: what a QR code and a verifier reach. */
export const VERIFY_ROUTES = ['verify/:code', '.well-known/jwks.json'];

const CODE = {
  name: 'code',
  description: 'The verification code, in any case, with or without dashes',
  schema: { type: 'string' as const, example: '0Q4M-7ZK2-9VXD', maxLength: 40 },
};

const parse = (value: string): string => {
  const code = value.length <= 40 ? normalizeReadableCode(value, CERTIFICATE_CODE_LENGTH) : null;
  if (!code) throw ValidationFailedError.field('code', 'code is 12 letters and digits');
  return code;
};

/**
 * Anyone may check a certificate by its code: a school scanning the QR code, an employer typing
 * it. Per-IP throttled, and unknown codes count as failed attempts (a few, then 429), so codes
 * cannot be harvested by guessing; a known code shows only what the certificate itself says.
 */
@ApiTags('public')
@Public()
@Throttled()
@Controller()
export class PublicCertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly keys: CredentialKeysService,
    private readonly attempts: AttemptsService,
  ) {}

  private lookUp(ip: string, code: string): Promise<PublicCertificateView> {
    return this.attempts.guard(
      [{ key: `certificate:ip:${ip}`, limit: ATTEMPT_LIMITS.tracking }],
      () => this.certificates.publicView(code),
      (err) => err instanceof NotFoundError,
    );
  }

  @Get('public/certificates/:code')
  @ApiOperation({
    summary: 'Verify a certificate: valid or revoked, masked name, period, hours, issuer',
  })
  @ApiParam(CODE)
  @ApiOkResponse({ type: PublicCertificateView })
  verify(@Param('code') code: string, @Ip() ip: string): Promise<PublicCertificateView> {
    return this.lookUp(ip, parse(code));
  }

  @Get(VERIFY_ROUTES[0])
  @ApiExcludeEndpoint()
  async page(@Param('code') code: string, @Ip() ip: string, @Res() reply: FastifyReply) {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    try {
      await reply.send(verifyPage(await this.lookUp(ip, parse(code))));
    } catch (err) {
      // A person reads this page: every refusal is a page in Chinese, with the API's status.
      if (!(err instanceof AppError) || err.statusCode >= 500) throw err;
      const kind =
        err instanceof ValidationFailedError
          ? 'malformed'
          : err instanceof RateLimitedError
            ? 'limited'
            : 'unknown';
      await reply.code(err.statusCode).send(unknownCodePage(kind));
    }
  }

  @Get(VERIFY_ROUTES[1])
  @ApiExcludeEndpoint()
  async jwks(@Res() reply: FastifyReply) {
    await reply
      .type('application/jwk-set+json')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send(await this.keys.jwks());
  }
}
