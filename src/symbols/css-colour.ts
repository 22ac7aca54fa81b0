/**
 * Which colours a layer may use: those both the browser (SVG swatches, CSS) and maplibre's style parser accept.
 * The browser knows far more (`oklch()`, `lab()`, `color-mix()`, `light-dark()`, `rgb(from …)`,
 * `color(display-p3 …)`, system colours such as `Canvas`) and would fetch or run some (`url()`, `var()`,
 * `expression()`); maplibre (style-spec's `parseCssColor`) knows hex, `rgb()`/`rgba()`, `hsl()`/`hsla()`, the
 * 148 named colours and `transparent`, and a style layer with any other colour fails validation. maplibre is
 * loaded lazily, so its parser cannot be asked here at once: its grammar is written out below instead.
 */

/** CSS Color 4's named colours: exactly maplibre's list (style-spec `parse_css_color.ts`). */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen transparent'
  ).split(' '),
);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
/** maplibre's `rgb()` grammar: three numbers or three percentages, spaces (optional `/ alpha`) or commas throughout. */
const RGB = /^rgba?\(\s*([\de.+-]+)(%)?(?:\s+|\s*(,)\s*)([\de.+-]+)(%)?(?:\s+|\s*(,)\s*)([\de.+-]+)(%)?(?:\s*([,/])\s*([\de.+-]+)%?)?\s*\)$/;
/** maplibre's `hsl()` grammar: a hue (optionally `deg`) and two percentages, separated the same way. */
const HSL = /^hsla?\(\s*([\de.+-]+)(?:deg)?(?:\s+|\s*(,)\s*)([\de.+-]+)%(?:\s+|\s*(,)\s*)([\de.+-]+)%(?:\s*([,/])\s*([\de.+-]+)%?)?\s*\)$/;
/** Separators maplibre accepts: spaces, spaces then `/ alpha`, two commas, three commas. */
const SEPARATORS = new Set(['  ', '  /', ',,', ',,,']);

/** Whether maplibre's style parser reads `text` (lower case, trimmed) as a colour, numbers left to the browser. */
function maplibreReads(text: string): boolean {
  if (NAMED.has(text) || HEX.test(text)) return true;
  const rgb = RGB.exec(text);
  if (rgb) {
    const [, , rp, f1, , gp, f2, , bp, f3] = rgb;
    const units = `${rp ?? ''}${gp ?? ''}${bp ?? ''}`;
    return SEPARATORS.has(`${f1 ?? ' '}${f2 ?? ' '}${f3 ?? ''}`) && (units === '' || units === '%%%');
  }
  const hsl = HSL.exec(text);
  if (hsl) {
    const [, , f1, , f2, , f3] = hsl;
    return SEPARATORS.has(`${f1 ?? ' '}${f2 ?? ' '}${f3 ?? ''}`);
  }
  return false;
}

/**
 * Whether `value` is a colour a layer may use: hex (`#0b5cad`), `rgb(11 92 173)`, `rgba(11, 92, 173, 0.5)`,
 * `hsl(210 88% 36%)`, a named colour (`darkgreen`) or `transparent`, as maplibre writes them, that
 * `CSS.supports('color', …)` accepts too (so no numbers only one of them reads); at most 100 characters.
 */
export function isCssColour(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (!text || text.length > 100 || !maplibreReads(text)) return false;
  return typeof CSS !== 'undefined' && CSS.supports('color', text);
}
