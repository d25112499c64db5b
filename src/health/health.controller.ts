import { Controller, Get, Header } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from 'src/common/decorators/public.decorator';

class LivenessView {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

class IndicatorView {
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiPropertyOptional() message?: string;
}

const BY_NAME = {
  type: 'object' as const,
  additionalProperties: { $ref: getSchemaPath(IndicatorView) },
};

@ApiExtraModels(IndicatorView)
class ReadinessView {
  @ApiProperty({ enum: ['ok'] }) status: string;
  @ApiProperty({ ...BY_NAME, description: 'Indicators that are up, by name (database)' })
  info: Record<string, IndicatorView>;
  @ApiProperty({ ...BY_NAME, description: 'Indicators that are down' })
  error: Record<string, IndicatorView>;
  @ApiProperty({ ...BY_NAME, description: 'Every indicator' })
  details: Record<string, IndicatorView>;
}

@ApiTags('health')
@Controller('health')
@Public()
@SkipThrottle()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessView })
  live(): LivenessView {
    return { status: 'ok' };
  }

  @Get('ready')
  @Header('Cache-Control', 'no-cache, no-store, must-revalidate')
  @ApiOperation({
    summary: 'Readiness: the database answers a ping (503 SERVICE_UNAVAILABLE when it does not)',
  })
  @ApiOkResponse({ type: ReadinessView })
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
  }
}
