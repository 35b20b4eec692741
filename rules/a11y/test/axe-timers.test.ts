import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { immediateZeroTimers } from '../src/axe/runner.js';

function makeWindow() {
  const window = new JSDOM('', { runScripts: 'outside-only' }).window as unknown as Window;
  immediateZeroTimers(window);
  return window;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Resolves after `n` turns of Node's event loop, counted by immediates (each queued from the last): no timer
 * of its own, so a busy machine cannot let it fire before the immediates it waits for.
 */
const turns = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const next = (left: number): void => void setImmediate(() => (left <= 1 ? resolve() : next(left - 1)));
    next(n);
  });

describe('zero-delay timers in the axe window', () => {
  // No assertion here depends on how long anything takes (the machines are shared and busy): a zero delay
  // is shown to be an immediate by its place among Node's own immediates, queued in the same turn.
  it('run a zero delay as an immediate: after the current task, in order among Node’s immediates', async () => {
    const window = makeWindow();
    const order: string[] = [];
    window.setTimeout(() => order.push('1 ms'), 1);
    setImmediate(() => order.push('node immediate, before'));
    window.setTimeout(() => order.push('first 0'), 0);
    window.setTimeout((label: string) => order.push(label), undefined, 'no delay, with an argument');
    window.setTimeout(() => order.push('second 0'), 0);
    setImmediate(() => order.push('node immediate, after'));
    void Promise.resolve().then(() => order.push('promise'));
    order.push('sync');
    await turns(2);
    // A jsdom timer (Node's setTimeout, clamped to 1 ms) would come after both immediates.
    expect(order.filter((label) => label !== '1 ms')).toEqual([
      'sync',
      'promise',
      'node immediate, before',
      'first 0',
      'no delay, with an argument',
      'second 0',
      'node immediate, after',
    ]);
    // A real delay still runs, through jsdom's timers.
    await tick(20);
    expect(order).toContain('1 ms');
  });

  it('chain: a zero delay set by a zero delay runs at the next turn’s immediates', async () => {
    const window = makeWindow();
    const order: string[] = [];
    window.setTimeout(() => {
      order.push('outer');
      window.setTimeout(() => order.push('inner'), 0);
      setImmediate(() => order.push('node immediate, after inner'));
    }, 0);
    await turns(3);
    expect(order).toEqual(['outer', 'inner', 'node immediate, after inner']);
  });

  it('are cancelled by clearTimeout, as jsdom’s own timers still are', async () => {
    const window = makeWindow();
    const ran: string[] = [];
    const zero = window.setTimeout(() => ran.push('zero'), 0);
    const later = window.setTimeout(() => ran.push('later'), 5);
    window.setTimeout(() => ran.push('kept'), 0);
    window.clearTimeout(zero);
    window.clearTimeout(later);
    window.clearTimeout(undefined);
    await tick(30);
    expect(ran).toEqual(['kept']);
  });

  it('swallow an exception of the callback, as jsdom does with a silent console', async () => {
    const window = makeWindow();
    const ran: string[] = [];
    window.setTimeout(() => {
      throw new Error('from axe');
    }, 0);
    window.setTimeout(() => ran.push('next'), 0);
    await tick(20);
    expect(ran).toEqual(['next']);
  });
});
