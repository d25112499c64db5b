import { Foundation1763800000000 } from 'src/database/migrations/1763800000000-foundation';
import { PointsLedger1763900000000 } from 'src/database/migrations/1763900000000-points-ledger';
import { Wishes1764000000000 } from 'src/database/migrations/1764000000000-wishes';
import { Store1764100000000 } from 'src/database/migrations/1764100000000-store';
import { ServiceHours1764200000000 } from 'src/database/migrations/1764200000000-service-hours';
import { Reports1764300000000 } from 'src/database/migrations/1764300000000-reports';
import { Integrity1764400000000 } from 'src/database/migrations/1764400000000-integrity';
import { Outbox1764500000000 } from 'src/database/migrations/1764500000000-outbox';
import { Notifications1764600000000 } from 'src/database/migrations/1764600000000-notifications';
import { LeanOutbox1764700000000 } from 'src/database/migrations/1764700000000-lean-outbox';
import { FiguresByDay1764800000000 } from 'src/database/migrations/1764800000000-figures-by-day';
import { PhoneProof1764900000000 } from 'src/database/migrations/1764900000000-phone-proof';
import { NoHotRows1765000000000 } from 'src/database/migrations/1765000000000-no-hot-rows';
import { OpenLots1765100000000 } from 'src/database/migrations/1765100000000-open-lots';
import { MyServiceRecords1765200000000 } from 'src/database/migrations/1765200000000-my-service-records';
import { ServiceRecord1765300000000 } from 'src/database/migrations/1765300000000-service-record';
import { Consents1765600000000 } from 'src/database/migrations/1765600000000-consents';
import { Retention1765500000000 } from 'src/database/migrations/1765500000000-retention';
import { RecordCorrections1765400000000 } from 'src/database/migrations/1765400000000-record-corrections';

/** Every migration, in order. Listed explicitly so ts-jest, ts-node and the build all find them. */
export const MIGRATIONS = [
  Foundation1763800000000,
  PointsLedger1763900000000,
  Wishes1764000000000,
  Store1764100000000,
  ServiceHours1764200000000,
  Reports1764300000000,
  Integrity1764400000000,
  Outbox1764500000000,
  Notifications1764600000000,
  LeanOutbox1764700000000,
  FiguresByDay1764800000000,
  PhoneProof1764900000000,
  NoHotRows1765000000000,
  OpenLots1765100000000,
  MyServiceRecords1765200000000,
  ServiceRecord1765300000000,
  RecordCorrections1765400000000,
  Retention1765500000000,
  Consents1765600000000,
];
