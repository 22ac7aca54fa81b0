import { catalogue } from '../../i18n/catalogue.js';

/** The strings of `<kn-year-slider>`, German and English. */
export const t = catalogue(
  {
    label: 'Ausbaustand im Jahr',
    'no-layer': 'Keine Glasfaser-Ebene auf der Karte.',
  },
  {
    label: 'Rollout as of year',
    'no-layer': 'No fibre layer on the map.',
  },
);
