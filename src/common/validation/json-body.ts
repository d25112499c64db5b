import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationFailedError } from 'src/common/errors/app-error';

/** No request of this API nests deeper than a few levels; 32 leaves room and stops abuse. */
export const MAX_JSON_DEPTH = 32;
/**
 * Why a parsed body nests too deep to validate safely, or null. Iterative: the check must not
 * overflow the stack it protects. (Width needs no limit of its own: the 1 MB body limit bounds
 * it, and wide bodies validate without trouble.)
 */
export function jsonShapeProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_JSON_DEPTH) return `The body nests deeper than ${MAX_JSON_DEPTH} levels`;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return null;
}

/**
 * JSON bodies go through Fastify's own parser (which refuses `__proto__` and `constructor`
 * poisoning) and then a walk that refuses a body nested too deep with 400 VALIDATION_FAILED:
 * validating a body nested thousands deep overflowed the stack (a 500) before this.
 */
export function registerJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request: FastifyRequest, body: string | Buffer, done) => {
      void parse(request, String(body), (err, parsed) => {
        if (err) return done(err, undefined);
        const problem = jsonShapeProblem(parsed);
        if (!problem) return done(null, parsed);
        done(
          new ValidationFailedError([{ field: 'body', messages: [problem] }], problem),
          undefined,
        );
      });
    },
  );
}
