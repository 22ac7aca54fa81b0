import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KnDataLoadEvent } from '../events/kn-data-load-event.js';
import { KnErrorEvent } from '../events/kn-error-event.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/messages.js';
import type { AttributeProblem } from './validate-attributes.js';

export interface AttributeChecksOptions {
  /** The `<kn-map>` the host is in and its language; undefined while it is in none (nothing is said then). */
  map(): { element: HTMLElement; lang: Lang } | undefined;
  /** What is wrong with the host's attributes now, worded in `lang` where the problem carries words. */
  problems(lang: Lang): AttributeProblem[];
}

/**
 * Says what is wrong with a layer's attributes: after every update of the layer and after each load (checks
 * against the data's values need the data), once the layer is in a map. Each problem is said once, as a
 * `kn-error` (`invalid-attribute`) from the layer, which the map shows as a notice; a problem that went away
 * and comes back is said again, and so is every problem in another map (not in another language, as the map's
 * own notices). The words come from a lazy chunk.
 */
export class AttributeChecks implements ReactiveController {
  private said = new Set<string>();
  private saidIn?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AttributeChecksOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(KnDataLoadEvent.eventName, this.onLoad);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(KnDataLoadEvent.eventName, this.onLoad);
  }

  hostUpdated(): void {
    this.check();
  }

  /** Looks at the attributes now and says what is newly wrong. */
  check(): void {
    const map = this.options.map();
    if (!map) return;
    if (map.element !== this.saidIn) {
      this.said.clear();
      this.saidIn = map.element;
    }
    let problems: AttributeProblem[];
    try {
      problems = this.options.problems(map.lang);
    } catch (error) {
      console.error('[kn-map-elements] checking the attributes failed', error);
      return;
    }
    // Known by what is wrong, not by its words: a change of language does not say it again (the map's notice is
    // worded again instead, `retell`).
    const keys = problems.map(problemKey);
    const fresh = problems.filter((_, i) => !this.said.has(keys[i]));
    this.said = new Set(keys);
    if (fresh.length) void this.say(fresh, map.lang);
  }

  private async say(problems: AttributeProblem[], lang: Lang): Promise<void> {
    const element = this.host.localName;
    const chunk = await import('./attribute-message.js').catch(() => null);
    const word = (problem: AttributeProblem, lang: Lang) => (chunk ? chunk.attributeProblemMessage(problem, element, lang) : fallback(problem, lang));
    for (const problem of problems) {
      const key = problemKey(problem);
      // In another language the problem's own words (what is expected) are asked for again.
      const retell = (lang: Lang) => word(this.options.problems(lang).find((again) => problemKey(again) === key) ?? problem, lang);
      this.host.dispatchEvent(new KnErrorEvent({ code: 'invalid-attribute', message: word(problem, lang) }, retell));
    }
  }

  private readonly onLoad = (event: Event): void => {
    if (event.target === this.host) this.check();
  };
}

/** What is wrong, without its words (`expected` is worded in the map's language). */
const problemKey = (problem: AttributeProblem): string => JSON.stringify({ ...problem, expected: undefined });

/** Should the chunk not load (offline, a new release on the server), the problem is still said, more plainly. */
function fallback(problem: AttributeProblem, lang: Lang): string {
  const value = problem.kind === 'unknown-values' ? problem.unknown.join(', ') : problem.value;
  const expected = problem.kind === 'unknown-values' ? problem.valid.join(', ') : problem.expected;
  return msg(lang, 'error.invalid-attribute', { name: problem.attribute, value, expected });
}
