import { catalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

const de = {
  message:
    '<{element}> steht außerhalb einer Karte und wird nicht gezeigt. Ebenen gehören zwischen <kn-map> und </kn-map>. ' +
    'Hat der Editor den Code in einen Absatz (<p>) gesetzt, ist die Karte dort zu Ende: den Code bitte in der HTML- oder Quelltext-Ansicht einfügen.',
} as const;

const en: Record<keyof typeof de, string> = {
  message:
    '<{element}> is outside any map and is not shown. Layers go between <kn-map> and </kn-map>. ' +
    'If the editor put the code in a paragraph (<p>), the map ends there: please paste the code in the HTML or source view.',
};

const t = catalogue(de, en);

export const outsideMapMessage = (lang: Lang, element: string): string => t(lang, 'message', { element });
