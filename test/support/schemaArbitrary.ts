import fc from 'fast-check';
import { z } from 'zod';

/** The JSON Schema subset zod emits for our input schemas. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

export interface SchemaArbitraryOptions {
  /** Ids worth hitting (existing deals), mixed with random UUIDs; `property` names the id's field. */
  knownIds: (property?: string) => string[];
  /** Overrides by property name, e.g. a deal file's `text`. */
  byProperty?: Record<string, fc.Arbitrary<unknown>>;
}

/**
 * Valid-looking values for a zod schema, derived from its public JSON Schema form, so a
 * procedure added later is fuzzed without anyone writing a generator for it.
 */
export function arbitraryFor(schema: z.ZodType, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fromJsonSchema(json, options);
}

function stringArbitrary(schema: JsonSchema, options: SchemaArbitraryOptions, property?: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid') {
    return fc.oneof(
      // Drawn by fast-check (not Math.random) so a seed replays the same ids.
      fc.nat().map((n) => {
        const ids = options.knownIds(property);
        return ids[n % Math.max(ids.length, 1)] ?? '00000000-0000-4000-8000-000000000000';
      }),
      fc.uuid(),
    );
  }
  if (schema.format === 'date') {
    return fc
      .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  return fc.oneof(
    fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, Math.max(min, 60)) }),
    // Exactly at the limit, the edge that matters most.
    fc.constant('x'.repeat(max)),
  );
}

function fromJsonSchema(schema: JsonSchema, options: SchemaArbitraryOptions, property?: string): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => fromJsonSchema(variant, options, property)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [
          key,
          options.byProperty?.[key] ?? fromJsonSchema(value, options, key),
        ]),
      );
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    case 'array':
      return fc.array(schema.items ? fromJsonSchema(schema.items, options, property) : fc.anything(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, Math.max(schema.minItems ?? 0, 5)),
      });
    case 'string':
      return stringArbitrary(schema, options, property);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything();
  }
}

/** Values of the wrong kind for any field. */
const wrongValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, '', 0, -1, true, [], {}, 'x'.repeat(100_001), '<img src=x onerror=alert(1)>'),
);

/** Keys that must never reach an object's prototype or be accepted as fields. */
export const dangerousKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** An own (not inherited) property, as JSON.parse would produce for a hostile body. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

/**
 * One small change to a valid value: a field dropped, replaced by the wrong kind, made
 * too long, an unknown or dangerous key added. Walks into nested objects.
 */
export function nearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.nat(), wrongValue, fc.constantFrom(...dangerousKeys, 'unexpected'))
    .map(([value, pick, kind, wrong, key]) => {
      const copy = structuredClone(value);
      if (typeof copy !== 'object' || copy === null) return wrong;
      // Descend to a random nested object so deep fields are hit too.
      let target = copy as Record<string, unknown>;
      for (let depth = 0; depth < 3; depth++) {
        const nested = Object.values(target).filter(
          (v): v is Record<string, unknown> => typeof v === 'object' && v !== null,
        );
        if (nested.length === 0 || (pick >> depth) % 2 === 0) break;
        target = nested[pick % nested.length] as Record<string, unknown>;
      }
      const keys = Object.keys(target);
      const field = keys[pick % Math.max(keys.length, 1)];
      switch (kind % 4) {
        case 0:
          if (field !== undefined) delete target[field];
          break;
        case 1:
          if (field !== undefined) target[field] = wrong;
          break;
        case 2:
          if (field !== undefined && typeof target[field] === 'string')
            target[field] = `${target[field]}${'y'.repeat(20_001)}`;
          else withOwnKey(target, key, wrong);
          break;
        default:
          withOwnKey(target, key, wrong);
      }
      return copy;
    });
}
