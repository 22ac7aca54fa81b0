import { catalogue } from '../../i18n/catalogue.js';

/** The strings of `<kn-filter-chips>`, German and English. */
export const t = catalogue(
  {
    fields: 'Handlungsfeld',
    statuses: 'Stand',
    hint: 'Ohne Auswahl werden alle gezeigt.',
    'count.one': '{count} Projekt angezeigt',
    'count.other': '{count} Projekte angezeigt',
    reset: 'Filter aufheben',
    'no-layer': 'Keine Projekt-Ebene auf der Karte.',
  },
  {
    fields: 'Field of action',
    statuses: 'Status',
    hint: 'With nothing selected, all are shown.',
    'count.one': '{count} project shown',
    'count.other': '{count} projects shown',
    reset: 'Clear filters',
    'no-layer': 'No projects layer on the map.',
  },
);
