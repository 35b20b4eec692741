/**
 * JSON Schema validation (ajv) shared by the config model, rule options and
 * data files. Errors are turned into one readable line each: where, what is
 * wrong, and what is allowed.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from './rule.js';
import { precompiled } from './schemas-precompiled.js';

// `validateSchema: false`: every schema ajv compiles here is Bayan's own (the config's, the rules'
// options, the packs' settings, the data files'); tests/schemas-meta.test.ts checks each against the
// JSON Schema meta-schema once, so a run does not compile the meta-schema on every start (~80 ms cold).
const ajv = new Ajv({
  allErrors: true,
  useDefaults: true,
  strict: false,
  allowUnionTypes: true,
  validateSchema: false,
});
const cache = new WeakMap<object, ValidateFunction>();

/**
 * Validators generated from Bayan's own schemas when it was built (ajv's standalone code, see
 * scripts/precompiled-schemas.mjs), keyed by the JSON of their schema: a run finds the code of
 * the config schema there instead of generating and compiling it at every start. A schema that is
 * not there (changed since, or a test's own) is compiled as before.
 */
let precompiledByJson: Map<string, ValidateFunction> | undefined;

function precompiledFor(schema: JsonSchema): ValidateFunction | undefined {
  precompiledByJson ??= new Map(precompiled as unknown as [string, ValidateFunction][]);
  return precompiledByJson.get(JSON.stringify(schema));
}

export function compileSchema(schema: JsonSchema): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    // Two copies of one schema (same $id) share the first compilation.
    const id = typeof schema.$id === 'string' ? schema.$id : undefined;
    validate = precompiledFor(schema) ?? ((id && ajv.getSchema(id)) || ajv.compile(schema));
    cache.set(schema, validate);
  }
  return validate;
}

export interface SchemaProblem {
  /** JSON pointer of the value, e.g. `/rules/numbers~1currency/1/style`. */
  pointer: string;
  /** Dotted key path for messages, e.g. `rules.numbers/currency[1].style`. */
  key: string;
  message: string;
}

export function pointerToKey(pointer: string, prefix = ''): string {
  let key = prefix;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    key += /^\d+$/.test(part) ? `[${part}]` : key === '' ? part : `.${part}`;
  }
  return key || '(top level)';
}

/** An anyOf failure, said with its branches: which values, or which shapes, are allowed. */
function describeAnyOf(error: ErrorObject, all: readonly ErrorObject[]): string {
  const branches = all.filter((e) => e !== error && e.instancePath === error.instancePath && e.keyword !== 'anyOf');
  const values = branches.find((e) => e.keyword === 'enum');
  const listAllowed = branches.some((e) => e.keyword === 'type' && (e.params as { type?: unknown }).type === 'array');
  if (values) return `${describe(values, all)}${listAllowed ? ', or a list [that, {options}]' : ''}`;
  // anyOf: [{required: [a]}, {required: [b]}]: one of these keys must be there.
  const own = branches.filter((e) => e.schemaPath.startsWith(`${error.schemaPath}/`));
  if (own.length > 0 && own.every((e) => e.keyword === 'required')) {
    return `needs one of the keys ${own.map((e) => `"${String((e.params as { missingProperty?: unknown }).missingProperty)}"`).join(', ')}`;
  }
  const types = [
    ...new Set(branches.filter((e) => e.keyword === 'type').map((e) => String((e.params as { type?: unknown }).type))),
  ];
  return types.length > 0 ? `must be ${types.join(' or ')}` : (error.message ?? 'is not valid');
}

function describe(error: ErrorObject, all: readonly ErrorObject[] = []): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'anyOf':
      return describeAnyOf(error, all);
    case 'additionalProperties':
      return `unknown key "${String(p.additionalProperty)}"`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `must be ${String(p.type)}`;
    case 'required':
      return `is missing the required key "${String(p.missingProperty)}"`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** Validates (and fills defaults into) `value`; returns the problems, best first. */
export function validateAgainst(schema: JsonSchema, value: unknown, keyPrefix = ''): SchemaProblem[] {
  const validate = compileSchema(schema);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // anyOf/oneOf produce one error per branch plus a summary; the summary alone is the clearest.
  const branchless = errors.filter(
    (e) =>
      !errors.some(
        (o) => (o.keyword === 'anyOf' || o.keyword === 'oneOf') && e !== o && e.instancePath === o.instancePath,
      ),
  );
  return (branchless.length > 0 ? branchless : errors).map((e) => ({
    pointer: e.instancePath,
    key: pointerToKey(e.instancePath, keyPrefix),
    message: describe(e, errors),
  }));
}
