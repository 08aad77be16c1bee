/**
 * Results in walk order: workers answer in any order; each answer waits here until every
 * earlier one has been taken, so messages and NDJSON records come out the same on every run.
 */
import type { TaskResult } from '../workers/protocol.js';

export class InOrder<T> {
  readonly #pending = new Map<number, { item: T; result?: TaskResult }>();
  readonly #take: (item: T, result: TaskResult) => void;
  #given = 0;
  #taken = 0;

  /** `take` is called once per item, in the order the items were added. */
  constructor(take: (item: T, result: TaskResult) => void) {
    this.#take = take;
  }

  /** Adds an item; returns its sequence number (for the task and its result). */
  add(item: T): number {
    const seq = this.#given++;
    this.#pending.set(seq, { item });
    return seq;
  }

  item(seq: number): T | undefined {
    return this.#pending.get(seq)?.item;
  }

  /** Records a result and takes every result now next in order; false for an unknown one. */
  settle(result: TaskResult): boolean {
    const entry = this.#pending.get(result.seq);
    if (!entry) return false;
    entry.result = result;
    let head;
    while ((head = this.#pending.get(this.#taken)) && head.result) {
      this.#pending.delete(this.#taken);
      this.#taken++;
      this.#take(head.item, head.result);
    }
    return true;
  }

  /** Added and not yet taken. */
  get open(): number {
    return this.#given - this.#taken;
  }
}
