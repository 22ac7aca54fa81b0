/** A promise with its resolve and reject functions, and whether it has settled. */
export class Deferred {
  readonly promise: Promise<void>;
  settled = false;
  private resolveFn!: () => void;
  private rejectFn!: (reason: unknown) => void;

  constructor() {
    this.promise = new Promise<void>((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
    // A rejection nobody awaits is no unhandled error of the page (the map has reported it as `kn-error`);
    // whoever awaits the promise still gets it.
    this.promise.catch(() => undefined);
  }

  resolve(): void {
    this.settled = true;
    this.resolveFn();
  }

  reject(reason: unknown): void {
    this.settled = true;
    this.rejectFn(reason);
  }
}
