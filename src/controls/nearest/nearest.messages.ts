import { catalogue } from '../../i18n/catalogue.js';

const de = {
  label: 'In der Nähe finden',
  // Among several layers (hotspots, projects): what the visitor looks for.
  what: 'Was suchen Sie?',
  from: 'Von wo aus?',
  'from.place': 'Vom gesuchten Ort: {place}',
  'from.me': 'Von meinem Standort',
  'from.centre': 'Von der Kartenmitte',
  'place.hint': 'Tipp: Wählen Sie zuerst in der Suche einen Ort, etwa eine Haltestelle oder einen Stadtteil – dann können Sie von dort aus suchen.',
  'me.name': 'Ihrem Standort',
  'me.label': 'Ihr Standort',
  // The centre when the visitor asked: the result's framing moves the map, so "the centre" alone is untrue right after.
  // (Not "bei der Suche": "die Suche" is the search field in these texts.)
  'centre.name': 'der vorherigen Kartenmitte',
  // The starting point's label on the map (short: the framing keeps LABEL_ROOM beside it).
  'centre.label': 'Vorherige Kartenmitte',
  found: '{result}: {name}, {distance} Luftlinie von {from}.',
  'found.unnamed': '{result}: {distance} Luftlinie von {from}.',
  // From a place chosen in the search: its name in quotes, as names like "Bushaltestelle …" take no article here.
  'found.place': '{result}: {name}, {distance} Luftlinie vom gesuchten Ort „{from}“.',
  'found.place.unnamed': '{result}: {distance} Luftlinie vom gesuchten Ort „{from}“.',
  // The place chosen in the search is that feature itself (a hotspot searched by its name): not "0 m von …".
  'found.itself': '{result}: {name} – der gesuchte Ort selbst.',
  // From the visitor's position: named as the label on the map names it.
  'found.me': '{result}: {name}, {distance} Luftlinie vom Punkt „{label}“ auf der Karte.',
  'found.me.unnamed': '{result}: {distance} Luftlinie vom Punkt „{label}“ auf der Karte.',
  // Beside the map, under a result: scrolls the map into view and moves the focus to it (on a phone the map is above).
  'show-map': 'Auf der Karte zeigen',
  locating: 'Ihr Standort wird ermittelt …',
  'me.denied': 'Ihr Standort ist nicht freigegeben. Erlauben Sie den Zugriff in Ihrem Browser oder wählen Sie in der Suche einen Ort.',
  'me.unavailable': 'Ihr Standort konnte nicht ermittelt werden. Suchen Sie stattdessen eine Adresse.',
  'me.unsupported': 'Dieser Browser kann keinen Standort ermitteln. Suchen Sie stattdessen eine Adresse.',
  'no-layer': 'Keine Ebene auf der Karte, in der Nächstgelegenes gesucht werden kann.',
  'no-map': 'Die Karte ist noch nicht bereit.',
  'unknown-layer': '„{id}“ im Attribut „layer“ ist keine Ebene dieser Karte, in der Nächstgelegenes gesucht werden kann.',
  loading: 'Die Daten der Ebene werden noch geladen. Bitte gleich noch einmal versuchen.',
  unavailable: 'Die Suche ist nicht möglich: Die Daten der Ebene „{layer}“ konnten nicht geladen werden.',
} as const;

const en: Record<keyof typeof de, string> = {
  label: 'Find nearby',
  what: 'What are you looking for?',
  from: 'From where?',
  'from.place': 'From the place searched: {place}',
  'from.me': 'From my location',
  'from.centre': 'From the centre of the map',
  'place.hint': 'Tip: choose a place in the search first, such as a stop or a district – then you can start from there.',
  'me.name': 'your location',
  'me.label': 'Your location',
  'centre.name': 'the previous map centre',
  'centre.label': 'Previous map centre',
  found: '{result}: {name}, {distance} as the crow flies from {from}.',
  'found.unnamed': '{result}: {distance} as the crow flies from {from}.',
  'found.place': '{result}: {name}, {distance} as the crow flies from the place searched, “{from}”.',
  'found.place.unnamed': '{result}: {distance} as the crow flies from the place searched, “{from}”.',
  'found.itself': '{result}: {name}, the place searched itself.',
  'found.me': '{result}: {name}, {distance} as the crow flies from the point “{label}” on the map.',
  'found.me.unnamed': '{result}: {distance} as the crow flies from the point “{label}” on the map.',
  'show-map': 'Show on the map',
  locating: 'Finding your location …',
  'me.denied': 'Your location is not shared. Allow it in your browser or choose a place in the search.',
  'me.unavailable': 'Your location could not be found. Search for an address instead.',
  'me.unsupported': 'This browser cannot find your location. Search for an address instead.',
  'no-layer': 'No layer on the map to find the nearest feature in.',
  'no-map': 'The map is not ready yet.',
  'unknown-layer': '“{id}” in the attribute “layer” is no layer of this map to find the nearest feature in.',
  loading: "The layer's data is still loading. Please try again in a moment.",
  unavailable: 'Cannot search: the data of the layer “{layer}” could not be loaded.',
};

/** The strings of `<kn-nearest>`, German and English. */
export const t = catalogue(de, en);
export type NearestMessageKey = keyof typeof de;
