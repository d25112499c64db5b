import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { CONTRACT } from 'src/common/decorators/api-errors.decorator';

/** Per-IP budget of RATE_LIMIT_PER_MINUTE for login, register and public routes. */
export const Throttled = () =>
  applyDecorators(UseGuards(ThrottlerGuard), ApiExtension(CONTRACT.throttled, true));
