import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { CONTRACT } from 'src/common/decorators/api-errors.decorator';

export const IS_PUBLIC = 'isPublic';

/** Marks a route that needs no access token (one sent anyway still identifies the caller). */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(CONTRACT.public, true));
