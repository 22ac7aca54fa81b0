import { asText } from '../text/as-text.js';

/**
 * What is wrong with an attribute an editor wrote on a layer: a number that is no number or out of its range,
 * list values that name nothing. Pure: no DOM, no messages (attribute-message.ts words a problem, in a lazy
 * chunk, and attribute-checks.ts reports it). Each layer lists its problems in `attributeProblems(lang)`.
 */

/** What a number attribute accepts, and what the layer does with a value outside it. */
export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Outside the range: the layer clamps the value (say what it uses) or ignores it (the default applies). */
  outOfRange?: 'clamped' | 'ignored';
  /** What is expected, for people, in the map's language: "eine Zahl von 0 bis 1, z. B. opacity="0.7"". */
  expected: string;
}

export type AttributeProblem =
  | {
      kind: 'not-a-number';
      attribute: string;
      /** The text as written. */
      value: string;
      expected: string;
      /** "0,7" → "0.7": the text with a decimal point, when a decimal comma was the only fault. */
      decimalPoint?: string;
    }
  | { kind: 'out-of-range'; attribute: string; value: string; expected: string; used?: number }
  /** A language tag that is none (`data-lang="deutsch"`): ignored. */
  | { kind: 'not-a-language'; attribute: string; value: string; expected: string }
  /** A colour that is none, or fetches or runs something (`color="url(http://…)"`): the default colour applies. */
  | { kind: 'not-a-colour'; attribute: string; value: string; expected: string }
  /** The same in the page's CSS (`--kn-layer-color: oklch(…)`); `attribute` names the custom property. */
  | { kind: 'not-a-css-colour'; attribute: string; value: string; expected: string }
  | {
      kind: 'unknown-values';
      attribute: string;
      /** The values that name nothing, as written. */
      unknown: string[];
      /** Every value the attribute accepts. */
      valid: string[];
      /** True when no valid value is left, so the attribute filters nothing. */
      noneLeft: boolean;
    };

/**
 * A number attribute's problem, or null. `value` is the property (lit's Number converter makes NaN of text);
 * `text` the attribute as written, quoted in the message (the property's value when there is no attribute or a
 * script set the property since). An empty attribute means "not given".
 */
export function numberProblem(attribute: string, value: number | undefined | null, text: string | null, rule: NumberRule): AttributeProblem | null {
  if (value === undefined || value === null) return null;
  if (text !== null && text.trim() === '') return null;
  // The attribute's text is what the property holds unless a script has set the property since.
  const written = text !== null && (!Number.isFinite(value) || Number(text) === value) ? text : String(value);
  if (!Number.isFinite(value)) {
    const withPoint = written.trim().replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
    const decimalPoint = withPoint !== written.trim() && Number.isFinite(Number(withPoint)) ? withPoint : undefined;
    return { kind: 'not-a-number', attribute, value: written, expected: rule.expected, ...(decimalPoint ? { decimalPoint } : {}) };
  }
  const { min = -Infinity, max = Infinity } = rule;
  const outside = value < min || value > max || (rule.integer === true && !Number.isInteger(value));
  if (!outside) return null;
  const used = rule.outOfRange === 'clamped' ? Math.min(max, Math.max(min, value)) : undefined;
  return { kind: 'out-of-range', attribute, value: written, expected: rule.expected, ...(used !== undefined ? { used } : {}) };
}

const fold = (text: string) => text.trim().toLowerCase();

/**
 * A list attribute's values split into those it accepts (case-insensitive, as written) and those it does
 * not, with the problem to report (null when every value is known).
 */
export function splitKnownValues(attribute: string, values: readonly string[], valid: readonly string[]): { known: string[]; problem: AttributeProblem | null } {
  const accepted = new Set(valid.map(fold));
  const known = values.filter((value) => accepted.has(fold(value)));
  const unknown = values.filter((value) => !accepted.has(fold(value)));
  if (!unknown.length) return { known, problem: null };
  return { known, problem: { kind: 'unknown-values', attribute, unknown, valid: [...valid], noneLeft: known.length === 0 } };
}

/** The values of `builtIn` followed by those in the data's `field` (trimmed, each once, case-insensitively). */
export function valuesWithData(builtIn: readonly string[], features: readonly { properties?: Record<string, unknown> | null }[], field: string): string[] {
  const seen = new Set(builtIn.map(fold));
  const values = [...builtIn];
  for (const feature of features) {
    const value = asText(feature.properties?.[field]).trim();
    if (value && !seen.has(fold(value))) {
      seen.add(fold(value));
      values.push(value);
    }
  }
  return values;
}

/**
 * The first part of a number attribute's text that is no number ("9.17,abc" → "abc"; parts are separated by
 * commas, semicolons or spaces, as `center` and `bounds` write them), or null when every part is one.
 */
export function nonNumericPart(text: string): string | null {
  const parts = text.trim().split(/\s*[,;\s]\s*/).filter((part) => part !== '');
  return parts.find((part) => !Number.isFinite(Number(part))) ?? null;
}
