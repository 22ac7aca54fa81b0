import type { Feature } from 'geojson';

/**
 * The part of MapLibre's style expressions the library's styles use (and a little more), evaluated for one feature
 * at one zoom, so that the still picture takes its colours, sizes and filters from the very style layers MapLibre
 * draws. An operator outside this part throws `Unsupported`: the still picture leaves that style layer out rather
 * than draw it wrongly. Pure; no DOM.
 */

export class Unsupported extends Error {}

export interface EvalContext {
  zoom: number;
  feature: Feature;
  /** `feature-state` of the feature (e.g. `selected`). */
  state?: Record<string, unknown>;
}

type Expr = unknown;

/** MapLibre's names of geometry types: a Multi… geometry with one part counts as the single kind. */
export function geometryType(feature: Feature): string {
  const geometry = feature.geometry;
  if (!geometry) return '';
  if (geometry.type.startsWith('Multi') && 'coordinates' in geometry && geometry.coordinates.length === 1) return geometry.type.slice(5);
  return geometry.type;
}

const typeOf = (value: unknown) => (value === null || value === undefined ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** `to-string` as MapLibre does it. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === '==') return a === b || (a === null && b === undefined) || (a === undefined && b === null);
  if (op === '!=') return !compare('==', a, b);
  if (typeOf(a) !== typeOf(b) || (typeof a !== 'number' && typeof a !== 'string')) return false;
  const [x, y] = [a as number, b as number];
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
}

/** The value of a number between stops: `['linear']` or `['exponential', base]`. */
function interpolate(kind: Expr, input: number, stops: [number, unknown][]): unknown {
  if (input <= stops[0][0]) return stops[0][1];
  const last = stops[stops.length - 1];
  if (input >= last[0]) return last[1];
  const i = stops.findIndex(([stop]) => stop > input);
  const [[x0, y0], [x1, y1]] = [stops[i - 1], stops[i]];
  if (typeof y0 !== 'number' || typeof y1 !== 'number') return input - x0 < x1 - input ? y0 : y1; // colours: the nearer stop
  const base = Array.isArray(kind) && kind[0] === 'exponential' ? Number(kind[1]) : 1;
  const t = base === 1 ? (input - x0) / (x1 - x0) : (base ** (input - x0) - 1) / (base ** (x1 - x0) - 1);
  return y0 + t * (y1 - y0);
}

/** The operators `evaluate` knows. */
const OPERATORS = new Set(
  'literal get has feature-state geometry-type zoom == != < <= > >= ! all any case match coalesce in to-string to-number to-boolean boolean number string downcase upcase concat format + * - / min max interpolate step'.split(' '),
);

/** Whether a value is an expression rather than a constant (an array value such as `[3, 2]` or `['Noto Sans Medium']`). */
export const isExpression = (value: unknown): boolean => Array.isArray(value) && typeof value[0] === 'string' && OPERATORS.has(value[0]);

/** Operators whose value depends on the feature (its properties, geometry or state). */
const FEATURE_OPERATORS = new Set(['get', 'has', 'feature-state', 'geometry-type', 'id', 'properties']);

/** Whether a style value can differ from feature to feature (else it is evaluated once per layer). */
export const dependsOnFeature = (value: unknown): boolean =>
  Array.isArray(value) && ((typeof value[0] === 'string' && FEATURE_OPERATORS.has(value[0])) || value.some(dependsOnFeature));

/** Evaluates a style value (a constant or an expression) for the context. */
export function evaluate(expr: Expr, ctx: EvalContext): unknown {
  if (!Array.isArray(expr)) return expr;
  const [op, ...args] = expr as [string, ...Expr[]];
  const value = (i: number) => evaluate(args[i], ctx);
  const properties = ctx.feature.properties ?? {};
  switch (op) {
    case 'literal':
      return args[0];
    case 'get':
      if (args.length > 1) throw new Unsupported('get from an object');
      return Object.hasOwn(properties, String(value(0))) ? properties[String(value(0))] : null;
    case 'has':
      return Object.hasOwn(properties, String(value(0)));
    case 'feature-state':
      return ctx.state?.[String(value(0))] ?? null;
    case 'geometry-type':
      return geometryType(ctx.feature);
    case 'zoom':
      return ctx.zoom;
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(op, value(0), value(1));
    case '!':
      return !value(0);
    case 'all':
      return args.every((_, i) => value(i) === true);
    case 'any':
      return args.some((_, i) => value(i) === true);
    case 'case': {
      for (let i = 0; i + 1 < args.length; i += 2) if (value(i) === true) return value(i + 1);
      return value(args.length - 1);
    }
    case 'match': {
      const input = value(0);
      for (let i = 1; i + 1 < args.length; i += 2) {
        const labels = Array.isArray(args[i]) ? (args[i] as unknown[]) : [args[i]];
        if (labels.includes(input as never)) return value(i + 1);
      }
      return value(args.length - 1);
    }
    case 'coalesce':
      for (let i = 0; i < args.length; i++) {
        const found = value(i);
        if (found !== null && found !== undefined) return found;
      }
      return null;
    case 'in': {
      const [needle, haystack] = [value(0), value(1)];
      return typeof haystack === 'string' ? haystack.includes(toText(needle)) : Array.isArray(haystack) && haystack.includes(needle as never);
    }
    case 'to-string':
      return toText(value(0));
    case 'to-number': {
      const number = Number(value(0));
      return Number.isFinite(number) ? number : args.length > 1 ? value(1) : 0;
    }
    case 'to-boolean':
      return !!value(0);
    case 'boolean':
    case 'number':
    case 'string':
      for (let i = 0; i < args.length; i++) {
        const found = value(i);
        if (typeof found === op) return found;
      }
      return null;
    case 'downcase':
      return toText(value(0)).toLowerCase();
    case 'upcase':
      return toText(value(0)).toUpperCase();
    case 'concat':
      return args.map((_, i) => toText(value(i))).join('');
    case 'format':
      // The texts (options such as `font-scale` are not drawn differently).
      return args.filter((arg) => typeof arg !== 'object' || Array.isArray(arg)).map((arg) => toText(evaluate(arg, ctx))).join('');
    case '+':
      return args.reduce<number>((sum, _, i) => sum + Number(value(i)), 0);
    case '*':
      return args.reduce<number>((product, _, i) => product * Number(value(i)), 1);
    case '-':
      return args.length === 1 ? -Number(value(0)) : Number(value(0)) - Number(value(1));
    case '/':
      return Number(value(0)) / Number(value(1));
    case 'min':
      return Math.min(...args.map((_, i) => Number(value(i))));
    case 'max':
      return Math.max(...args.map((_, i) => Number(value(i))));
    case 'interpolate': {
      const stops: [number, unknown][] = [];
      for (let i = 2; i + 1 < args.length; i += 2) stops.push([Number(args[i]), value(i + 1)]);
      return interpolate(args[0], Number(value(1)), stops);
    }
    case 'step': {
      const input = Number(value(0));
      let result = value(1);
      for (let i = 2; i + 1 < args.length; i += 2) {
        if (input >= Number(args[i])) result = value(i + 1);
        else break;
      }
      return result;
    }
    default:
      throw new Unsupported(`expression "${op}"`);
  }
}
