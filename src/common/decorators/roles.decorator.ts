import { SetMetadata } from '@nestjs/common';
import type { Role } from 'src/users/roles';

export const ROLES_KEY = 'roles';

/** Only callers holding one of these roles may use the route (the platform admin always may). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
