/**
 * An async mutex per database file, shared by every SQLite store of this process. better-sqlite3
 * waits for a locked file by sleeping synchronously (busy_timeout), which would freeze the event
 * loop while another store of the same process holds the lock across an await — a deadlock.
 * Serialising in-process users here leaves busy_timeout for other processes only.
 */
export class FileLock {
  #held = false;
  #waiting: (() => void)[] = [];

  async lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

const locks = new Map<string, FileLock>();

/** The lock for an absolute file path. */
export function fileLockFor(path: string): FileLock {
  let lock = locks.get(path);
  if (!lock) {
    lock = new FileLock();
    locks.set(path, lock);
  }
  return lock;
}
