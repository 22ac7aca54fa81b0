import { catalogue } from '../../i18n/catalogue.js';

/**
 * The words `<kn-map>` gives its canvas from the start (the map's name with its layers, its role, how it is operated),
 * German and English. Apart from walk.messages.ts, whose words the keyboard walk and the keyboard help use, both
 * lazy chunks.
 */
const de = {
  roledescription: 'Karte',
  'name.layers': '{label}: {layers}',
  operation:
    'Pfeiltasten verschieben die Karte, Plus und Minus zoomen. N springt zum nächsten Eintrag im Ausschnitt, Umschalt und N zum vorigen, Eingabe öffnet ihn, L wählt die Ebene. W sagt, was die Karte zeigt. Die Taste ? öffnet alle Tastenkürzel. Mit einem Bildschirmleser zuerst in den Fokusmodus wechseln (NVDA: Einfügen und Leertaste, Orca: Einfügen und A).',
} as const;

const en: Record<keyof typeof de, string> = {
  roledescription: 'map',
  'name.layers': '{label}: {layers}',
  operation:
    'Arrow keys move the map, plus and minus zoom. N goes to the next entry in view, Shift and N to the previous one, Enter opens it, L chooses the layer. W says what the map shows. The ? key opens all keyboard shortcuts. With a screen reader, switch to focus mode first (NVDA: Insert and Space, Orca: Insert and A).',
};

export const t = catalogue<keyof typeof de>(de, en);
