import { ViewDataController } from '../../src/layers/view-data-controller.js';

/**
 * Drives by hand the pause after a move before the view's data is loaded again (300 ms): a reload put off
 * that way runs only at `elapse()`, so a test says when the pause is over instead of sleeping through it.
 * Used by the OGC API Features and FlatGeobuf tests; `restore()` puts the browser's timers back.
 */
export function reloadClock() {
  const original = ViewDataController.timer;
  const waiting = new Map<number, () => void>();
  const delays: number[] = [];
  let last = 0;
  ViewDataController.timer = {
    set: (callback, ms) => {
      delays.push(ms);
      waiting.set(++last, callback);
      return last;
    },
    clear: (handle) => waiting.delete(handle as number),
  };
  return {
    /** The pauses asked for, in ms. */
    delays,
    /** How many reloads wait for their pause to end. */
    get waiting() {
      return waiting.size;
    },
    /** The pause is over: what waited runs now. */
    elapse() {
      const due = [...waiting.values()];
      waiting.clear();
      for (const callback of due) callback();
    },
    restore: () => (ViewDataController.timer = original),
  };
}
