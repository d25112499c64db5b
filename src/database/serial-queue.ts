/**
 * Runs async tasks one at a time, in arrival order. SQLite through TypeORM has a single
 * connection, so two transactions must never interleave on it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
