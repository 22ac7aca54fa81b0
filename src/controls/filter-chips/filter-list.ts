import { parseList } from '../../layers/parse-list.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether a comma-separated filter ("Smarte Stadt, Smart Leben") names `value` (case does not matter). */
export function listHas(list: string | null | undefined, value: string): boolean {
  return parseList(list).some((item) => same(item, value));
}

/**
 * The filter with `value` added (`on`) or taken out, comma-joined in the order of `order` (values not in it
 * are kept, at the end). An empty result means "no filter".
 */
export function toggleInList(list: string | null | undefined, value: string, on: boolean, order: readonly string[] = []): string {
  const items = parseList(list).filter((item) => !same(item, value));
  if (on) items.push(value);
  const rank = (item: string) => {
    const index = order.findIndex((known) => same(known, item));
    return index < 0 ? order.length : index;
  };
  return items.sort((a, b) => rank(a) - rank(b)).join(', ');
}
