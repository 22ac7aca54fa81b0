/**
 * The list's single tab stop (a roving tabindex, as the WAI-ARIA Authoring Practices keep one for a composite
 * widget): which row holds it after the rows changed, and where a key moves it. No DOM.
 */

/** Rows moved by PageDown / PageUp. */
export const PAGE_ROWS = 10;

/** The index a navigation key moves the focus to from `from` among `count` rows; undefined for other keys. */
export function targetIndex(key: string, from: number, count: number, page = PAGE_ROWS): number | undefined {
  const last = count - 1;
  const to =
    key === 'ArrowDown'
      ? from + 1
      : key === 'ArrowUp'
        ? from - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : key === 'PageDown'
              ? from + page
              : key === 'PageUp'
                ? from - page
                : undefined;
  return to === undefined ? undefined : Math.max(0, Math.min(last, to));
}

/**
 * The index in `rows` of the row that holds the tab stop after the rows changed from `previous`: the row of
 * `current` (the last focused or selected one) if it is still there, matched by `same`; otherwise the nearest
 * row of `previous` that is still there (looking below first, then above, a step further each time); otherwise
 * the same position, or the last row. -1 only when there are no rows.
 */
export function rovingIndex<R>(
  rows: readonly R[],
  previous: readonly R[],
  current: R | undefined,
  same: (a: R, b: R) => boolean,
): number {
  if (!rows.length) return -1;
  if (current === undefined) return 0;
  const find = (row: R) => rows.findIndex((candidate) => same(candidate, row));
  const kept = find(current);
  if (kept >= 0) return kept;
  const was = previous.findIndex((row) => same(row, current));
  if (was < 0) return 0;
  for (let step = 1; step < previous.length; step++) {
    for (const at of [was + step, was - step]) {
      if (at < 0 || at >= previous.length) continue;
      const found = find(previous[at]);
      if (found >= 0) return found;
    }
  }
  return Math.min(was, rows.length - 1);
}
