import { z } from 'zod';

/**
 * The text a request may carry (issue 13, item 4). No field holds NUL, another C0 control, DEL or a C1 control
 * (U+0080 to U+009F): PostgreSQL refuses NUL, the PDF fonts cannot draw them, and a person never types them (they come
 * with a copy and paste, or from a tool). Tab, line feed and carriage return are accepted in a multi-line field only
 * (one marked with `multiline`), so a one-line value (a name, a number) stays on one line. The server checks every
 * string of every request's body, query and path, and every key of the body, against its route's schemas.
 */
// Cc is every C0 control, DEL and every C1 control.
const NEVER = /(?![\t\n\r])\p{Cc}/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** The multi-line text fields of the contracts: they may hold tabs and line breaks. */
const MULTILINE = z.registry<{ multiline: true }>();

/** Marks a text field as multi-line (a text area): tab, line feed and carriage return are accepted in it. */
export function multiline<T extends z.ZodType>(schema: T): T {
  MULTILINE.add(schema, { multiline: true });
  return schema;
}

/** What is wrong with a text for a field, if anything: a control character, or a line break in a one-line field. */
export function refusedCharacter(text: string, allowsLineBreaks: boolean): 'control' | 'line_break' | undefined {
  if (NEVER.test(text)) return 'control';
  if (!allowsLineBreaks && LINE_BREAK_OR_TAB.test(text)) return 'line_break';
  return undefined;
}

/** The schemas a wrapper (optional, union, pipe...) holds; with a key, those a value at that key or index is checked against. */
function inner(schema: z.ZodType, key?: string | number): z.ZodType[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const all = (list: unknown) => (list as z.ZodType[]).flatMap((s) => (key === undefined ? [s] : inner(s, key)));
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return all([def.innerType]);
    case 'pipe':
      return all([def.in]);
    case 'lazy':
      return all([(def.getter as () => z.ZodType)()]);
    case 'union':
      return all(def.options);
    case 'intersection':
      return all([def.left, def.right]);
    default:
      break;
  }
  if (key === undefined) return [];
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      if (typeof key === 'string' && Object.hasOwn(shape, key)) return [shape[key] as z.ZodType];
      return def.catchall ? [def.catchall as z.ZodType] : [];
    }
    case 'array':
      return [def.element as z.ZodType];
    case 'record':
      return [def.valueType as z.ZodType];
    case 'tuple': {
      const items = def.items as z.ZodType[];
      const item = typeof key === 'number' ? items[key] : undefined;
      return item ? [item] : def.rest ? [def.rest as z.ZodType] : [];
    }
    default:
      return [];
  }
}

/** Whether the field at `path` of a value of `schema` is multi-line (any of the schemas it may match is marked). */
export function allowsLineBreaks(schema: z.ZodType | undefined, path: readonly (string | number)[]): boolean {
  let here: z.ZodType[] = schema ? [schema] : [];
  for (const key of path) here = here.flatMap((s) => inner(s, key));
  const seen = new Set<z.ZodType>();
  while (here.length > 0) {
    const next: z.ZodType[] = [];
    for (const s of here) {
      if (seen.has(s)) continue;
      seen.add(s);
      if (MULTILINE.get(s)?.multiline) return true;
      next.push(...inner(s));
    }
    here = next;
  }
  return false;
}

/** A refused character found in a value: where (the path of keys) and what. */
export interface RefusedText {
  path: (string | number)[];
  problem: 'control' | 'line_break';
}

/**
 * Every string (and every object key) of a parsed request part that holds a refused character, checked against the
 * part's schema (undefined: no field is multi-line). At most `limit` are listed.
 */
export function findRefusedText(value: unknown, schema: z.ZodType | undefined, limit = 20): RefusedText[] {
  const found: RefusedText[] = [];
  // Depth first with a stack of its own: JSON may nest deeper than the call stack (a body of 20,000 brackets).
  interface Place {
    node: unknown;
    parent?: Place;
    key?: string | number;
    /** A key holding a refused character: reported in its place among its siblings, its value not visited. */
    refusedKey?: RefusedText['problem'];
  }
  const pathOf = (place: Place): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at: Place | undefined = place; at?.parent; at = at.parent) path.unshift(at.key!);
    return path;
  };
  const stack: Place[] = [{ node: value }];
  while (stack.length > 0 && found.length < limit) {
    const place = stack.pop()!;
    const { node } = place;
    if (place.refusedKey) {
      found.push({ path: pathOf(place), problem: place.refusedKey });
    } else if (typeof node === 'string') {
      const path = pathOf(place);
      const problem = refusedCharacter(node, allowsLineBreaks(schema, path));
      if (problem) found.push({ path, problem });
    } else if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--)
        stack.push({ node: node[index], parent: place, key: index });
    } else if (node !== null && typeof node === 'object') {
      const children = Object.entries(node).map(([key, item]): Place => {
        const problem = refusedCharacter(key, false);
        return { node: item, parent: place, key, ...(problem ? { refusedKey: problem } : {}) };
      });
      stack.push(...children.reverse());
    }
  }
  return found.slice(0, limit);
}
