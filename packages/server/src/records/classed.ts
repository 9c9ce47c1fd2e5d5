import type { FieldClass, ReportOrigin } from '@harbor/core';

/**
 * A value of a youth's data with its field class, as a use case hands it to the records gate. The gate shows it when
 * the reader's classes include it, or when the reader wrote it (`author`); a mandated report's content names who made
 * the report (`report`), which decides who may read it. A hidden value is left out of the answer: its key is absent.
 */
export class Classed<T = unknown> {
  constructor(
    readonly fieldClass: FieldClass,
    readonly value: T,
    readonly author: string | null,
    readonly report: ReportOrigin | null,
  ) {}
}

export function classed<T>(
  fieldClass: FieldClass,
  value: T,
  origin: { author?: string | null; report?: ReportOrigin | null } = {},
): Classed<T> {
  return new Classed(fieldClass, value, origin.author ?? null, origin.report ?? null);
}

/**
 * What a view looks like once presented: every Classed<T> becomes T. (A hidden value is left out at run time; the
 * contracts mark such fields optional.)
 */
export type Presented<V> =
  V extends Classed<infer T>
    ? Presented<T>
    : V extends readonly (infer E)[]
      ? Presented<E>[]
      : V extends Date | Uint8Array
        ? V
        : V extends object
          ? { [K in keyof V]: Presented<V[K]> }
          : V;

/** Decides whether one classed value may be shown to the reader. */
export type CanSee = (value: Classed) => boolean;

/** The name of a field as the audit trail writes it: `legalName` -> `legal_name`, `self-harm` -> `self_harm`. */
export const auditFieldName = (key: string): string =>
  key
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    .replace(/[^a-z0-9_]/g, '_')
    .replace(/^_+/, '');

/** How deep the audit names the fields it shows: `crisis.plan`, `steps.note`, `answers.self_harm`. */
const AUDIT_DEPTH = 2;

/**
 * The audit names of the fields a JSON answer holds, down to two levels (`legal_name.given`, `steps.note`): what was
 * shown, never a value. Arrays name their elements' fields once. Pure; the wall tests compute it from the HTTP answer.
 */
export function shownFieldNames(value: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, path: string, depth: number) => {
    if (Array.isArray(node)) {
      if (node.length === 0 || node.every((e) => e === null || typeof e !== 'object')) {
        if (path) names.add(path);
        return;
      }
      for (const element of node) walk(element, path, depth);
      return;
    }
    if (node !== null && typeof node === 'object' && !(node instanceof Date) && depth < AUDIT_DEPTH) {
      const entries = Object.entries(node).filter(([, v]) => v !== undefined);
      if (entries.length === 0 && path) names.add(path);
      for (const [key, inner] of entries)
        walk(inner, path ? `${path}.${auditFieldName(key)}` : auditFieldName(key), depth + 1);
      return;
    }
    if (path) names.add(path);
  };
  walk(value, '', 0);
  return [...names].sort();
}

/**
 * The view as the reader may see it: hidden values left out, shown ones unwrapped. Returns the answer and the audit
 * names of exactly the fields it holds.
 */
export function present<V>(view: V, canSee: CanSee): { value: Presented<V>; fields: string[] } {
  const strip = (node: unknown): { keep: boolean; value: unknown } => {
    if (node instanceof Classed) {
      if (!canSee(node)) return { keep: false, value: undefined };
      return strip(node.value);
    }
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      for (const element of node) {
        const stripped = strip(element);
        if (stripped.keep) out.push(stripped.value);
      }
      return { keep: true, value: out };
    }
    if (node !== null && typeof node === 'object' && !(node instanceof Date) && !(node instanceof Uint8Array)) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(node)) {
        const stripped = strip(inner);
        if (stripped.keep && stripped.value !== undefined) out[key] = stripped.value;
      }
      return { keep: true, value: out };
    }
    return { keep: true, value: node };
  };
  const value = strip(view).value as Presented<V>;
  return { value, fields: shownFieldNames(value) };
}

/** Whether a view holds any classed value (a youth's data) at all. */
export function holdsYouthData(view: unknown): boolean {
  if (view instanceof Classed) return true;
  if (Array.isArray(view)) return view.some(holdsYouthData);
  if (view !== null && typeof view === 'object') return Object.values(view).some(holdsYouthData);
  return false;
}
