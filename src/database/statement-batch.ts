import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from 'src/database/db-errors';
import { onGaleraNode } from 'src/database/mysql-sessions';

/** One write of a batch, with what its result must be. */
export interface BatchedStatement {
  sql: string;
  params: unknown[];
  /** Rows it must change; otherwise `fail` says why (the transaction then rolls back). */
  affected?: { rows: number; fail: () => Error | Promise<Error> };
  /** The unique index whose violation `duplicate` turns into a domain error. */
  unique?: { index: string; duplicate: () => Error };
}

/** Anything TypeORM can print as SQL and parameters without running it. */
export interface Printable {
  getQueryAndParameters(): [string, unknown[]];
}

interface Header {
  affectedRows?: number;
}

const SEPARATOR = ';\n';

/**
 * The writes at the end of a transaction that no later statement of it needs to read: sent
 * together, on MySQL/MariaDB as one round trip (the pool allows several statements per query),
 * on SQLite one after the other in process (no round trips there), and one after the other on
 * a Galera node too (see onGaleraNode). Each statement's effect is
 * checked afterwards — a conditional update that changed nothing, a unique key already taken —
 * and turned into its domain error, which rolls the whole transaction back: a statement after
 * a failed one has run, but nothing of it is committed.
 *
 * Only parameterised SQL goes in (`?` placeholders, or TypeORM's query builders printed): the
 * pool's several-statements mode must never meet SQL built from input.
 */
export class StatementBatch {
  private readonly statements: BatchedStatement[] = [];

  /** Runs `build` on the given batch, or on a new one sent when `build` is done. */
  static async within<T>(
    m: EntityManager,
    given: StatementBatch | undefined,
    build: (batch: StatementBatch) => T | Promise<T>,
  ): Promise<T> {
    const batch = given ?? new StatementBatch();
    const out = await build(batch);
    if (!given) await batch.send(m);
    return out;
  }

  get size(): number {
    return this.statements.length;
  }

  add(statement: BatchedStatement): this {
    if (statement.sql.includes(';')) throw new Error('One statement per entry, without ";"');
    this.statements.push(statement);
    return this;
  }

  /** A query builder's statement (an insert, an update), printed now, run at `send`. */
  addQuery(query: Printable, checks: Omit<BatchedStatement, 'sql' | 'params'> = {}): this {
    const [sql, params] = query.getQueryAndParameters();
    return this.add({ sql, params, ...checks });
  }

  /** Sends every statement and checks each; the batch is empty afterwards. */
  async send(m: EntityManager): Promise<void> {
    const statements = this.statements.splice(0);
    if (!statements.length) return;
    // Outside a transaction (a single write), on a connection of its own, released after.
    const own = m.queryRunner ? null : m.connection.createQueryRunner();
    const runner = m.queryRunner ?? own!;
    const headers: Header[] = [];
    try {
      if (m.connection.options.type === 'mysql' && !onGaleraNode() && statements.length > 1) {
        const result = (await runner.query(
          statements.map((s) => s.sql).join(SEPARATOR),
          statements.flatMap((s) => s.params),
          true,
        )) as { raw: Header[] };
        headers.push(...result.raw);
      } else {
        for (const s of statements) {
          try {
            const result = (await runner.query(s.sql, s.params, true)) as { affected?: number };
            headers.push({ affectedRows: result.affected ?? 0 });
          } catch (err) {
            if (s.unique && isUniqueViolation(err)) throw s.unique.duplicate();
            throw err;
          }
        }
      }
    } catch (err) {
      // Several statements at once: MySQL names the index whose key was taken.
      if (isUniqueViolation(err)) {
        const text = err instanceof Error ? err.message : String(err);
        const hit = statements.find((s) => s.unique && text.includes(s.unique.index));
        if (hit?.unique) throw hit.unique.duplicate();
      }
      throw err;
    } finally {
      await own?.release();
    }
    for (const [i, s] of statements.entries()) {
      if (s.affected && (headers[i]?.affectedRows ?? 0) !== s.affected.rows)
        throw await s.affected.fail();
    }
  }
}
