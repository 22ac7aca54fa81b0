import { getConfig } from '../config.js';

/** A map that holds, or wants, a WebGL context. */
export interface BudgetClient {
  /** 0 when on screen, else how far (px) it is from the viewport. */
  distanceToViewport(): number;
  /** Give the context up now, leaving a still image. Must call `release`. */
  suspend(): void;
  /** A context became free after this client was refused one. */
  retry(): void;
}

/**
 * Browsers keep about 16 WebGL contexts per page and silently kill the oldest beyond that. The budget
 * keeps at most `maxLiveMaps` maps alive: a new map takes the context of the live map farthest out of view;
 * if every live map is on screen, the new one waits until one leaves.
 */
class WebGLBudget {
  private readonly live = new Set<BudgetClient>();
  private readonly waiting = new Set<BudgetClient>();

  get liveCount(): number {
    return this.live.size;
  }

  acquire(client: BudgetClient): boolean {
    if (this.live.has(client)) return true;
    if (this.live.size >= getConfig().maxLiveMaps) this.farthestOffscreen()?.suspend();
    if (this.live.size < getConfig().maxLiveMaps) {
      this.waiting.delete(client);
      this.live.add(client);
      return true;
    }
    this.waiting.add(client);
    return false;
  }

  release(client: BudgetClient): void {
    this.waiting.delete(client);
    if (!this.live.delete(client)) return;
    const next = [...this.waiting].find((candidate) => candidate.distanceToViewport() === 0);
    if (next) queueMicrotask(() => next.retry());
  }

  private farthestOffscreen(): BudgetClient | undefined {
    let farthest: BudgetClient | undefined;
    let farthestDistance = 0;
    for (const client of this.live) {
      const distance = client.distanceToViewport();
      if (distance > farthestDistance) [farthest, farthestDistance] = [client, distance];
    }
    return farthest;
  }
}

export const webglBudget = new WebGLBudget();
