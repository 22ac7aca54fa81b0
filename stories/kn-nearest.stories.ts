import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/kn-feature-details.js';
import '../src/kn-feature-list.js';
import '../src/kn-nearest.js';
import '../src/kn-projects-layer.js';
import '../src/kn-search.js';
import { attr, componentDescription, description, MAP_HEIGHT, split } from './story-helpers.js';

/** The attributes of `<kn-nearest>`, by attribute name. */
interface KnNearestArgs {
  layer?: string;
  lang: 'de' | 'en';
  theme: 'light' | 'dark' | 'auto';
}

const meta = {
  title: 'Elemente/kn-nearest',
  component: 'kn-nearest',
  render: (args) =>
    split(
      html`<kn-map id="nearest-map" lang=${args.lang} theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte: nächster WLAN-Hotspot">
        <kn-fibre-layer hidden></kn-fibre-layer>
        <kn-wlan-layer id="hotspots"></kn-wlan-layer>
      </kn-map>`,
      html`<div style="display: grid; gap: 0.75rem">
        <kn-search for="nearest-map" lang=${args.lang}></kn-search>
        <kn-nearest for="nearest-map" layer=${attr(args.layer)} lang=${args.lang}></kn-nearest>
        <kn-feature-details for="nearest-map" lang=${args.lang} style="--kn-feature-details-width: 100%"></kn-feature-details>
      </div>`,
      { wide: true },
    ),
  args: { layer: '', lang: 'de', theme: 'light' },
  argTypes: {
    layer: { control: 'text', description: 'Id der Ebene, oder mehrere durch Kommas: zur Auswahl (ohne: alle, die „In der Nähe finden“ anbieten)' },
    lang: { control: { type: 'inline-radio' }, options: ['de', 'en'], table: { category: 'story' } },
    theme: { control: { type: 'select' }, options: ['light', 'dark', 'auto'], table: { category: 'story' } },
  },
  parameters: componentDescription(
    '„Wo ist der nächste Hotspot?“ als eigene Aufgabe: vom Ort, den jemand in `<kn-search>` gewählt hat, vom ' +
      'eigenen Standort (erst auf Knopfdruck gefragt) oder von der Kartenmitte. Das Ergebnis wird mit dem ' +
      'Ausgangspunkt auf der Karte gezeigt (frei von den Bedienelementen, höchstens Zoomstufe 16: die Straßen ringsum ' +
      'bleiben zu sehen), der eigene Standort beschriftet mit „Ihr Standort“, ausgewählt (die Details zeigen es mit der Entfernung, die Liste bekommt ' +
      'eine Spalte „Entfernung“) und als Statuszeile angesagt: „Nächster Hotspot in Betrieb: Fischmarkt Richtung Stadtgarten, 1,6 km Luftlinie von …“. ' +
      'Mit Maus, Touch und Tastatur bedienbar; sucht in der Ebene, die es anbietet (die WLAN-Hotspots in ' +
      'Betrieb, die Smart-Green-City-Projekte) oder in der mit `layer` genannten. Bieten es mehrere an, wählt man ' +
      'unter „Was suchen Sie?“ (siehe „Hotspot oder Projekt“).',
    '"Where is the nearest hotspot?" as a task of its own: from the place someone chose in `<kn-search>`, from ' +
      'their own position (asked only when pressed) or from the centre of the map. The result is framed on the map ' +
      'with the starting point (clear of the controls, at most zoom 16: the streets around stay in view), the own ' +
      'position labelled "Your location", selected (the details show it with its distance, the list gets a "distance" ' +
      'column) and said in a status line: "Nearest hotspot in operation: Fischmarkt Richtung Stadtgarten, 1.6 km as the crow flies from …". Works by ' +
      'mouse, touch and keyboard; searches the layer that offers it (the WLAN hotspots in operation, the Smart Green ' +
      'City projects) or the one named by `layer`. Where several offer it, the visitor chooses under "What are you ' +
      'looking for?" (see "Hotspot oder Projekt").',
  ),
} satisfies Meta<KnNearestArgs>;

export default meta;
type Story = StoryObj<KnNearestArgs>;

export const VomGesuchtenOrt: Story = {
  name: 'Vom gesuchten Ort',
  parameters: description(
    'Tippen Sie „Bücklestraße“ in die Suche und wählen Sie die Haltestelle: darunter erscheint „Vom gesuchten Ort: ' +
      'Bushaltestelle Bücklestraße“. Ein Druck darauf zeigt den nächsten Hotspot in Betrieb mit der Luftlinie.',
    'Type "Bücklestraße" into the search and choose the bus stop: below it "From the place searched: Bushaltestelle ' +
      'Bücklestraße" appears. Pressing it shows the nearest hotspot in operation with the straight-line distance.',
  ),
};

export const VomEigenenStandort: Story = {
  name: 'Vom eigenen Standort',
  parameters: description(
    'Ein Druck auf „Von meinem Standort“ lässt den Browser um Erlaubnis fragen. Danach zeigt die Karte den Standort ' +
      'mit der Beschriftung „Ihr Standort“ und den nächsten Hotspot in Betrieb, mit Rand und höchstens so nah, dass ' +
      'die Straßen ringsum zu sehen sind; die Ansage lautet „… Luftlinie vom Punkt „Ihr Standort“ auf der Karte.“ ' +
      'Der Standort bleibt im Browser.',
    'Pressing "From my location" makes the browser ask for permission. Then the map shows the position labelled ' +
      '"Your location" and the nearest hotspot in operation, with a margin and no closer than the streets around ' +
      'can be seen; the status line says "… as the crow flies from the point “Your location” on the map." The ' +
      'position stays in the browser.',
  ),
};

export const MitListe: Story = {
  name: 'Mit Entfernungsliste',
  render: (args) =>
    split(
      html`<kn-map id="nearest-list-map" lang=${args.lang} theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte: Hotspots nach Entfernung">
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>`,
      html`<div style="display: grid; gap: 0.75rem">
        <kn-nearest for="nearest-list-map" lang=${args.lang}></kn-nearest>
        <kn-feature-list for="nearest-list-map" lang=${args.lang}></kn-feature-list>
      </div>`,
      { wide: true },
    ),
  parameters: description(
    '„Von der Kartenmitte“: die Liste darunter bekommt die Spalte „Entfernung“ von diesem Punkt und lässt sich danach sortieren.',
    '"From the centre of the map": the list below gets a "distance" column from that point and can be sorted by it.',
  ),
};

export const HotspotOderProjekt: Story = {
  name: 'Hotspot oder Projekt',
  args: { layer: 'wlan-choice, projects-choice' },
  render: (args) =>
    split(
      html`<kn-map id="nearest-choice-map" lang=${args.lang} theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte: nächster Hotspot oder nächstes Projekt">
        <kn-projects-layer id="projects-choice"></kn-projects-layer>
        <kn-wlan-layer id="wlan-choice"></kn-wlan-layer>
      </kn-map>`,
      html`<div style="display: grid; gap: 0.75rem">
        <kn-nearest for="nearest-choice-map" layer=${attr(args.layer)} lang=${args.lang}></kn-nearest>
        <kn-feature-details for="nearest-choice-map" lang=${args.lang} style="--kn-feature-details-width: 100%"></kn-feature-details>
      </div>`,
      { wide: true },
    ),
  parameters: description(
    '„Was wird in meiner Nähe gebaut?“: Hotspots und Smart-Green-City-Projekte auf einer Karte. `<kn-nearest>` fragt ' +
      '„Was suchen Sie?“; `layer="wlan-choice, projects-choice"` nennt die Ebenen in dieser Reihenfolge. Das nächste ' +
      'Projekt wird mit Handlungsfeld und Stand angesagt; es zählen nur die Projekte, die die Filter zeigen.',
    '"What is being built near me?": hotspots and Smart Green City projects on one map. `<kn-nearest>` asks "What are ' +
      'you looking for?"; `layer="wlan-choice, projects-choice"` names the layers in this order. The nearest project is ' +
      'said with its field of action and status; only the projects the filters show count.',
  ),
};

export const English: Story = {
  name: 'English',
  args: { lang: 'en' },
};
