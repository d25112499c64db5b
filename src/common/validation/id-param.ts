import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedError } from 'src/common/errors/app-error';

/** A path id that must be a UUID; anything else is 400 VALIDATION_FAILED naming the parameter. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => ValidationFailedError.field(name, `${name} must be an id (UUID)`),
    }),
  );
