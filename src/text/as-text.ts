/**
 * A value from someone's data as text, for every place a property value is shown, compared or searched.
 * Never throws, whatever the value (`{"toString": "x"}` from JSON, a getter that throws, a cycle, a symbol).
 *
 * - text stays as it is (never cut: a long name is still the name);
 * - finite numbers, booleans and bigints as `String` writes them; NaN, ±Infinity, null, undefined,
 *   functions and symbols give '';
 * - a valid date as its ISO form (`2026-05-01T08:00:00.000Z`, also inside arrays and objects), an invalid one as '';
 * - arrays and objects as compact JSON (`{"de":"Markt"}`), as maplibre's `to-string` writes them in a style
 *   filter, so that what a list shows is what a category filter compares; cut at `maxLength` characters
 *   with an ellipsis (cycles and unreadable members are left out; unreadable as a whole gives '').
 */
export function asText(value: unknown, maxLength = 300): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(value) : '';
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      if (value === null) return '';
      return value instanceof Date ? dateText(value) : objectText(value, maxLength);
    default:
      return ''; // undefined, function, symbol
  }
}

/** A date as its ISO form (`2026-05-01T08:00:00.000Z`); an invalid date (or one that cannot be read) as ''. */
function dateText(date: Date): string {
  try {
    const time = Date.prototype.getTime.call(date);
    return Number.isNaN(time) ? '' : new Date(time).toISOString();
  } catch {
    return ''; // a Date-like object whose prototype is Date's but that holds no date
  }
}

/** Nesting deeper than this is written as `…`. */
const MAX_DEPTH = 20;

function objectText(value: object, maxLength: number): string {
  const out: string[] = [];
  let length = 0;
  const ancestors: object[] = [];
  const push = (text: string) => {
    out.push(text);
    length += text.length;
    return length <= maxLength;
  };
  /** Writes one value as JSON; false when the text is long enough already. */
  const write = (item: unknown, inArray: boolean): boolean => {
    if (typeof item === 'string') return push(JSON.stringify(item));
    if (typeof item === 'number') return push(Number.isFinite(item) ? String(item) : 'null');
    if (typeof item === 'boolean') return push(String(item));
    if (typeof item === 'bigint') return push(JSON.stringify(String(item)));
    if (item === null || typeof item !== 'object') return push(inArray || item === null ? 'null' : '');
    if (item instanceof Date) return push(Number.isNaN(item.getTime()) ? 'null' : JSON.stringify(item.toISOString()));
    if (ancestors.includes(item) || ancestors.length >= MAX_DEPTH) return push('"…"');
    ancestors.push(item);
    try {
      if (Array.isArray(item)) {
        if (!push('[')) return false;
        for (let i = 0; i < item.length; i++) {
          if ((i > 0 && !push(',')) || !write(item[i], true)) return false;
        }
        return push(']');
      }
      if (!push('{')) return false;
      let first = true;
      for (const key of Object.keys(item)) {
        const member = (item as Record<string, unknown>)[key];
        if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
        if ((!first && !push(',')) || !push(`${JSON.stringify(key)}:`) || !write(member, false)) return false;
        first = false;
      }
      return push('}');
    } finally {
      ancestors.pop();
    }
  };
  try {
    if (write(value, false)) return out.join('');
  } catch {
    return ''; // a getter or proxy that throws: nothing readable
  }
  return `${out.join('').slice(0, Math.max(0, maxLength - 1))}…`;
}
