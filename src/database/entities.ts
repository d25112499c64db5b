import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { RefreshToken } from 'src/auth/entities/refresh-token.entity';
import { Community } from 'src/communities/entities/community.entity';
import { Grid } from 'src/communities/entities/grid.entity';
import { User } from 'src/users/entities/user.entity';
import { VolunteerProfile } from 'src/users/entities/volunteer-profile.entity';

/** Every entity the data source knows; each feature folder owns its own. */
export const ENTITIES = [Community, Grid, User, VolunteerProfile, RefreshToken, AuditEntry];
