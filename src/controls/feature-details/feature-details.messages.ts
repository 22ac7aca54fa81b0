import { catalogue } from '../../i18n/catalogue.js';

const de = {
  close: 'Details schließen',
  unnamed: 'Ohne Namen',
  'new-window': '(öffnet neues Fenster)',
  yes: 'ja',
  no: 'nein',
  sample: 'Beispieldaten, keine amtlichen Angaben.',
  'field.name': 'Name',
  'field.status': 'Status',
  'field.beschreibung': 'Beschreibung',
  'field.operator': 'Betreiber',
  'field.network': 'Netz',
  'field.lage': 'Lage',
  'field.quelle': 'Quelle',
  'field.hinweis': 'Hinweis',
  'field.art': 'Art',
  'field.kategorie': 'Kategorie',
  'field.adresse': 'Adresse',
  'field.website': 'Website',
  'field.email': 'E-Mail',
  'field.telefon': 'Telefon',
  'field.id': 'Kennung',
} as const;

export type DetailsMessageKey = keyof typeof de;

const en: Record<DetailsMessageKey, string> = {
  close: 'Close details',
  unnamed: 'Unnamed',
  'new-window': '(opens in a new window)',
  yes: 'yes',
  no: 'no',
  sample: 'Sample data, not official.',
  'field.name': 'Name',
  'field.status': 'Status',
  'field.beschreibung': 'Description',
  'field.operator': 'Operator',
  'field.network': 'Network',
  'field.lage': 'Location',
  'field.quelle': 'Source',
  'field.hinweis': 'Note',
  'field.art': 'Type',
  'field.kategorie': 'Category',
  'field.adresse': 'Address',
  'field.website': 'Website',
  'field.email': 'Email',
  'field.telefon': 'Phone',
  'field.id': 'Identifier',
};

export const t = catalogue<DetailsMessageKey>(de, en);
