import type { ReactiveControllerHost } from 'lit';

/**
 * A run's state, numbered as @lit/task's TaskStatus (which this file replaces: issue 14, the bars' size).
 * INITIAL: never run; PENDING: running (or aborted, until its task settles); COMPLETE: `value` is its
 * result; ERROR: its task threw or rejected (an abort does).
 */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskOptions<A extends readonly unknown[], R> {
  /** The work; `signal` aborts when a newer run starts or `abort()` is called. */
  task(args: A, options: { readonly signal: AbortSignal }): Promise<R>;
  /** Called with the result of the latest run, before `status` says COMPLETE. */
  onComplete?(value: R): void;
}

/**
 * The part of @lit/task's Task that the framework and profile loads use, run by hand (`run`) only: its
 * 0.6 kB gzip was more than these lines. Each run aborts the one still pending; only the latest run's
 * outcome counts; the host is asked to update when a run starts and when it settles.
 */
export class Task<A extends readonly unknown[], R> {
  readonly #host: ReactiveControllerHost;
  readonly #options: TaskOptions<A, R>;
  #status: TaskStatus = TaskStatus.INITIAL;
  #value: R | undefined;
  #runs = 0;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: TaskOptions<A, R>) {
    this.#host = host;
    this.#options = options;
  }

  get status(): TaskStatus {
    return this.#status;
  }

  /** The latest run's result (undefined after an error). */
  get value(): R | undefined {
    return this.#value;
  }

  async run(args: A): Promise<void> {
    if (this.#status === TaskStatus.PENDING) this.#abort?.abort();
    this.#status = TaskStatus.PENDING;
    this.#host.requestUpdate();
    const run = ++this.#runs;
    const abort = (this.#abort = new AbortController());
    let value: R | undefined;
    let ok = true;
    try {
      value = await this.#options.task(args, { signal: abort.signal });
    } catch {
      ok = false;
    }
    if (run !== this.#runs) return;
    if (ok) {
      try {
        this.#options.onComplete?.(value as R);
      } catch {
        // As @lit/task: a listener's bug does not leave the run pending.
      }
    }
    this.#status = ok ? TaskStatus.COMPLETE : TaskStatus.ERROR;
    this.#value = value;
    this.#host.requestUpdate();
  }

  /** Aborts the pending run (its task sees `signal` abort); nothing when none is pending. */
  abort(): void {
    if (this.#status === TaskStatus.PENDING) this.#abort?.abort();
  }
}
