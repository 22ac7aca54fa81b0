// axe-core, limited to what the accessibility claim of the library is about: WCAG 2.0 and 2.1, levels A and AA.
// (chai-a11y-axe's `to.be.accessible()` runs every rule, best practices too; this runs exactly these tags and names
// every violation with the element it was found on, through shadow roots.)
import type { AxeResults, Result, RunOptions } from 'axe-core';

/** The rule tags of WCAG 2.1 AA: what BITV 2.0 / EN 301 549 audit. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Axe = typeof import('axe-core');
type AxeWindow = Window & typeof globalThis & { axe?: Axe };

/** axe in this window (loaded once), or in a frame's window: a script of its own there, since axe reads its globals. */
async function axeIn(win: AxeWindow = window as AxeWindow): Promise<Axe> {
  if (win.axe) return win.axe;
  if (win === window) {
    // The UMD file registers `window.axe` when it runs (as chai-a11y-axe loads it).
    await import('axe-core/axe.min.js' as string);
  } else {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core could not be loaded into the frame'));
      win.document.head.append(script);
    });
  }
  if (!win.axe) throw new Error('axe-core did not register itself');
  return win.axe;
}

export interface AccessibleOptions {
  /** What was checked, at the head of the failure message (a story id, "the demo at 390 × 844" …). */
  what?: string;
}

/** The violations of WCAG 2.1 A/AA axe finds in `root` (an element, or a document, any window's). */
export async function wcagViolations(root: Element | Document): Promise<Result[]> {
  // `instanceof Document` fails for a frame's document (another window's class).
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : undefined;
  const win = ((doc ?? root.ownerDocument!).defaultView ?? window) as AxeWindow;
  const axe = await axeIn(win);
  // Every rule of these tags runs; none is switched off and nothing is left out.
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const results: AxeResults = await axe.run(doc ? doc.documentElement : (root as Element), options);
  return results.violations;
}

/** One line per violation: rule, impact, and each element it was found on (shadow levels joined by " >>> "). */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => {
        const where = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' >>> ');
        const html = node.html.length > 160 ? `${node.html.slice(0, 160)}…` : node.html;
        return `    ${where}: ${html}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`;
      });
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${targets.join('\n')}`;
    })
    .join('\n');
}

/** Fails, naming every violation and where, when axe finds any violation of WCAG 2.1 A/AA in `root`. */
export async function expectAccessible(root: Element | Document, options: AccessibleOptions = {}): Promise<void> {
  const violations = await wcagViolations(root);
  if (violations.length) {
    const count = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
    throw new Error(`${options.what ? `${options.what}: ` : ''}${count} WCAG 2.1 A/AA violation(s) (axe):\n${describeViolations(violations)}`);
  }
}
