import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Glasfaserausbau',
  'sample-short': 'Beispieldaten',
  /** The one sample-data notice, in the legend and the details (the credit line says `sample-short`). */
  sample: 'Beispieldaten – es gibt keine veröffentlichten Ausbaudaten je Stadtteil.',
  year: 'Stand {year}',
  'status.verfügbar': 'verfügbar (gefüllt)',
  'status.im Bau': 'im Bau (schraffiert)',
  'status.geplant': 'geplant (gepunktet)',
  'status.nicht geplant': 'nicht geplant (leer)',
  'districts.one': '{count} Stadtteil',
  'districts.other': '{count} Stadtteile',
  area: '{share} der Fläche',
  population: '{share} der Einwohner',
  'facet.year': 'Ausbaustand im Jahr',
  'field.ausbau_status': 'Ausbaustand',
  'field.ausbau_jahr': 'Stand im Jahr',
  'field.geplant_seit': 'Geplant seit',
  'field.im_bau_seit': 'Im Bau seit',
  'field.verfuegbar_seit': 'Verfügbar seit',
  'field.stt_nr': 'Stadtteil-Nummer',
  'shown.one': '{count} Stadtteil angezeigt',
  'shown.other': '{count} Stadtteile angezeigt',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Fibre rollout',
  'sample-short': 'sample data',
  sample: 'Sample data – no per-district rollout data is published.',
  year: 'As of {year}',
  'status.verfügbar': 'available (filled)',
  'status.im Bau': 'under construction (hatched)',
  'status.geplant': 'planned (dotted)',
  'status.nicht geplant': 'not planned (empty)',
  'districts.one': '{count} district',
  'districts.other': '{count} districts',
  area: '{share} of the area',
  population: '{share} of residents',
  'facet.year': 'Rollout as of year',
  'field.ausbau_status': 'Rollout status',
  'field.ausbau_jahr': 'As of year',
  'field.geplant_seit': 'Planned since',
  'field.im_bau_seit': 'Under construction since',
  'field.verfuegbar_seit': 'Available since',
  'field.stt_nr': 'District number',
  'shown.one': '{count} district shown',
  'shown.other': '{count} districts shown',
};

/** The strings of the fibre layer, German and English. */
export const t = catalogue(de, en);
