import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Smart-Green-City-Projekte',
  credit: 'Projekte: Smart Green City Konstanz',
  'legend.other': 'Sonstige',
  'legend.cluster': 'Mehrere Projekte (Zahl = Anzahl)',
  'legend.planned': 'geplant: blass mit gestricheltem Rand, Form je Handlungsfeld',
  'facet.categories': 'Handlungsfeld',
  'facet.status': 'Stand',
  'field.handlungsfeld': 'Handlungsfeld',
  'field.status': 'Status',
  'field.beschreibung': 'Beschreibung',
  'field.programm': 'Programm',
  'shown.one': '{count} Projekt angezeigt',
  'shown.other': '{count} Projekte angezeigt',
  'nearest.label': 'Nächstes Projekt finden',
  'nearest.result': 'Nächstes Projekt',
  'nearest.none': 'Kein Projekt auf der Karte.',
  'nearest.none.filtered': 'Kein Projekt auf der Karte passt zu den gewählten Filtern.',
  'nearest.none.unplaced': 'Keines der gezeigten Projekte hat einen eigenen Ort.',
  'nearest.choice': 'Smart-Green-City-Projekt',
  'nearest.me': 'Ihr Standort',
  'value.Smart Leben': 'Smart Leben',
  'value.Smarte Mobilität': 'Smarte Mobilität',
  'value.Smarte Stadt': 'Smarte Stadt',
  'value.Smarte Verwaltung': 'Smarte Verwaltung',
  'value.Smarte Wirtschaft': 'Smarte Wirtschaft',
  'value.geplant': 'geplant',
  'value.in Umsetzung': 'in Umsetzung',
  'value.abgeschlossen': 'abgeschlossen',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Smart Green City projects',
  credit: 'Projects: Smart Green City Konstanz',
  'legend.other': 'Other',
  'legend.cluster': 'Several projects (number = count)',
  'legend.planned': 'planned: pale with a dashed edge, shape by field of action',
  'facet.categories': 'Field of action',
  'facet.status': 'Status',
  'field.handlungsfeld': 'Field of action',
  'field.status': 'Status',
  'field.beschreibung': 'Description',
  'field.programm': 'Programme',
  'shown.one': '{count} project shown',
  'shown.other': '{count} projects shown',
  'nearest.label': 'Find the nearest project',
  'nearest.result': 'Nearest project',
  'nearest.none': 'No project on the map.',
  'nearest.none.filtered': 'No project on the map matches the filters chosen.',
  'nearest.none.unplaced': 'None of the projects shown has a place of its own.',
  'nearest.choice': 'Smart Green City project',
  'nearest.me': 'Your location',
  'value.Smart Leben': 'Smart living',
  'value.Smarte Mobilität': 'Smart mobility',
  'value.Smarte Stadt': 'Smart city',
  'value.Smarte Verwaltung': 'Smart administration',
  'value.Smarte Wirtschaft': 'Smart economy',
  'value.geplant': 'planned',
  'value.in Umsetzung': 'in progress',
  'value.abgeschlossen': 'completed',
};

/** The strings of the projects layer, German and English. The data keeps the German values; `value.*` names them. */
export const t = catalogue(de, en);

type ValueKey = Extract<keyof typeof de, `value.${string}`>;

/** A field of action or status for people ("Smarte Mobilität" → "Smart mobility"); other values as they are. */
export function valueName(value: string, lang: 'de' | 'en'): string {
  return knownValueName(value, lang) ?? value;
}

/** A field of action or status in `lang`; undefined for a value that is neither (data, shown as it is). */
export function knownValueName(value: string, lang: 'de' | 'en'): string | undefined {
  const key = `value.${value}`;
  return Object.hasOwn(de, key) ? t(lang, key as ValueKey) : undefined;
}
