/** The quotes a rich-text editor makes of `"` and `'` when it "improves" pasted code (`zoom="15"` → `zoom=„15“`). */
export const TYPOGRAPHIC_QUOTES = '„“”‚‘’″';

/** Quotes around an attribute's value (typographic, straight, guillemets), which the browser reads as part of the value. */
const QUOTES = `"'${TYPOGRAPHIC_QUOTES}«»‹›`;
const AROUND = new RegExp(`^[\\s${QUOTES}]+|[\\s${QUOTES}]+$`, 'g');

/** An attribute's value without the quotes an editor left around it: `„15“` → `15`. */
export const unquoted = (text: string): string => text.replace(AROUND, '');
