import pino from 'pino';
import { Writable } from 'node:stream';
import { PinoNestLogger } from 'src/common/logging/pino-nest-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: new PinoNestLogger(pino({ level: 'info' }, stream)) };
}

describe('PinoNestLogger', () => {
  it('writes Nest-style calls as pino lines with their context', () => {
    const { lines, logger } = capture();
    logger.log('Listening', 'Main');
    logger.warn({ attempt: 2 }, 'Retrying', 'Transactions');
    logger.error('Boom', 'Error: Boom\n    at x', 'Errors');
    logger.error(new Error('bad'), 'Errors');
    logger.debug('hidden', 'Main');
    expect(lines).toMatchObject([
      { level: 30, msg: 'Listening', context: 'Main' },
      { level: 40, msg: 'Retrying', context: 'Transactions', attempt: 2 },
      { level: 50, msg: 'Boom', context: 'Errors', stack: 'Error: Boom\n    at x' },
      { level: 50, msg: 'bad', context: 'Errors', err: { message: 'bad' } },
    ]);
    expect(lines).toHaveLength(4);
  });
});
