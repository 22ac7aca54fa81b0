import type { Lang } from '../i18n/lang.js';
import { locale } from '../i18n/lang.js';
import { t } from './attribute.messages.js';
import { closestMatch } from '../text/closest-match.js';
import type { AttributeProblem } from './validate-attributes.js';

/**
 * What an editor reads about an attribute problem (validate-attributes.ts), on the map and in `kn-error`: the
 * element and attribute, the value as written, what happens instead, and what is expected or valid, with a
 * "did you mean" where one value is close. Loaded by the layers only when there is a problem (a lazy chunk).
 */
export function attributeProblemMessage(problem: AttributeProblem, element: string, lang: Lang): string {
  const quote = (text: string) => t(lang, 'quoted', { text });
  const { attribute } = problem;
  if (problem.kind === 'not-a-number') {
    const message = t(lang, 'not-a-number', { attribute, element, value: problem.value, expected: problem.expected });
    return problem.decimalPoint ? `${message} ${t(lang, 'decimal-point', { attribute, fixed: problem.decimalPoint })}` : message;
  }
  if (problem.kind === 'not-a-language') return t(lang, 'not-a-language', { attribute, element, value: problem.value, expected: problem.expected });
  if (problem.kind === 'not-a-colour') return t(lang, 'not-a-colour', { attribute, element, value: problem.value, expected: problem.expected });
  if (problem.kind === 'not-a-css-colour') return t(lang, 'not-a-css-colour', { attribute, element, value: problem.value, expected: problem.expected });
  if (problem.kind === 'out-of-range') {
    const params = { attribute, element, value: problem.value, expected: problem.expected };
    if (problem.used === undefined) return t(lang, 'out-of-range-ignored', params);
    const used = problem.used.toLocaleString(locale(lang), { useGrouping: false, maximumFractionDigits: 6 });
    return t(lang, 'out-of-range-clamped', { ...params, used });
  }
  const values = problem.unknown.map(quote).join(', ');
  const valid = problem.valid.map(quote).join(', ');
  const sentences = [t(lang, problem.unknown.length === 1 ? 'unknown-value' : 'unknown-values', { attribute, element, values, valid })];
  const suggestions = [...new Set(problem.unknown.map((value) => closestMatch(value, problem.valid)).filter((value): value is string => !!value))];
  if (suggestions.length) sentences.push(t(lang, 'did-you-mean', { suggestions: suggestions.map(quote).join(t(lang, 'or')) }));
  if (problem.noneLeft) sentences.push(t(lang, 'none-left', { attribute }));
  return sentences.join(' ');
}
