import { catalogue } from '../../i18n/catalogue.js';

/** The strings of the sample-data mark on the map (sample-mark.ts), German and English. */
const de = {
  label: 'Beispieldaten',
  /** Read after the label by screen readers: which layer shows sample data ("Beispieldaten in der Ebene Glasfaserausbau"). */
  layer: 'in der Ebene {layers}',
  /** The same for several layers. */
  layers: 'in den Ebenen {layers}',
} as const;

const en: Record<keyof typeof de, string> = {
  label: 'Sample data',
  layer: 'in the layer {layers}',
  layers: 'in the layers {layers}',
};

export const t = catalogue(de, en);
