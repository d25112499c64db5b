import { Body, Controller, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Post } from 'src/common/decorators/mutations';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import {
  PhoneCodeDto,
  PhoneCodeSentView,
  PhoneProofView,
} from 'src/phone-proof/dto/phone-proof.dto';
import { PhoneProofService } from 'src/phone-proof/phone-proof.service';

const MEMBERS = ['resident', 'volunteer', 'grid_worker', 'store_staff', 'community_admin'] as const;

@ApiTags('auth')
@Controller()
export class PhoneProofController {
  constructor(private readonly proofs: PhoneProofService) {}

  @Post('me/phone-verification')
  @HttpCode(200)
  @Roles(...MEMBERS)
  @ApiErrors('INVALID_STATE', 'RATE_LIMITED')
  @ApiOperation({
    summary:
      'Send a 6-digit code to your phone by SMS (valid 10 minutes; 3 per 15 minutes). 409 when no SMS gateway is set up: staff confirm the phone instead',
  })
  @ApiOkResponse({ type: PhoneCodeSentView })
  send(@CurrentUser() user: AuthUser): Promise<PhoneCodeSentView> {
    return this.proofs.sendCode(user);
  }

  @Post('me/phone-verification/confirm')
  @HttpCode(200)
  @Roles(...MEMBERS)
  @ApiErrors('INVALID_STATE', 'RATE_LIMITED')
  @ApiOperation({
    summary:
      'Prove your phone with the code: wishes given with it by QR code or a grid worker become yours in the app',
  })
  @ApiOkResponse({ type: PhoneProofView })
  confirm(@CurrentUser() user: AuthUser, @Body() dto: PhoneCodeDto): Promise<PhoneProofView> {
    return this.proofs.confirmCode(user, dto.code);
  }

  @Post('members/:id/phone-confirmation')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiErrors('INVALID_STATE')
  @ApiOperation({
    summary:
      "Confirm a member's phone after checking it in person (audit-logged): their QR and proxy wishes become theirs",
  })
  @ApiOkResponse({ type: PhoneProofView })
  confirmByStaff(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<PhoneProofView> {
    return this.proofs.confirmByStaff(user, id);
  }
}
