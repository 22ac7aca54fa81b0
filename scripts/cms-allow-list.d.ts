/** Attributes every element may carry beyond its own (`id`, `slot`). */
export const EXTRA_ATTRIBUTES: string[];

/** The library's tag names and the union of their attributes (each sorted), from a custom-elements manifest. */
export function cmsAllowList(manifest: {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}): { elements: string[]; attributes: string[] };

/** A list as quoted names, `'a', 'b', …`, wrapped into lines of at most 110 characters after `indent`. */
export function quotedLines(names: string[], indent: string, trailingComma?: boolean): string;

/** The editors' guide with every list of elements and attributes in its CMS settings replaced by `lists`. */
export function guideWithLists(guide: string, lists: { elements: string[]; attributes: string[] }): string;
