import { TableColumnOptions } from 'typeorm';

/** Dialect-neutral column builders for migrations (one migration set serves SQLite and MySQL). */
export const id = (name = 'id'): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: true,
});

export const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});

export const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});

export const int = (name: string, defaultValue?: number): TableColumnOptions => ({
  name,
  type: 'int',
  isNullable: false,
  ...(defaultValue === undefined ? {} : { default: defaultValue }),
});

export const bool = (name: string, defaultValue = false): TableColumnOptions => ({
  name,
  type: 'boolean',
  isNullable: false,
  default: defaultValue,
});

export const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

export const timestamps = (): TableColumnOptions[] => [time('created_at'), time('updated_at')];
