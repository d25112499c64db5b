// This file is the one place that may use Nest's own mutating-method decorators.
/* eslint-disable no-restricted-imports */
import {
  applyDecorators,
  Delete as NestDelete,
  Patch as NestPatch,
  Post as NestPost,
  Put as NestPut,
  UseInterceptors,
} from '@nestjs/common';
/* eslint-enable no-restricted-imports */
import { IdempotencyInterceptor } from 'src/common/idempotency/idempotency.interceptor';

type Path = string | string[];

const idempotent = (route: MethodDecorator) =>
  applyDecorators(route, UseInterceptors(IdempotencyInterceptor));

/*
 * Nest's decorators for the mutating methods, each with the Idempotency-Key interceptor. Only
 * these routes carry an interceptor: a global one put an rxjs pipeline on every GET as well,
 * a fifth of a balance read. ESLint keeps Nest's own versions out of src/.
 */
export const Post = (path?: Path) => idempotent(NestPost(path));
export const Put = (path?: Path) => idempotent(NestPut(path));
export const Patch = (path?: Path) => idempotent(NestPatch(path));
export const Delete = (path?: Path) => idempotent(NestDelete(path));
