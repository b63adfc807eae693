/** Time enters tinystep only through a Clock, so simulations and tests run on virtual time. */
export interface Clock {
  /** Milliseconds since the epoch (virtual clocks may start anywhere). */
  now(): number;
  /** Calls `callback` once after `delayMs`; returns a function that cancels it. */
  setTimer(delayMs: number, callback: () => void): () => void;
}
