import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, Observable, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import type { AuthUser } from 'src/common/auth-user';
import { AppError, ValidationFailedError } from 'src/common/errors/app-error';
import { AllExceptionsFilter, type ErrorBody } from 'src/common/filters/all-exceptions.filter';
import { IdempotencyService, requestHash } from 'src/common/idempotency/idempotency.service';

/** A stored 4xx answer, thrown again so the filter renders it with this request's id. */
function replayedError(body: unknown): AppError {
  const b = (body ?? {}) as Partial<ErrorBody>;
  return new AppError(b.code ?? 'CONFLICT', b.message ?? 'Replayed error', b.details);
}

const HEADER = 'idempotency-key';
const KEY = /^[A-Za-z0-9._:-]{1,128}$/;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Honours `Idempotency-Key` on every mutating route: the first response (success or 4xx) is
 * stored per caller and key and returned for every repeat; the same key with a different
 * request is 422 IDEMPOTENCY_KEY_REUSED.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly errors = new AllExceptionsFilter();

  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthUser }>();
    const key = request.headers[HEADER];
    if (!MUTATING.has(request.method) || key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key)) {
      return throwError(() =>
        ValidationFailedError.field(
          'Idempotency-Key',
          'Idempotency-Key must be 1–128 letters, digits or ._:-',
        ),
      );
    }
    const reply = http.getResponse<FastifyReply>();
    const scope = request.user ? request.user.id : `anon:${request.ip}`;
    const hash = requestHash(request.method, request.url, request.body);

    return from(this.idempotency.claim(scope, key, hash)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'replay') {
          void reply.header('idempotent-replay', 'true');
          return claim.status >= 400 ? throwError(() => replayedError(claim.body)) : of(claim.body);
        }
        return next.handle().pipe(
          mergeMap((body: unknown) =>
            from(this.idempotency.complete(claim.id, reply.statusCode, body)).pipe(
              mergeMap(() => of(body)),
            ),
          ),
          catchError((err: unknown) => {
            const status = err instanceof AppError ? err.statusCode : 500;
            const settle =
              status < 500
                ? this.idempotency.complete(
                    claim.id,
                    status,
                    this.errors.toBody(err, String(request.id)),
                  )
                : this.idempotency.release(claim.id);
            return from(settle).pipe(mergeMap(() => throwError(() => err)));
          }),
        );
      }),
    );
  }
}
