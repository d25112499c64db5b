import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { IsIntIn } from 'src/common/validation/validators';
import { ValidationFailedError } from 'src/common/errors/app-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=`: keyset pagination by id (UUID v7, so newest first is id descending). */
export class PageQuery {
  @IsIntIn(1, MAX_PAGE_SIZE, {
    optional: true,
    description: `Page size (default ${DEFAULT_PAGE_SIZE})`,
  })
  limit?: number;

  @ApiPropertyOptional({
    description: 'The nextCursor of the previous page',
    pattern: '^[A-Za-z0-9_-]{1,200}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor is not a valid cursor' })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export class PageMeta {
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page' })
  nextCursor: string | null;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(key)) {
    throw ValidationFailedError.field('cursor', 'cursor is not a valid cursor');
  }
  return key;
}

/**
 * Builds a page from `limit + 1` rows fetched in order: the extra row only says whether a next
 * page exists.
 */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
): Page<T> {
  const hasMore = rows.length > limit;
  const slice = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: slice.map(map),
    nextCursor: hasMore ? encodeCursor(slice[slice.length - 1].id) : null,
  };
}

export const pageSize = (q: PageQuery): number => q.limit ?? DEFAULT_PAGE_SIZE;
