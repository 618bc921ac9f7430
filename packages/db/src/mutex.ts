/** A FIFO async mutex: waiters are served in arrival order. */
export class Mutex {
  #locked = false;
  #waiters: (() => void)[] = [];

  get locked(): boolean {
    return this.#locked;
  }

  /** Waits for the lock; call the returned function exactly once to release it. */
  async acquire(): Promise<() => void> {
    if (this.#locked) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#locked = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (next) next();
      else this.#locked = false;
    };
  }
}
