import { Body, Controller, Get, HttpCode, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { ApiFileResponse } from 'src/common/decorators/api-file.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Post } from 'src/common/decorators/mutations';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import { CertificatesService } from 'src/certificates/certificates.service';
import {
  CertificateListQuery,
  CertificatePage,
  CertificateView,
  IssueCertificateDto,
  RevokeCertificateDto,
} from 'src/certificates/dto/certificate.dto';

/** A file download whose name (Chinese) survives every browser: ASCII fallback plus RFC 5987. */
function download(reply: FastifyReply, type: string, fileName: string, body: Buffer | string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '').replace(/^-+/, '') || 'certificate';
  return reply
    .type(type)
    .header('cache-control', 'private, no-store')
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(body);
}

@ApiTags('service record')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Post('me/certificates')
  @ApiOperation({
    summary:
      'Issue yourself a certificate of service for a period (free): a PDF and a signed credential',
  })
  @ApiCreatedResponse({ type: CertificateView })
  @ApiErrors('NOT_FOUND', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  issueMine(
    @CurrentUser() user: AuthUser,
    @Body() dto: IssueCertificateDto,
  ): Promise<CertificateView> {
    return this.certificates.issueMine(user, dto);
  }

  @Get('me/certificates')
  @ApiOperation({ summary: 'Your certificates, newest first' })
  @ApiOkResponse({ type: CertificatePage })
  mine(@CurrentUser() user: AuthUser, @Query() q: CertificateListQuery): Promise<CertificatePage> {
    return this.certificates.mine(user, q);
  }

  @Post('members/:id/certificates')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Issue a member a certificate of service for a period (staff)' })
  @ApiCreatedResponse({ type: CertificateView })
  @ApiErrors('INVALID_STATE', 'LIMIT_EXCEEDED')
  issueFor(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: IssueCertificateDto,
  ): Promise<CertificateView> {
    return this.certificates.issueFor(user, id, dto);
  }

  @Get('members/:id/certificates')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: "A member's certificates (staff)" })
  @ApiOkResponse({ type: CertificatePage })
  ofMember(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: CertificateListQuery,
  ): Promise<CertificatePage> {
    return this.certificates.ofMember(user, id, q);
  }

  @Get('communities/:id/certificates')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: "The community's certificates, issued and revoked (?status=)" })
  @ApiOkResponse({ type: CertificatePage })
  ofCommunity(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: CertificateListQuery,
  ): Promise<CertificatePage> {
    return this.certificates.ofCommunity(user, id, q);
  }

  @Get('certificates/:id.pdf')
  @ApiOperation({ summary: 'The certificate as an A4 PDF in Chinese (holder, staff)' })
  @ApiFileResponse('The PDF', ['application/pdf'])
  async pdf(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.certificates.pdf(user, id);
    await download(reply, 'application/pdf', file.fileName, file.body);
  }

  @Get('certificates/:id/credential')
  @ApiOperation({
    summary:
      'The signed credential (W3C VC 2.0 / Open Badges 3.0 as a VC-JWT, Ed25519): verify it offline with the JWKS at /.well-known/jwks.json',
  })
  @ApiFileResponse('The VC-JWT', ['application/vc+jwt'])
  async credential(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.certificates.credential(user, id);
    await download(reply, 'application/vc+jwt', file.fileName, file.body);
  }

  @Post('certificates/:id/revoke')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary: 'Revoke a certificate with a reason (staff); verification then says so',
  })
  @ApiOkResponse({ type: CertificateView })
  @ApiErrors('INVALID_STATE')
  revoke(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RevokeCertificateDto,
  ): Promise<CertificateView> {
    return this.certificates.revoke(user, id, dto.reason);
  }
}
