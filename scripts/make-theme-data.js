// Builds the bundled data of the themed layers from the real Konstanz files in src/assets/data.
// What is real and what is assumed or invented is written into every feature (see src/assets/data/README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'data');
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const write = (file, features, meta) =>
  writeFileSync(join(dir, file), `${JSON.stringify({ type: 'FeatureCollection', ...meta, features }, null, 1)}\n`);
const point = (coordinates, properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
const place = (prefix) => read('orte.geojson').features.find((f) => f.properties.name.startsWith(prefix)).geometry.coordinates;
const districtLabel = (name) => read('stadtteile-labels.geojson').features.find((f) => f.properties.name === name).geometry.coordinates;

// ---- WLAN: the 10 access points (real) and the hotspots the council approved later (locations approximate) ----
const active = read('wlan-hotspots.geojson').features.map((f) =>
  point(f.geometry.coordinates, { ...f.properties, status: 'aktiv', lage: 'genau', quelle: 'Stadtwerke Konstanz GmbH, Standorte Konstanz WLAN' }),
);
const planned = [
  ['Herosépark', place('Herose-Park'), 2019, 'an der Wetterstation Herose-Park'],
  ['Steg beim Bodenseeforum', place('Bodenseeforum'), 2019, 'an der Bushaltestelle Bodenseeforum'],
  ['Zähringerplatz', place('Zähringerplatz'), 2019, 'an der Bushaltestelle Zähringerplatz'],
  ['Sternenplatz', place('Sternenplatz'), 2019, 'an der Bushaltestelle Sternenplatz'],
  ['Bürgerbüro (zwei Zugangspunkte)', place('Bürgerbüro'), 2019, 'an der Bushaltestelle Bürgerbüro'],
  ['Hörnle', place('Hörnle'), 2026, 'an der Wetterstation Hörnle'],
].map(([name, coordinates, year, where]) =>
  point(coordinates, {
    name,
    operator: 'Stadtwerke Konstanz GmbH',
    network: 'Konstanz-WLAN',
    status: 'geplant',
    beschlossen: year,
    lage: 'ungefähr',
    hinweis: `Vom Gemeinderat ${year} beschlossen; Lage ungefähr (${where}).`,
    quelle: 'Gemeinderatsbeschlüsse laut Presseberichten',
  }),
);
write('wlan-konstanz.geojson', [...active, ...planned], {
  name: 'Konstanz-WLAN',
  attribution: 'Stadtwerke Konstanz GmbH; geplante Standorte: Gemeinderatsbeschlüsse 2019 und 2026 (Lage ungefähr)',
});

// ---- Fibre: ILLUSTRATIVE SAMPLE DATA. No per-district rollout data is published. ----
// Years are invented around the known facts: pilot in the Unterlohn industrial area from 2011, city-wide plan
// over 8–12 years, ducts to Litzelstetten from 2018 and still incomplete in 2020.
const fibreYears = {
  Industriegebiet: [2010, 2011, 2012],
  'Petershausen-West': [2013, 2015, 2017],
  'Petershausen-Ost': [2014, 2016, 2018],
  Wollmatingen: [2014, 2016, 2019],
  Fürstenberg: [2016, 2019, 2021],
  Altstadt: [2015, 2019, 2022],
  Paradies: [2015, 2020, 2023],
  Litzelstetten: [2016, 2018, 2023],
  Königsbau: [2017, 2021, null],
  Allmannsdorf: [2018, 2022, null],
  Egg: [2019, 2023, null],
  Staad: [2019, null, null],
  Dingelsdorf: [2020, null, null],
  Dettingen: [2021, null, null],
  Wallhausen: [null, null, null],
};
const districts = read('stadtteile.geojson').features;
write(
  'glasfaser-beispieldaten.geojson',
  districts.map((f) => {
    const [geplant, bau, verfuegbar] = fibreYears[f.properties.name];
    return {
      type: 'Feature',
      properties: {
        stt_nr: f.properties.stt_nr,
        name: f.properties.name,
        geplant_seit: geplant,
        im_bau_seit: bau,
        verfuegbar_seit: verfuegbar,
        beispieldaten: true,
        hinweis: 'Beispieldaten: Es gibt keine veröffentlichten Ausbaudaten je Stadtteil.',
      },
      geometry: f.geometry,
    };
  }),
  { name: 'Glasfaserausbau nach Stadtteil (Beispieldaten)', beispieldaten: true },
);

// ---- Innovation area: APPROXIMATE outline, ~7 ha, no official polygon is published. ----
// A 380 m × 184 m rectangle whose long axis runs from the Shedhalle (Bücklestraße 3) to the Bücklestraße bus
// stop, the two places known to belong to the site.
const shed = place('farm (Shedhalle)');
const stop = place('Bushaltestelle Bücklestraße');
const mPerDegLat = 111320;
const mPerDegLon = 111320 * Math.cos((shed[1] * Math.PI) / 180);
const centre = [(shed[0] + stop[0]) / 2, (shed[1] + stop[1]) / 2];
const along = [(stop[0] - shed[0]) * mPerDegLon, (stop[1] - shed[1]) * mPerDegLat];
const length = Math.hypot(...along);
const u = [along[0] / length, along[1] / length];
const v = [-u[1], u[0]];
const [a, b] = [190, 92];
const corner = (su, sv) => [
  +(centre[0] + (su * a * u[0] + sv * b * v[0]) / mPerDegLon).toFixed(6),
  +(centre[1] + (su * a * u[1] + sv * b * v[1]) / mPerDegLat).toFixed(6),
];
const ring = [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)];
write(
  'innovationsareal.geojson',
  [
    {
      type: 'Feature',
      properties: {
        name: 'Konstanzer Innovationsareal (KINA)',
        beschreibung:
          'Ehemaliges Siemens-Gelände zwischen Bücklestraße und Bahnlinie, rund 70.000 m²; erster Bauabschnitt (~25.000 m²) in Bestandsgebäuden mit der denkmalgeschützten Shedhalle („farm“), Platz für über 70 Unternehmen; Sitz des Technologiezentrums Konstanz.',
        lage: 'ungefähr',
        hinweis: 'Umriss ungefähr: aus der Lage der Shedhalle und der Haltestelle Bücklestraße konstruiert; es ist kein amtlicher Umriss veröffentlicht.',
      },
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
    },
    point(shed, { name: 'farm (Shedhalle), Bücklestraße 3', art: 'Gebäude', hinweis: 'Herzstück des Areals, denkmalgeschützt' }),
    point(shed, { name: 'Technologiezentrum Konstanz', art: 'Einrichtung', hinweis: 'seit 2020/21 in der farm, vorher Blarerstraße 56' }),
    point(stop, { name: 'Bushaltestelle Bücklestraße', art: 'Haltestelle', hinweis: '' }),
  ],
  { name: 'Konstanzer Innovationsareal' },
);

// ---- Smart Green City projects named in public documents; locations assumed where a project has no place. ----
const project = (coordinates, title, handlungsfeld, status, beschreibung, lage) =>
  point(coordinates, { name: title, handlungsfeld, status, beschreibung, lage, programm: 'Modellprojekte Smart Cities (3. Staffel, 2021)' });
const stations = read('sgc-wetterstationen.geojson').features.map((f) =>
  project(
    f.geometry.coordinates,
    `Stadtklima-Messnetz: Station ${f.properties.name}`,
    'Smarte Stadt',
    'in Umsetzung',
    'Wetterstation des Stadtklima-Messnetzes; misst Temperatur und Luftfeuchte für die Klimaanpassung.',
    'genau',
  ),
);
write(
  'sgc-projekte.geojson',
  [
    ...stations,
    project(active[0].geometry.coordinates, 'Konstanz-WLAN', 'Smarte Stadt', 'in Umsetzung', 'Freies WLAN an öffentlichen Plätzen, seit 2015; Ausbau auf rund 20 Hotspots.', 'genau'),
    project(shed, 'Konstanzer Innovationsareal', 'Smarte Wirtschaft', 'in Umsetzung', 'Gründer- und Technologiestandort auf dem ehemaligen Siemens-Gelände an der Bücklestraße.', 'genau'),
    project(place('Marktstätte/BHF'), 'Digitales Verkehrsmanagement', 'Smarte Mobilität', 'in Umsetzung', 'Verkehrsdaten und Parkleitsystem für eine bessere Steuerung des Verkehrs.', 'angenommen'),
    project(place('Bürgerbüro'), 'Virtuelles Rathaus', 'Smarte Verwaltung', 'in Umsetzung', 'Verwaltungsleistungen online über das Serviceportal Baden-Württemberg.', 'angenommen'),
    project([place('Bürgerbüro')[0] + 0.0004, place('Bürgerbüro')[1]], 'Gebärdensprach-Avatar', 'Smarte Verwaltung', 'geplant', 'Ein KI-Avatar übersetzt Informationen der Stadt in Gebärdensprache.', 'angenommen'),
    project([place('Bürgerbüro')[0] - 0.0004, place('Bürgerbüro')[1]], 'Online-Beteiligungsplattform', 'Smart Leben', 'abgeschlossen', 'Beteiligung der Bürgerinnen und Bürger an Vorhaben der Stadt über eine Online-Plattform.', 'angenommen'),
    project(districtLabel('Industriegebiet'), 'Glasfaserausbau', 'Smarte Wirtschaft', 'in Umsetzung', 'Ausbau des Glasfasernetzes durch die Stadtwerke, begonnen 2011 im Gewerbegebiet Unterlohn.', 'angenommen'),
  ],
  { name: 'Smart Green City Konstanz – Projekte' },
);
console.log('theme data written');
