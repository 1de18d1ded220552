/**
 * Runs tasks with the same key one after another. Two saves of one plan at once (an
 * autosave meeting a manual save) would otherwise race: the first one's read-back would
 * see the second one's bytes and report a false failure, and backups would interleave.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
