import { Body, Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { Put } from 'src/common/decorators/mutations';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import { RecognitionSettingsDto } from 'src/recognition/dto/recognition.dto';
import { RecognitionService } from 'src/recognition/recognition.service';

@ApiTags('service record')
@Controller('communities/:id/recognition')
export class RecognitionController {
  constructor(private readonly recognition: RecognitionService) {}

  @Get()
  @ApiOperation({
    summary: 'Star level hours, badges by lifetime points, and holidays of the recording deadline',
  })
  @ApiOkResponse({ type: RecognitionSettingsDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<RecognitionSettingsDto> {
    return this.recognition.settingsFor(user, id);
  }

  @Put()
  @Roles('community_admin')
  @ApiOperation({ summary: 'Set star level hours (rising), badges and holidays' })
  @ApiOkResponse({ type: RecognitionSettingsDto })
  set(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RecognitionSettingsDto,
  ): Promise<RecognitionSettingsDto> {
    return this.recognition.setSettings(user, id, dto);
  }
}
