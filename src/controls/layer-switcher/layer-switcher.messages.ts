import { catalogue } from '../../i18n/catalogue.js';

/** The strings of `<kn-layer-switcher>`, German and English. */
export const t = catalogue(
  {
    title: 'Ebenen',
    empty: 'Keine Datenebenen auf der Karte.',
  },
  {
    title: 'Layers',
    empty: 'No data layers on the map.',
  },
);
