import type { Clock } from '../spec/clock.ts';

type Timer = { id: number; dueAt: number; callback: () => void };

/** A clock that moves only when told; timers fire in due order, ties in the order they were set. */
export class VirtualClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  #nextId = 1;

  constructor(startAt = 0) {
    this.#now = startAt;
  }

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, callback: () => void): () => void {
    const timer = { id: this.#nextId++, dueAt: this.#now + Math.max(0, delayMs), callback };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((candidate) => candidate.id !== timer.id);
    };
  }

  /** When the next timer is due, or undefined when none is pending. */
  nextDueAt(): number | undefined {
    let earliest: number | undefined;
    for (const timer of this.#timers)
      if (earliest === undefined || timer.dueAt < earliest) earliest = timer.dueAt;
    return earliest;
  }

  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that comes due on the way (bounded, so a loop cannot run away). */
  advance(ms: number): void {
    this.advanceTo(this.#now + ms);
  }

  advanceTo(target: number): void {
    for (let fired = 0; fired < 100_000; fired++) {
      const next = this.#earliest();
      if (!next || next.dueAt > target) break;
      this.#timers = this.#timers.filter((timer) => timer.id !== next.id);
      this.#now = Math.max(this.#now, next.dueAt);
      next.callback();
    }
    this.#now = Math.max(this.#now, target);
  }

  #earliest(): Timer | undefined {
    let earliest: Timer | undefined;
    for (const timer of this.#timers) {
      if (
        !earliest ||
        timer.dueAt < earliest.dueAt ||
        (timer.dueAt === earliest.dueAt && timer.id < earliest.id)
      )
        earliest = timer;
    }
    return earliest;
  }
}
