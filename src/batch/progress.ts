/**
 * The progress line on a terminal: `1,234/3,000 [######----] 41% 412 files/s ETA 0:04`,
 * redrawn in place at most ten times a second. Messages printed meanwhile clear the line
 * first and redraw it after, so they are never mixed with it. Only used when stderr is a TTY.
 */
import type { Writable } from 'node:stream';
import { formatCount } from './summary.js';

export interface ProgressState {
  done: number;
  failed: number;
  /** Inputs in all, or null while they are still being counted (then `counted` so far). */
  total: number | null;
  counted: number;
}

const BAR = 20;

export class ProgressLine {
  readonly #stream: Writable & { columns?: number };
  readonly #now: () => number;
  readonly #start: number;
  #last = 0;
  #shown = false;
  #state: ProgressState = { done: 0, failed: 0, total: null, counted: 0 };

  constructor(stream: Writable & { columns?: number }, now: () => number) {
    this.#stream = stream;
    this.#now = now;
    this.#start = now();
  }

  update(state: ProgressState, force = false): void {
    this.#state = state;
    const now = this.#now();
    if (!force && now - this.#last < 100) return;
    this.#last = now;
    this.#draw();
  }

  /** Prints a message above the progress line. */
  log(text: string): void {
    this.clear();
    this.#stream.write(text);
    this.#draw();
  }

  clear(): void {
    if (this.#shown) this.#stream.write('\r\u001B[2K');
    this.#shown = false;
  }

  #draw(): void {
    const line = render(this.#state, this.#now() - this.#start);
    const width = Math.max((this.#stream.columns || 80) - 1, 20);
    this.#stream.write(`\r\u001B[2K${line.slice(0, width)}`);
    this.#shown = true;
  }
}

export function render(state: ProgressState, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds >= 0.5 ? state.done / seconds : 0;
  const rateText = rate > 0 ? `${formatCount(Math.round(rate))} files/s` : '';
  const failed = state.failed > 0 ? `, ${formatCount(state.failed)} failed` : '';
  if (state.total === null) {
    return `converting ${formatCount(state.done)}/${formatCount(state.counted)}+ ${rateText}${failed}`.trimEnd();
  }
  const total = Math.max(state.total, state.done);
  const share = total === 0 ? 1 : state.done / total;
  const filled = Math.round(share * BAR);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`;
  const eta = rate > 0 && seconds >= 1 ? ` ETA ${clock((total - state.done) / rate)}` : '';
  return `converting ${formatCount(state.done)}/${formatCount(total)} ${bar} ${Math.floor(share * 100)}% ${rateText}${eta}${failed}`;
}

function clock(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
