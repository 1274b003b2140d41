// Checks a user catalog file against catalog.schema.json without a validator library in the server
// bundle. It interprets the subset of JSON Schema the catalog schema uses (type, properties,
// required, additionalProperties, items, minItems, enum, pattern, minLength, minimum, $ref, oneOf);
// the unit tests hold it to ajv's verdicts on the same schema. A message says where a value is and
// what is expected, never the value or an unknown key: the file may not be a catalog at all.
import schema from './catalog.schema.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  minItems?: number;
  enum?: Json[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  oneOf?: SchemaNode[];
}

const root = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };
const patterns = new Map<string, RegExp>();

function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.$ref) {
    const name = current.$ref.replace('#/definitions/', '');
    current = root.definitions[name];
  }
  return current;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

function pathText(path: string): string {
  return path === '' ? 'the file' : path;
}

function check(nodeIn: SchemaNode, value: unknown, path: string, problems: string[]): void {
  const node = resolve(nodeIn);
  if (node.oneOf) {
    const passing = node.oneOf.filter((option) => {
      const inner: string[] = [];
      check(option, value, path, inner);
      return inner.length === 0;
    });
    if (passing.length !== 1) {
      problems.push(`${pathText(path)}: must be a citation, either {"mtus": part id, "year", "sections"} or {"odg": chapter id, "topic"}`);
    }
    return;
  }
  if (node.type && !typeMatches(node.type, value)) {
    problems.push(`${pathText(path)}: must be ${node.type === 'object' ? 'an object' : node.type === 'array' ? 'an array' : `a ${node.type}`}`);
    return;
  }
  if (node.enum && !node.enum.includes(value as Json)) {
    problems.push(`${pathText(path)}: must be one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) problems.push(`${pathText(path)}: must not be empty`);
    if (node.pattern) {
      let re = patterns.get(node.pattern);
      if (!re) {
        re = new RegExp(node.pattern, 'u');
        patterns.set(node.pattern, re);
      }
      if (!re.test(value)) problems.push(`${pathText(path)}: does not match ${node.pattern}`);
    }
  }
  if (typeof value === 'number' && node.minimum !== undefined && value < node.minimum) {
    problems.push(`${pathText(path)}: must be at least ${node.minimum}`);
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) problems.push(`${pathText(path)}: needs at least ${node.minItems} entries`);
    if (node.items) value.forEach((item, i) => check(node.items as SchemaNode, item, `${path}[${i}]`, problems));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of node.required ?? []) {
      if (!(key in obj)) problems.push(`${pathText(path)}: missing "${key}"`);
    }
    for (const [key, child] of Object.entries(obj)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      const propSchema = node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
      if (propSchema) check(propSchema, child, childPath, problems);
      else if (node.additionalProperties === false) problems.push(`${pathText(path)}: has a property the schema does not allow (allowed: ${Object.keys(node.properties ?? {}).join(', ')})`);
    }
  }
}

/** The schema problems of a parsed catalog file, each naming where it is; empty when valid. */
export function schemaProblems(value: unknown): string[] {
  const problems: string[] = [];
  check(root, value, '', problems);
  return problems;
}
