import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { LoginDto } from 'src/auth/dto/auth.dto';
import { UnauthenticatedError, ValidationFailedError } from 'src/common/errors/app-error';
import { flattenValidationErrors } from 'src/common/validation/validation.pipe';

/**
 * Runs the local strategy, but validates the body first: guards run before pipes, and a missing
 * field should be a 400 with details rather than passport's bare 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body;
    // A body that is not an object (an array, a string) is refused field by field, as the
    // validation pipe refuses it elsewhere.
    const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
    const dto = plainToInstance(LoginDto, fields);
    const errors = await validate(dto as object, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new ValidationFailedError(flattenValidationErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T | false): T {
    if (err) throw err instanceof Error ? err : new UnauthenticatedError();
    if (!user) throw new UnauthenticatedError('Wrong phone number or password');
    return user;
  }
}
