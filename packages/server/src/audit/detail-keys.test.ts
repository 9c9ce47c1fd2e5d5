import { fileURLToPath } from 'node:url';
import { AUDIT_DETAIL_KEYS } from '@harbor/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildImportGraph } from '../testing/import-graph.js';

/**
 * The audit viewer labels every detail key in both languages from core's AUDIT_DETAIL_KEYS: this reads the server's
 * sources and finds every key written in a `details: { … }` object (spreads of object literals included), so a new
 * key cannot reach the trail without a label.
 */

const SERVER = fileURLToPath(new URL('../', import.meta.url));

function detailKeysIn(name: string, contents: string): string[] {
  const source = ts.createSourceFile(name, contents, ts.ScriptTarget.Latest, true);
  const keys: string[] = [];
  const collect = (object: ts.ObjectLiteralExpression) => {
    for (const property of object.properties) {
      if (
        (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
        (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
      ) {
        keys.push(property.name.text);
      } else if (ts.isSpreadAssignment(property)) {
        const visit = (node: ts.Node): void => {
          if (ts.isObjectLiteralExpression(node)) collect(node);
          else ts.forEachChild(node, visit);
        };
        visit(property.expression);
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'details' &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      collect(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

describe('the audit details’ keys', () => {
  const files = [...buildImportGraph([SERVER]).files.values()].filter(
    (f) => !/\.test\.ts$/.test(f.name) && !f.name.startsWith('testing/'),
  );

  it('finds the keys it looks for (the scan is not blind)', () => {
    expect(
      detailKeysIn('x.ts', "h.record({ details: { purpose: 'search', ...(a ? { level: a } : {}), via } })"),
    ).toEqual(['purpose', 'level', 'via']);
    const gate = files.find((f) => f.name === 'records/gate.ts')!;
    expect(detailKeysIn(gate.name, gate.contents)).toEqual(expect.arrayContaining(['access', 'via', 'action']));
  });

  it('lists in core every key the server writes, so the audit viewer labels it', () => {
    const listed = new Set<string>(AUDIT_DETAIL_KEYS);
    const unlisted = files.flatMap((f) =>
      detailKeysIn(f.name, f.contents)
        .filter((key) => !listed.has(key))
        .map((key) => `${f.name}: ${key}`),
    );
    expect(unlisted, 'add these to AUDIT_DETAIL_KEYS (packages/core/src/audit-details.ts) and label them').toEqual([]);
  });
});
