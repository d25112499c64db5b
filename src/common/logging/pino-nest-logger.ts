import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * The process's one pino logger. Fastify gets it as its logger (each request logs through a
 * child bound to the request id) and Nest's Logger writes through it as well. It starts at
 * `info` and takes LOG_LEVEL once the configuration is validated.
 */
export function createRootLogger(enabled = true): Logger {
  return pino({ level: enabled ? 'info' : 'silent' });
}

/**
 * Nest's LoggerService over pino. Nest calls `log(message, ...params, context)`; `message` may
 * be a string, an Error or an object of fields (then the next string is the message), and
 * `error(message, stack, context)` carries a stack.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const rest = [...params];
    const context =
      rest.length && typeof rest[rest.length - 1] === 'string' ? rest.pop() : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      this.root[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const text = typeof rest[0] === 'string' ? rest[0] : undefined;
      this.root[level]({ ...fields, ...(message as Record<string, unknown>) }, text);
    } else {
      const stack = level === 'error' && typeof rest[0] === 'string' ? rest[0] : undefined;
      this.root[level]({ ...fields, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
