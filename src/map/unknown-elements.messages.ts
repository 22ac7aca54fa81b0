import { catalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { closestMatch } from '../text/closest-match.js';

const de = {
  unknown: '<{element}> ist kein bekanntes Element und wird nicht angezeigt.',
  'unknown-layer': '<{element}> ist keine bekannte Ebene und wird nicht angezeigt. Ebenen sind: {layers}.',
  'unknown-suggestion': '<{element}> ist kein bekanntes Element — meinten Sie <{suggestion}>?',
  'not-loaded': '<{element}> ist nicht geladen: Die Seite bindet sein Skript nicht ein (kn-map-elements.js, oder {element}.js einzeln).',
  attribute: 'Das Attribut „{attribute}“ kennt <{element}> nicht; es wird ignoriert.',
  'attribute-suggestion': 'Das Attribut „{attribute}“ kennt <{element}> nicht; es wird ignoriert. Meinten Sie „{suggestion}“?',
  quotes:
    'Die Attribute von <{element}> stehen in typografischen Anführungszeichen („…“ statt "…"), die der Editor beim Einfügen gesetzt hat; Texte mit Leerzeichen gehen dabei verloren. Bitte den Code in der HTML- oder Quelltext-Ansicht einfügen.',
  slot: '<{element}> steht in slot="{slot}", den <kn-map> nicht hat, und wird nicht gezeigt. Möglich sind: {slots}.',
  'slot-suggestion': '<{element}> steht in slot="{slot}", den <kn-map> nicht hat, und wird nicht gezeigt. Meinten Sie „{suggestion}“?',
  content:
    '<{element}> enthält Inhalt der Seite, den niemand sieht („{quote}“). Fehlt </{element}>? Eine Ebene enthält nichts; was nach ihr kommt, gehört hinter ihr End-Tag.',
  label:
    'Zwei Karten auf dieser Seite heißen „{label}“; Bildschirmleser unterscheiden Karten an diesem Namen. Bitte jeder Karte ein eigenes label geben.',
} as const;

const en: Record<keyof typeof de, string> = {
  unknown: '<{element}> is not a known element and is not shown.',
  'unknown-layer': '<{element}> is not a known layer and is not shown. Layers are: {layers}.',
  'unknown-suggestion': '<{element}> is not a known element — did you mean <{suggestion}>?',
  'not-loaded': '<{element}> is not loaded: the page does not include its script (kn-map-elements.js, or {element}.js on its own).',
  attribute: '<{element}> does not know the attribute “{attribute}”; it is ignored.',
  'attribute-suggestion': '<{element}> does not know the attribute “{attribute}”; it is ignored. Did you mean “{suggestion}”?',
  quotes:
    'The attributes of <{element}> are in typographic quotes (“…” instead of "…") that the editor put in when pasting; text with spaces is lost that way. Please paste the code in the HTML or source view.',
  slot: '<{element}> is in slot="{slot}", which <kn-map> does not have, and is not shown. Possible: {slots}.',
  'slot-suggestion': '<{element}> is in slot="{slot}", which <kn-map> does not have, and is not shown. Did you mean “{suggestion}”?',
  content:
    '<{element}> contains page content that nobody sees (“{quote}”). Is </{element}> missing? A layer holds nothing; what follows it belongs after its end tag.',
  label: 'Two maps on this page are called “{label}”; screen readers tell maps apart by this name. Please give each map a label of its own.',
};

const t = catalogue(de, en);

/**
 * What the map says about a `kn-` element inside it that nothing defines: a library element whose script the
 * page lacks, or a name that is nobody's, with the nearest known name (`candidates`) as a suggestion when one
 * is close. Pure; loaded only when there is such an element (a lazy chunk).
 */
export function unknownElementMessage(element: string, library: readonly string[], candidates: readonly string[], lang: Lang): string {
  if (library.includes(element)) return t(lang, 'not-loaded', { element });
  // A layer meant (`<kn-wifi-layer>`, `<kn-layer type="wlan">`): only a layer is suggested, or all of them are listed.
  const isLayer = (name: string) => name === 'kn-layer' || name.endsWith('-layer');
  const layers = isLayer(element) ? candidates.filter(isLayer) : undefined;
  // (`<kn-layer>` names no kind: any one layer suggested would be a guess.)
  const suggestion = element === 'kn-layer' ? undefined : closestMatch(element, layers ?? candidates);
  if (suggestion) return t(lang, 'unknown-suggestion', { element, suggestion });
  return layers?.length ? t(lang, 'unknown-layer', { element, layers: layers.map((name) => `<${name}>`).join(', ') }) : t(lang, 'unknown', { element });
}

/** An attribute the element does not know (`centre` on `<kn-map>`), with the nearest one it knows (`known`) when one is close. */
export function unknownAttributeMessage(element: string, attribute: string, known: readonly string[], lang: Lang): string {
  const suggestion = closestMatch(attribute, known);
  return suggestion ? t(lang, 'attribute-suggestion', { element, attribute, suggestion }) : t(lang, 'attribute', { element, attribute });
}

/** The element's attributes came in typographic quotes (`zoom=„15“`): what a rich-text editor does to pasted code. */
export const typographicQuotesMessage = (element: string, lang: Lang): string => t(lang, 'quotes', { element });

/** A child of the map in a slot the map does not have (`slot="bottom-leftt"`). */
export function unknownSlotMessage(element: string, slot: string, slots: readonly string[], lang: Lang): string {
  const suggestion = closestMatch(slot, slots);
  return suggestion ? t(lang, 'slot-suggestion', { element, slot, suggestion }) : t(lang, 'slot', { element, slot, slots: slots.join(', ') });
}

/** Page content inside a layer (a tag left open swallowed what follows it), quoted. */
export const strayContentMessage = (element: string, quote: string, lang: Lang): string => t(lang, 'content', { element, quote });

/** Another map on the page has the same `label`. */
export const sameLabelMessage = (label: string, lang: Lang): string => t(lang, 'label', { label });
