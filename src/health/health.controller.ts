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
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from 'src/common/decorators/public.decorator';
import { wsrepProblem } from 'src/health/cluster-node';

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
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    summary:
      'Readiness: the database answers a ping and, on a Galera cluster, this node is ready, synced and primary (503 SERVICE_UNAVAILABLE when not)',
  })
  @ApiOkResponse({ type: ReadinessView })
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.clusterNode(),
    ]);
  }

  /** Up outside a Galera cluster; inside one, up only on a ready, synced, primary node. */
  private async clusterNode() {
    const indicator = this.indicators.check('clusterNode');
    if (this.dataSource.options.type !== 'mysql') return indicator.up();
    try {
      const [on] = await this.dataSource.query<{ wsrep: number | string }[]>(
        'SELECT @@wsrep_on AS wsrep',
      );
      if (Number(on?.wsrep) !== 1) return indicator.up();
    } catch (err) {
      // MySQL has no such variable (1193): no cluster. Anything else: this node cannot answer.
      if ((err as { driverError?: { errno?: number } }).driverError?.errno === 1193)
        return indicator.up();
      return indicator.down({ message: err instanceof Error ? err.message : 'wsrep unreadable' });
    }
    try {
      const rows = await this.dataSource.query<{ Variable_name: string; Value: string }[]>(
        `SHOW GLOBAL STATUS WHERE Variable_name IN
           ('wsrep_ready', 'wsrep_cluster_status', 'wsrep_local_state', 'wsrep_local_state_comment')`,
      );
      const problem = wsrepProblem(Object.fromEntries(rows.map((r) => [r.Variable_name, r.Value])));
      return problem ? indicator.down({ message: problem }) : indicator.up();
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : 'status unreadable' });
    }
  }
}
