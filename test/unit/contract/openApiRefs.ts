// Lists the $refs of a spec folder that do not resolve inside it: a missing file, or a
// JSON pointer (#/a/b) that names nothing in its file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

export function unresolvedRefs(dir: string): string[] {
  const root = path.resolve(dir);
  const parsed = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (!parsed.has(file)) parsed.set(file, parseYaml(fs.readFileSync(file, 'utf8')));
    return parsed.get(file);
  };
  const problems: string[] = [];
  for (const file of listYaml(root)) {
    for (const ref of refsIn(load(file))) {
      const [filePart = '', pointer] = ref.split('#');
      const target = filePart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(filePart));
      const where = `${path.relative(root, file)}: ${ref}`;
      if (path.relative(root, target).startsWith('..')) problems.push(`${where} (outside the folder)`);
      else if (!fs.existsSync(target)) problems.push(`${where} (no such file)`);
      else if (pointer && resolvePointer(load(target), pointer) === undefined) problems.push(`${where} (no such pointer)`);
    }
  }
  return problems;
}

function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function listYaml(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listYaml(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}
