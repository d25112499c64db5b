import { AppError, ConflictError } from 'src/common/errors/app-error';

export class InsufficientPointsError extends AppError {
  constructor(needed: number) {
    super('INSUFFICIENT_POINTS', `The balance does not cover ${needed} points`);
  }
}

/** A posting would carry a balance or a total past what an account may hold. */
export class AccountLimitError extends AppError {
  constructor() {
    super('LIMIT_EXCEEDED', 'This posting would take an account past the largest total allowed');
  }
}

/** The source already has a posting of this kind (DESIGN §4 invariant 3). */
export class AlreadyPostedError extends ConflictError {
  constructor(kind: string, sourceType: string, sourceId: string) {
    super(`${kind} for ${sourceType} ${sourceId} has already been posted`);
  }
}
