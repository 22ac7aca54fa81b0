import { unquoted } from '../text/unquoted.js';

/**
 * "Smarte Stadt, Smart Leben" → ["Smarte Stadt", "Smart Leben"]; empty text → no filter. Spaces within an item are one
 * plain space (a CMS writes `Smarte&nbsp;Mobilität`), and quotes a rich-text editor put around items go.
 */
export function parseList(text: string | undefined | null): string[] {
  return (text ?? '')
    .split(',')
    .map((part) => unquoted(part.replace(/\s+/g, ' ')))
    .filter(Boolean);
}
