import type { ComplexAttributeConverter, ReactiveController } from 'lit';
import type { HashCatchUp, HashController, HashHost, HashViewPort } from './hash-controller.js';

/** The `hash` attribute: absent → false, bare (`hash`) → true, `hash="plan"` → "plan". */
export const hashConverter: ComplexAttributeConverter<string | boolean> = {
  fromAttribute: (value) => (value === null ? false : value.trim() === '' ? true : value),
  toAttribute: (value) => (value === false ? null : value === true ? '' : value),
};

/**
 * Loads a map's URL keeper (hash-controller.ts with view-hash.ts and its words, a lazy chunk: most pages never
 * need it) the first time the map needs it: it has `hash`, the URL has a fragment when its maplibre map is made
 * (`forMap`), or the URL changes later (`hashchange`, `popstate`). Until the controller is there, this notes
 * what it would have acted on — the map was ready, it moved or a feature was chosen while it had `hash`, the URL
 * changed — and the controller catches up on that once loaded, so a map behaves as if it had been there all along.
 */
export class HashLoader implements ReactiveController {
  private loading?: Promise<HashController | undefined>;
  /** The controller, once loaded: it listens itself from then on. */
  private controller?: HashController;
  private readonly missed: HashCatchUp & { events: Set<string> } = { events: new Set() };
  /** Stops the listeners of the connected element. */
  private listening?: AbortController;

  constructor(
    private readonly host: HashHost,
    private readonly view: HashViewPort,
  ) {
    host.addController(this);
  }

  /** The map shows its first view with its layers' data (without WebGL, where no `kn-ready` comes): see `HashController.viewReady`. */
  viewReady(): void {
    if (this.controller) this.controller.viewReady();
    else this.missed.ready = true;
  }

  hostConnected(): void {
    if (this.controller) return;
    const { signal } = (this.listening = new AbortController());
    window.addEventListener('hashchange', this.onUrl, { signal });
    window.addEventListener('popstate', this.onUrl, { signal });
    this.host.addEventListener('kn-ready', this.onReady, { signal });
    this.host.addEventListener('kn-move-end', this.onMove, { signal });
    const unsubscribe = this.host.registry.subscribe((topics) => {
      if (!topics.has('selection') || this.host.hash === false) return;
      this.missed.write = this.missed.write === 'push' || this.host.registry.selection ? 'push' : 'replace';
    });
    signal.addEventListener('abort', unsubscribe);
  }

  hostDisconnected(): void {
    this.listening?.abort();
  }

  hostUpdate(): void {
    if (this.host.hash !== false) void this.load();
  }

  /**
   * The controller, when the map being made needs it (it has `hash`, or the URL has a fragment): call it as the map
   * starts (the chunk loads alongside maplibre) and await it again just before the map is made.
   */
  forMap(): Promise<HashController | undefined> {
    return this.loading ?? (this.host.hash !== false || location.hash ? this.load() : Promise.resolve(undefined));
  }

  private load(): Promise<HashController | undefined> {
    this.loading ??= import('./hash-controller.js').then(
      ({ HashController }) => {
        this.hostDisconnected(); // the controller listens itself from now on
        const controller = (this.controller = new HashController(this.host, this.view));
        controller.catchUp(this.missed);
        this.host.requestUpdate(); // the controller checks the attribute's key when the map updates
        return controller;
      },
      () => {
        this.loading = undefined; // offline, or a new release on the server: tried again when needed next
        return undefined;
      },
    );
    return this.loading;
  }

  private readonly onUrl = (event: Event): void => {
    this.missed.events.add(event.type);
    void this.load();
  };

  private readonly onReady = (event: Event): void => {
    if (event.target === this.host) this.missed.ready = true;
  };

  private readonly onMove = (event: Event): void => {
    if (event.target === this.host && this.host.hash !== false) this.missed.write ??= 'replace';
  };
}
