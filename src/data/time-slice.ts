/**
 * Cooperative time slicing for long loops over features: the loop asks `due()` after each feature and, when
 * it says so, awaits `yield()`, so no single task keeps the main thread longer than about `budgetMs`.
 * Slicing by time rather than by a fixed count (say 2,000 features) keeps slow devices responsive and fast
 * ones from yielding needlessly; one huge feature still runs in one piece.
 * `scheduler.yield()` lets input and rendering in, and its continuation runs ahead of queued timers, so a
 * load is not stretched by other work; without it a `setTimeout(0)` task is used.
 */

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Gives the browser a chance to render and handle input: `scheduler.yield()` where present, else a task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work between two yields; well under the 50 ms of a "long task". */
export const SLICE_BUDGET_MS = 12;

export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

  /** True when the current slice has used its budget. Cheap enough to ask once per feature. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  async yield(): Promise<void> {
    await yieldToMain();
    this.sliceStart = performance.now();
  }
}

/**
 * Maps the progress of the stages of one load (parse, validate, reproject) onto a single 0…1 scale and
 * passes it to the caller's callback, never going backwards. The stage count is fixed up front.
 */
export class Progress {
  private stage = 0;
  private last = -1;

  constructor(
    private readonly stages: number,
    private readonly callback?: (fraction: number) => void,
  ) {}

  /** Progress within the current stage, 0…1. */
  report(fraction: number): void {
    const overall = Math.min(1, (this.stage + Math.min(1, Math.max(0, fraction))) / this.stages);
    if (overall <= this.last) return;
    this.last = overall;
    this.callback?.(overall);
  }

  nextStage(): void {
    this.report(1);
    this.stage = Math.min(this.stages, this.stage + 1);
  }

  done(): void {
    this.stage = this.stages;
    this.report(1);
  }
}
