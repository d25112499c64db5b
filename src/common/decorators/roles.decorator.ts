import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { CONTRACT } from 'src/common/decorators/api-errors.decorator';
import type { Role } from 'src/users/roles';

export const ROLES_KEY = 'roles';

/** Only callers holding one of these roles may use the route (the platform admin always may). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(CONTRACT.roles, roles));
