/**
 * The hand-written Task (src/internal/task.ts) that replaced @lit/task in the framework and profile loads
 * (issue 14, the bars' size): only the latest run's outcome counts, a newer run aborts the older, an abort
 * or a throw ends in ERROR, and the host is asked to update when a run starts and when it settles.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '../../src/internal/task.js';

class Host implements ReactiveControllerHost {
  updates = 0;
  addController(): void {}
  removeController(): void {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('Task (src/internal/task.ts)', () => {
  it('starts INITIAL, is PENDING while it runs, then COMPLETE with its value and onComplete called', async () => {
    const host = new Host();
    const d = deferred<string>();
    const completed: string[] = [];
    const task = new Task<[string], string>(host, {
      task: ([x]) => d.promise.then((v) => `${x}:${v}`),
      onComplete: (v) => completed.push(v),
    });
    expect(task.status).to.equal(TaskStatus.INITIAL);
    const run = task.run(['a']);
    expect(task.status).to.equal(TaskStatus.PENDING);
    expect(host.updates).to.equal(1);
    d.resolve('done');
    await run;
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.value).to.equal('a:done');
    expect(completed).to.deep.equal(['a:done']);
    expect(host.updates).to.equal(2);
  });

  it('a newer run aborts the pending one, whose outcome is ignored', async () => {
    const host = new Host();
    const signals: AbortSignal[] = [];
    const results = [deferred<string>(), deferred<string>()];
    const completed: string[] = [];
    const task = new Task<[number], string>(host, {
      task: ([i], { signal }) => {
        signals.push(signal);
        return results[i].promise;
      },
      onComplete: (v) => completed.push(v),
    });
    const first = task.run([0]);
    const second = task.run([1]);
    expect(signals[0].aborted).to.equal(true);
    expect(signals[1].aborted).to.equal(false);
    results[1].resolve('second');
    await second;
    results[0].resolve('first, too late');
    await first;
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.value).to.equal('second');
    expect(completed).to.deep.equal(['second']);
  });

  it('abort() aborts the pending run, which ends in ERROR; a task that throws ends in ERROR too', async () => {
    const host = new Host();
    const task = new Task<[], string>(host, {
      task: (_, { signal }) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const run = task.run([]);
    task.abort();
    await run;
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect(task.value).to.equal(undefined);

    const failing = new Task<[], string>(host, {
      task: () => Promise.reject(new Error('no')),
      onComplete: () => expect.fail('onComplete is for results only'),
    });
    await failing.run([]);
    expect(failing.status).to.equal(TaskStatus.ERROR);
  });

  it('abort() with nothing pending does nothing', async () => {
    const host = new Host();
    const task = new Task<[], number>(host, { task: () => Promise.resolve(1) });
    await task.run([]);
    task.abort();
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.value).to.equal(1);
  });
});
