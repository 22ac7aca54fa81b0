import { html, nothing } from 'lit';
import { catalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

/**
 * What a control says while layer elements inside its map are still being defined (`LayerRegistry.layersComing`: the
 * CDN loader's chunks on their way), instead of "no layer on the map" or a list of the first layers to arrive as if
 * that were all.
 */
const t = catalogue(
  { none: 'Ebenen werden geladen …', more: 'Weitere Ebenen werden geladen …' },
  { none: 'Loading layers …', more: 'Loading more layers …' },
);

/** Where a control has no layer: "Ebenen werden geladen …" while layers are coming, else its own `none` ("Keine Ebene …"). */
export const noLayerText = (coming: boolean, lang: Lang, none: string): string => (coming ? t(lang, 'none') : none);

/** A muted line "Weitere Ebenen werden geladen …" under what a control lists, while more layers are coming. */
export const moreLayersComing = (coming: boolean, lang: Lang) => (coming ? html`<p class="muted coming" part="coming">${t(lang, 'more')}</p>` : nothing);
