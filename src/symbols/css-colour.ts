/**
 * Functions and keywords that CSS accepts where a colour goes but that name no colour: they fetch (`url()`,
 * `image()`), run (`expression()`) or stand for something else (`var()`, `env()`, `attr()`, `inherit`,
 * `currentcolor` …). A layer's colour goes into SVG `fill`/`stroke` (where `url(…)` fetches a paint server) and
 * into maplibre's style, which knows none of them.
 */
const NOT_A_COLOUR = /\\|(url|var|env|attr|expression|image|image-set|cross-fade|element|paint)\s*\(|^\s*(inherit|initial|unset|revert|revert-layer|currentcolor)\s*$/i;

/**
 * Whether `value` is a CSS colour a layer may use: one `CSS.supports('color', …)` accepts (`#0b5cad`,
 * `rgb(11 92 173)`, `darkgreen`, `hsl(…)` …), with none of the functions above, no escapes, at most 100 characters.
 */
export function isCssColour(value: string): boolean {
  const text = value.trim();
  if (!text || text.length > 100 || NOT_A_COLOUR.test(text)) return false;
  return typeof CSS !== 'undefined' && CSS.supports('color', text);
}
