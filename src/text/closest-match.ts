import { editDistance } from './edit-distance.js';

/**
 * "Did you mean": for the messages of attribute values and elements that name nothing (layers/attribute-message.ts,
 * map/unknown-elements.messages.ts), both lazy chunks; apart from layers/validate-attributes.ts so that the edit
 * distance is downloaded only when something is misspelt.
 */

const fold = (text: string) => text.trim().toLowerCase();

/**
 * The candidate someone most likely meant by `word` (case-insensitive), or undefined when none is close: the
 * one candidate that contains the word or is contained in it ("Mobilität" → "Smarte Mobilität"), else the
 * nearest by edit distance if it differs in at most a third of its letters (at least 2), and is the only
 * one that near.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const target = fold(word);
  if (!target) return undefined;
  const containing = candidates.filter((candidate) => {
    const folded = fold(candidate);
    return folded !== target && target.length >= 3 && (folded.includes(target) || target.includes(folded));
  });
  if (containing.length === 1) return containing[0];
  const scored = candidates
    .map((candidate) => ({
      candidate,
      distance: editDistance(target, fold(candidate)),
    }))
    .sort((x, y) => x.distance - y.distance);
  const [best, second] = scored;
  if (!best || best.distance === 0) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(target.length, fold(best.candidate).length) / 3));
  if (best.distance > limit || (second && second.distance === best.distance)) return undefined;
  return best.candidate;
}
