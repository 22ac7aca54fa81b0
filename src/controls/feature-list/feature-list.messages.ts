import { catalogue } from '../../i18n/catalogue.js';

const de = {
  'caption.view': 'Einträge im Kartenausschnitt',
  'caption.all': 'Alle Einträge der sichtbaren Ebenen',
  'scope.view': 'nur im Kartenausschnitt',
  'col.name': 'Name',
  'col.layer': 'Ebene',
  'col.category': 'Kategorie · Status',
  'col.distance': 'Entfernung',
  count: '{count} Einträge',
  'count.one': '1 Eintrag',
  'count.none': 'Keine Einträge',
  /** The count while the list shows the map view only: said on every change, so it says what it counts. */
  'count.view': '{count} Einträge im Kartenausschnitt',
  'count.view.one': '1 Eintrag im Kartenausschnitt',
  'count.view.none': 'Keine Einträge im Kartenausschnitt',
  // None yet while a layer shown is still loading its data: not "Keine Einträge", which would be untrue (tester).
  'count.loading': 'Einträge werden geladen …',
  // Some listed while another layer shown still loads (or is still being defined): the count is not yet all (tester).
  'count.partial': '{count} – weitere werden geladen …',
  'count.shown': '{shown} von {count} angezeigt',
  more: 'Weitere {next} anzeigen',
  unnamed: 'Ohne Namen',
  'no-value': 'keine Angabe',
  // The distance column for a feature set on the map only to be seen (`lage: angenommen`).
  'no-place': 'kein eigener Ort',
  'no-map': 'Keine Karte verbunden.',
  empty: 'Im Kartenausschnitt ist nichts zu sehen. Verschieben oder verkleinern Sie die Karte oder zeigen Sie alle Einträge.',
  'empty.all': 'Die sichtbaren Ebenen enthalten keine Einträge.',
  position: '{position} von {count}',
  hint: 'Pfeiltasten wechseln den Eintrag, die Eingabetaste zeigt ihn auf der Karte.',
} as const;

const en: Record<keyof typeof de, string> = {
  'caption.view': 'Entries in the map view',
  'caption.all': 'All entries of the visible layers',
  'scope.view': 'only in the map view',
  'col.name': 'Name',
  'col.layer': 'Layer',
  'col.category': 'Category · status',
  'col.distance': 'Distance',
  count: '{count} entries',
  'count.one': '1 entry',
  'count.none': 'No entries',
  'count.view': '{count} entries in the map view',
  'count.view.one': '1 entry in the map view',
  'count.view.none': 'No entries in the map view',
  'count.loading': 'Loading entries …',
  'count.partial': '{count} – loading more …',
  'count.shown': '{shown} of {count} shown',
  more: 'Show {next} more',
  unnamed: 'Unnamed',
  'no-value': 'not given',
  'no-place': 'no place of its own',
  'no-map': 'No map connected.',
  empty: 'Nothing is shown in the map view. Move or zoom out the map, or show all entries.',
  'empty.all': 'The visible layers have no entries.',
  position: '{position} of {count}',
  hint: 'Arrow keys move between entries, Enter shows the entry on the map.',
};

export const t = catalogue<keyof typeof de>(de, en);
