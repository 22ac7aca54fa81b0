/**
 * What the year slider says after a move (a polite status, for those who do not see the map change): the year and
 * how many features have each category then, in the legend's order ("2016: 3 verfügbar, 4 im Bau, 8 geplant").
 * `categories`: each feature's category in that year ('' for none, not counted); `order`: the legend's labels, which
 * may say more after the category ("im Bau (schraffiert)"). Categories the legend does not name come last.
 */
export function yearSummary(year: number, categories: readonly string[], order: readonly string[], locale: string): string {
  const counts = new Map<string, number>();
  for (const category of categories) if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  const rank = (category: string) => {
    const index = order.findIndex((label) => label === category || label.startsWith(`${category} `));
    return index < 0 ? order.length : index;
  };
  const parts = [...counts].sort(([a], [b]) => rank(a) - rank(b)).map(([category, count]) => `${count.toLocaleString(locale)} ${category}`);
  return parts.length ? `${year}: ${parts.join(', ')}.` : `${year}.`;
}
