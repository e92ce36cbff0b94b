import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildFixture, copyContent } from './helpers.ts';

const copy = copyContent();
afterAll(() => copy.remove());

/** Every file of a built site with the hash of its bytes. */
function fingerprint(directory: string, root = directory): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return Object.entries(fingerprint(path, root));
      return [[relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex')]];
    }),
  );
}

it('building the same content twice, each with an empty cache, gives byte-identical output', () => {
  const first = fingerprint(buildFixture(copy.root, {}, 'first'));
  const second = fingerprint(buildFixture(copy.root, {}, 'second'));
  expect(Object.keys(first).length).toBeGreaterThan(300);
  const differing = Object.keys({ ...first, ...second }).filter((file) => first[file] !== second[file]);
  expect(differing).toEqual([]);
}, 240_000);
