import { catalogue } from '../i18n/catalogue.js';

const de = {
  'not-a-number': 'Das Attribut „{attribute}“ von <{element}>: „{value}“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: {expected}.',
  'decimal-point': 'Dezimalzahlen bitte mit Punkt schreiben: {attribute}="{fixed}".',
  'not-a-language': 'Das Attribut „{attribute}“ von <{element}>: „{value}“ ist kein Sprachkürzel, das Attribut wird ignoriert. Erwartet: {expected}.',
  'not-a-colour': 'Das Attribut „{attribute}“ von <{element}>: „{value}“ ist keine Farbe, die Ebene behält ihre Standardfarbe. Erwartet: {expected}.',
  'not-a-css-colour':
    'Die CSS-Eigenschaft „{attribute}“ für <{element}>: „{value}“ ist keine Farbe, die die Karte zeichnen kann, die Ebene behält ihre Standardfarbe. Erwartet: {expected}.',
  'out-of-range-ignored':
    'Das Attribut „{attribute}“ von <{element}>: „{value}“ liegt außerhalb des gültigen Bereichs, das Attribut wird ignoriert. Erwartet: {expected}.',
  'out-of-range-clamped':
    'Das Attribut „{attribute}“ von <{element}>: „{value}“ liegt außerhalb des gültigen Bereichs, verwendet wird {used}. Erwartet: {expected}.',
  'unknown-value': 'Das Attribut „{attribute}“ von <{element}>: {values} ist kein gültiger Wert und wird ignoriert. Gültige Werte: {valid}.',
  'unknown-values': 'Das Attribut „{attribute}“ von <{element}>: {values} sind keine gültigen Werte und werden ignoriert. Gültige Werte: {valid}.',
  'did-you-mean': 'Meinten Sie {suggestions}?',
  'none-left': 'Ohne gültigen Wert filtert „{attribute}“ nicht: Alles wird angezeigt.',
  quoted: '„{text}“',
  or: ' oder ',
} as const;

export type AttributeMessageKey = keyof typeof de;

const en: Record<AttributeMessageKey, string> = {
  'not-a-number': 'The attribute “{attribute}” of <{element}>: “{value}” is not a number, the attribute is ignored. Expected: {expected}.',
  'decimal-point': 'Please write decimals with a point: {attribute}="{fixed}".',
  'not-a-language': 'The attribute “{attribute}” of <{element}>: “{value}” is not a language tag, the attribute is ignored. Expected: {expected}.',
  'not-a-colour': 'The attribute “{attribute}” of <{element}>: “{value}” is not a colour, the layer keeps its default colour. Expected: {expected}.',
  'not-a-css-colour':
    'The CSS property “{attribute}” for <{element}>: “{value}” is not a colour the map can draw, the layer keeps its default colour. Expected: {expected}.',
  'out-of-range-ignored': 'The attribute “{attribute}” of <{element}>: “{value}” is out of range, the attribute is ignored. Expected: {expected}.',
  'out-of-range-clamped': 'The attribute “{attribute}” of <{element}>: “{value}” is out of range, {used} is used instead. Expected: {expected}.',
  'unknown-value': 'The attribute “{attribute}” of <{element}>: {values} is not a valid value and is ignored. Valid values: {valid}.',
  'unknown-values': 'The attribute “{attribute}” of <{element}>: {values} are not valid values and are ignored. Valid values: {valid}.',
  'did-you-mean': 'Did you mean {suggestions}?',
  'none-left': 'With no valid value left, “{attribute}” filters nothing: everything is shown.',
  quoted: '“{text}”',
  or: ' or ',
};

/** The sentences that tell an editor what is wrong with an attribute of a layer, German and English (a lazy chunk). */
export const t = catalogue(de, en);
