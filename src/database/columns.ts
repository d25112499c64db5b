import { BeforeInsert, BeforeUpdate, Column, ColumnOptions, PrimaryColumn } from 'typeorm';

/**
 * Shared column shapes, so every entity spells ids and times the same way on both engines.
 * Times are set by the app in UTC, never by a database default: a MySQL server's session time
 * zone must not change what we store.
 */
export const UUID_LENGTH = 36;

export const IdColumn = () => PrimaryColumn({ type: 'varchar', length: UUID_LENGTH });

export const RefColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length: UUID_LENGTH, ...options });

export const TimeColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'datetime', precision: 3, ...options });

/** createdAt / updatedAt, filled on save(); query-builder writes set them explicitly. */
export abstract class Timestamped {
  @TimeColumn()
  createdAt: Date;

  @TimeColumn()
  updatedAt: Date;

  @BeforeInsert()
  protected stampInsert(): void {
    const now = new Date();
    this.createdAt ??= now;
    this.updatedAt ??= now;
  }

  @BeforeUpdate()
  protected stampUpdate(): void {
    this.updatedAt = new Date();
  }
}

/** Only createdAt, for append-only rows. */
export abstract class CreatedStamped {
  @TimeColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampInsert(): void {
    this.createdAt ??= new Date();
  }
}
