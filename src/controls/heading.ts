import { html as staticHtml, literal } from 'lit/static-html.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A `heading-level` value as a level 1–6 (2 for none or nonsense). */
export const clampLevel = (level: number) => Math.min(6, Math.max(1, Math.round(level) || 2));

/** A heading of level 1–6 (real `<hN>`, so heading navigation of screen readers finds it), with its class as its part. */
export const heading = (level: number, className: string, content: unknown) => {
  const tag = HEADINGS[clampLevel(level) - 1];
  return staticHtml`<${tag} class=${className} part=${className}>${content}</${tag}>`;
};
