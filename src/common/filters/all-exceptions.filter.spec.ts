import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { ArgumentsHost } from '@nestjs/common';
import { AllExceptionsFilter, RETRY_AFTER_SECONDS } from 'src/common/filters/all-exceptions.filter';
import { AppError, InvalidStateError, ValidationFailedError } from 'src/common/errors/app-error';

describe('AllExceptionsFilter.toBody', () => {
  const filter = new AllExceptionsFilter();

  it('keeps a domain error’s status, code and details', () => {
    const body = filter.toBody(ValidationFailedError.field('phone', 'bad phone'), 'r1');
    expect(body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'bad phone',
      requestId: 'r1',
      details: [{ field: 'phone', messages: ['bad phone'] }],
    });
    expect(filter.toBody(new InvalidStateError('no'), 'r2')).toMatchObject({
      statusCode: 409,
      code: 'INVALID_STATE',
    });
    expect(filter.toBody(new AppError('INSUFFICIENT_POINTS', 'Not enough points'), 'r3').code).toBe(
      'INSUFFICIENT_POINTS',
    );
  });

  it('maps framework HTTP errors by status', () => {
    expect(filter.toBody(new NotFoundException('Cannot GET /x'), 'r')).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
    });
    expect(filter.toBody(new BadRequestException(), 'r').code).toBe('VALIDATION_FAILED');
  });

  it('turns a unique violation that escaped a service into 409 CONFLICT', () => {
    const err = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error('dup'), { code: 'ER_DUP_ENTRY', errno: 1062 }),
    );
    expect(filter.toBody(err, 'r')).toMatchObject({ statusCode: 409, code: 'CONFLICT' });
  });

  it('answers 503 when the database cannot be reached or its pool is closing', () => {
    expect(filter.toBody(new Error('Pool is closed.'), 'r')).toMatchObject({ statusCode: 503 });
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), {
      code: 'ECONNREFUSED',
    });
    expect(filter.toBody(err, 'r')).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('answers 503 when a Galera node cannot serve or a conflict outlasted the retries', () => {
    const driver = (errno: number, message: string) =>
      new QueryFailedError('SELECT …', [], Object.assign(new Error(message), { errno }));
    for (const err of [
      driver(1047, 'WSREP has not yet prepared node for application use'),
      driver(1213, 'Deadlock found when trying to get lock; try restarting transaction'),
      driver(1205, 'Lock wait timeout exceeded'),
      driver(2013, 'Lost connection to server during query'),
    ]) {
      expect(filter.toBody(err, 'r')).toMatchObject({
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
    }
    expect(filter.toBody(driver(1146, "Table 'x' doesn't exist"), 'r')).toMatchObject({
      statusCode: 500,
    });
  });

  it('tells a client answered 503 when to try again (Retry-After), and nobody else', () => {
    const sent = (err: unknown) => {
      const headers: Record<string, string> = {};
      const reply = {
        status: () => reply,
        header: (k: string, v: string) => ((headers[k] = v), reply),
        send: () => reply,
      };
      const host = {
        switchToHttp: () => ({
          getRequest: () => ({ id: 'r', method: 'GET', url: '/' }),
          getResponse: () => reply,
        }),
      } as unknown as ArgumentsHost;
      filter.catch(err, host);
      return headers;
    };
    const busy = new QueryFailedError(
      'UPDATE …',
      [],
      Object.assign(new Error('x'), { errno: 1213 }),
    );
    expect(sent(busy)['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(sent(new InvalidStateError('no'))['retry-after']).toBeUndefined();
  });

  it('hides unknown errors behind 500 INTERNAL, with no message or stack from the error', () => {
    const body = filter.toBody(new Error('SELECT * FROM secret_table failed'), 'r');
    expect(body).toEqual({
      statusCode: 500,
      code: 'INTERNAL',
      message: 'Internal server error',
      requestId: 'r',
    });
  });
});
