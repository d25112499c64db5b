import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from 'src/common/errors/app-error';

/** Flattens class-validator's tree into `[{field: 'a.b[0].c', messages}]`. */
export function flattenValidationErrors(
  errors: ValidationError[],
  prefix = '',
  inArray = false,
): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = !prefix
      ? e.property
      : inArray
        ? `${prefix}[${e.property}]`
        : `${prefix}.${e.property}`;
    if (e.constraints) out.push({ field, messages: Object.values(e.constraints) });
    if (e.children?.length) {
      out.push(...flattenValidationErrors(e.children, field, Array.isArray(e.value)));
    }
  }
  return out;
}

/** The global pipe: whitelist, reject unknown fields, transform into DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const summary = details.map((d) => d.messages[0]).join('; ');
      return new ValidationFailedError(details, summary || 'Request validation failed');
    },
  });
}
