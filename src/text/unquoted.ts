/**
 * Typographic (and straight) quotes around an attribute's value: what a rich-text editor makes of `zoom="15"` when it
 * "improves" the quotes (`zoom=„15“`), which the browser then reads as part of the value.
 */
const AROUND = /^[\s"'„“”‚‘’«»‹›″]+|[\s"'„“”‚‘’«»‹›″]+$/g;

/** An attribute's value without the quotes an editor left around it: `„15“` → `15`. */
export const unquoted = (text: string): string => text.replace(AROUND, '');
