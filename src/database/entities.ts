import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import {
  DomainEvent,
  DomainEventLog,
  ScheduledFact,
} from 'src/events/entities/domain-event.entity';
import { RefreshToken } from 'src/auth/entities/refresh-token.entity';
import { Community } from 'src/communities/entities/community.entity';
import { Grid } from 'src/communities/entities/grid.entity';
import { IdempotencyKey } from 'src/common/idempotency/idempotency-key.entity';
import { JobRun } from 'src/common/jobs/job-run.entity';
import { LotAllocation } from 'src/points/entities/lot-allocation.entity';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { PointPairMonth } from 'src/points/entities/point-pair-month.entity';
import { PointBudgetMonth } from 'src/points/entities/point-budget-month.entity';
import { PointEntry } from 'src/points/entities/point-entry.entity';
import { PointLot } from 'src/points/entities/point-lot.entity';
import { PointRuleSet } from 'src/points/entities/point-rule-set.entity';
import { PointTransfer } from 'src/points/entities/point-transfer.entity';
import { Redemption } from 'src/store/entities/redemption.entity';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { StoreSlot } from 'src/store/entities/store-slot.entity';
import { Activity } from 'src/service-hours/entities/activity.entity';
import { ActivitySignup } from 'src/service-hours/entities/activity-signup.entity';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { PhoneCode } from 'src/phone-proof/entities/phone-code.entity';
import { ServiceDayTotal } from 'src/service-hours/entities/service-day-total.entity';
import { ServiceMinutes } from 'src/service-hours/entities/service-minutes.entity';
import { AttemptCounter } from 'src/common/attempts/attempt-counter.entity';
import { GridRatingSnapshot } from 'src/reports/entities/grid-rating-snapshot.entity';
import { RatingConfigRow } from 'src/reports/entities/rating-config.entity';
import { User } from 'src/users/entities/user.entity';
import { Wish } from 'src/wishes/entities/wish.entity';
import { WishClaim } from 'src/wishes/entities/wish-claim.entity';
import { WishEvent } from 'src/wishes/entities/wish-event.entity';
import { Delivery } from 'src/notifications/entities/delivery.entity';
import { Notification } from 'src/notifications/entities/notification.entity';
import { NotificationPreference } from 'src/notifications/entities/notification-preference.entity';
import { Webhook } from 'src/notifications/entities/webhook.entity';
import { WishFeedback } from 'src/wishes/entities/wish-feedback.entity';
import { VolunteerProfile } from 'src/users/entities/volunteer-profile.entity';

import { RecognitionSettingsRow } from 'src/recognition/entities/recognition-settings.entity';
import { VolunteerLevel } from 'src/recognition/entities/volunteer-level.entity';

import { Certificate } from 'src/certificates/entities/certificate.entity';
import { CredentialKey } from 'src/certificates/entities/credential-key.entity';
import { RecordCorrection } from 'src/service-hours/entities/record-correction.entity';
import { Consent } from 'src/privacy/entities/consent.entity';
/** Every entity the data source knows; each feature folder owns its own. */
export const ENTITIES = [
  Consent,
  RecordCorrection,
  Certificate,
  CredentialKey,
  RecognitionSettingsRow,
  VolunteerLevel,
  Community,
  DomainEvent,
  DomainEventLog,
  ScheduledFact,
  Notification,
  Delivery,
  Webhook,
  NotificationPreference,
  Grid,
  User,
  VolunteerProfile,
  RefreshToken,
  AuditEntry,
  IdempotencyKey,
  JobRun,
  PointAccount,
  PointTransfer,
  PointEntry,
  PointLot,
  LotAllocation,
  PointRuleSet,
  PointPairMonth,
  PointBudgetMonth,
  Wish,
  WishClaim,
  WishEvent,
  WishFeedback,
  StoreItem,
  StoreSlot,
  Redemption,
  Activity,
  ActivitySignup,
  Attendance,
  ServiceRecord,
  ServiceDayTotal,
  PhoneCode,
  ServiceMinutes,
  AttemptCounter,
  GridRatingSnapshot,
  RatingConfigRow,
];
