import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, ERROR_STATUS, ErrorCode, FieldError } from 'src/common/errors/app-error';
import { codeForStatus } from 'src/common/errors/http-error-codes';
import { isTransientDatabaseError, isUniqueViolation } from 'src/database/db-errors';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  requestId: string;
  details?: FieldError[];
}

/** How long a client waits before sending a request again that was answered 503. */
export const RETRY_AFTER_SECONDS = 2;

/** Turns any error into DESIGN §5's error shape; unknown errors are logged and answered 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const body = this.toBody(exception, String(request.id));
    if (body.statusCode >= 500 && body.code === 'INTERNAL') {
      this.logger.error(
        { err: exception, requestId: request.id, method: request.method, url: request.url },
        'Unhandled error',
      );
    }
    void reply.status(body.statusCode).header('x-request-id', request.id);
    // Nothing took effect: the same request may be sent again after a moment.
    if (body.statusCode === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    void reply.send(body);
  }

  toBody(exception: unknown, requestId: string): ErrorBody {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.statusCode,
        code: exception.code,
        message: exception.message,
        requestId,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string' ? response : (this.messageOf(response) ?? exception.message);
      return this.framework(status, message, requestId);
    }
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return { statusCode: 409, code: 'CONFLICT', message: 'The record already exists', requestId };
    }
    if (isTransientDatabaseError(exception)) {
      return {
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'The database is busy or unavailable, try again shortly',
        requestId,
      };
    }
    const status = this.fastifyClientStatus(exception);
    if (status) {
      const message = exception instanceof Error ? exception.message : 'Bad request';
      return this.framework(status, message, requestId);
    }
    return { statusCode: 500, code: 'INTERNAL', message: 'Internal server error', requestId };
  }

  /** An error the framework raised with a bare status: its code, and that code's status. */
  private framework(status: number, message: string, requestId: string): ErrorBody {
    const code = codeForStatus(status);
    return { statusCode: ERROR_STATUS[code], code, message, requestId };
  }

  private messageOf(response: object): string | undefined {
    const m = (response as { message?: unknown }).message;
    if (typeof m === 'string') return m;
    if (Array.isArray(m)) return m.map(String).join('; ');
    return undefined;
  }

  /** Fastify's own client errors (bad JSON, wrong content type, body too large) carry a 4xx. */
  private fastifyClientStatus(exception: unknown): number | undefined {
    if (typeof exception !== 'object' || exception === null) return undefined;
    const { statusCode, code } = exception as { statusCode?: unknown; code?: unknown };
    if (typeof code !== 'string' || !code.startsWith('FST_')) return undefined;
    return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500
      ? statusCode
      : undefined;
  }
}
