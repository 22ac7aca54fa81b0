/** A promise with its resolve function, and whether it has been resolved. */
export class Deferred {
  readonly promise: Promise<void>;
  settled = false;
  private resolveFn!: () => void;

  constructor() {
    this.promise = new Promise<void>((resolve) => (this.resolveFn = resolve));
  }

  resolve(): void {
    this.settled = true;
    this.resolveFn();
  }
}
