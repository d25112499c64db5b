import type { Role } from 'src/users/roles';

/** The authenticated caller, built from the access token on every request. */
export interface AuthUser {
  id: string;
  /** Null only for the platform admin, who acts across communities. */
  communityId: string | null;
  gridId: string | null;
  roles: Role[];
  /** The request that carries this identity; written into audit entries. */
  requestId: string;
}

export const isPlatformAdmin = (user: AuthUser): boolean => user.roles.includes('platform_admin');
