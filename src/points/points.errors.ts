import { AppError, ConflictError } from 'src/common/errors/app-error';

export class InsufficientPointsError extends AppError {
  constructor(needed: number) {
    super(409, 'INSUFFICIENT_POINTS', `The balance does not cover ${needed} points`);
  }
}

/** The source already has a posting of this kind (DESIGN §4 invariant 3). */
export class AlreadyPostedError extends ConflictError {
  constructor(kind: string, sourceType: string, sourceId: string) {
    super(`${kind} for ${sourceType} ${sourceId} has already been posted`);
  }
}
