import { defaultLimits } from './context.js';
import type { ValidationLimits } from './context.js';
import type {
  AnyReader,
  EitherReader,
  ListReader,
  MapReader,
  NumberReader,
  ObjectReader,
  OneOfReader,
  RecordReader,
  TextReader,
  VersionReader,
} from './readers.js';

/**
 * The contract's readers described as JSON Schema (draft 2020-12), for `scripts/schema.mjs`. Kept
 * apart from the readers so that the browser bundle carries no schema code. What a schema cannot
 * say (ids naming items of other lists, unique ids, levels within their item's scale) only the
 * validator checks.
 */

export type JsonSchema = { [key: string]: unknown };

export interface SchemaOptions {
  /**
   * Descriptions by `$defs` name (`''` for the root) and field, e.g. from the fields' JSDoc;
   * objects without a name are described by their parent's field.
   */
  docs?: Record<string, { description?: string; fields: Record<string, string> }>;
  limits?: ValidationLimits;
}

const finite = (value: number) => Math.abs(value) < Number.MAX_VALUE;

export function toJsonSchema(
  root: AnyReader,
  meta: JsonSchema,
  options: SchemaOptions = {},
): JsonSchema {
  const limits = options.limits ?? defaultLimits;
  const docs = options.docs ?? {};
  const defs: Record<string, JsonSchema> = {};
  const maxLength = limits.maxStringLength;
  /** Blank text stands for absent: a problem only where a value is needed. */
  const textOf = (reader: AnyReader): JsonSchema =>
    reader.presence === 'required' || reader.presence === 'expected'
      ? { type: 'string', pattern: '\\S', maxLength }
      : { type: 'string', maxLength };

  function describe(reader: AnyReader): JsonSchema {
    const schema = shapeOf(reader);
    if (reader.presence === 'default' && reader.fallback !== undefined) {
      return { ...schema, default: reader.fallback };
    }
    return schema;
  }

  function objectSchema(
    reader: ObjectReader<Record<string, AnyReader>>,
    doc: string | undefined,
  ): JsonSchema {
    const fields = (doc === undefined ? undefined : docs[doc]?.fields) ?? {};
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    reader.keys.forEach((key, index) => {
      const field = reader.readers[index]!;
      const description = fields[key];
      properties[key] = description ? { description, ...describe(field) } : describe(field);
      if (field.presence === 'required' || field.presence === 'expected') required.push(key);
    });
    const description = doc === undefined ? undefined : docs[doc]?.description;
    return {
      ...(description ? { description } : {}),
      type: 'object',
      ...(required.length ? { required } : {}),
      properties,
    };
  }

  function shapeOf(reader: AnyReader): JsonSchema {
    switch (reader.kind) {
      case 'text': {
        const { pattern, allowEmpty } = (reader as TextReader).options;
        if (pattern) return { type: 'string', pattern: pattern.source };
        return allowEmpty ? { type: 'string', maxLength } : textOf(reader);
      }
      case 'url':
        return { type: 'string', pattern: '^https?://', maxLength };
      case 'ref':
        return textOf(reader);
      case 'number': {
        const { integer, min, max } = reader as NumberReader;
        return {
          type: integer ? 'integer' : 'number',
          ...(finite(min) ? { minimum: min } : {}),
          ...(finite(max) ? { maximum: max } : {}),
        };
      }
      case 'boolean':
        return { type: 'boolean' };
      case 'oneOf':
        return { enum: [...(reader as OneOfReader<string>).values] };
      case 'version':
        return { enum: [...(reader as VersionReader<number>).versions] };
      case 'object': {
        const object = reader as ObjectReader<Record<string, AnyReader>>;
        const name = object.options.name;
        if (name === undefined) return objectSchema(object, undefined);
        defs[name] ??= objectSchema(object, name);
        return { $ref: `#/$defs/${name}` };
      }
      case 'list': {
        const { item, options } = reader as ListReader<unknown>;
        const max = typeof options.max === 'string' ? limits[options.max] : options.max;
        return {
          type: 'array',
          ...(options.min ? { minItems: options.min } : {}),
          ...(max === undefined ? {} : { maxItems: max }),
          items: describe(item),
        };
      }
      case 'record':
        return {
          type: 'object',
          additionalProperties: describe((reader as RecordReader<unknown>).value),
        };
      case 'either':
        return {
          anyOf: Object.values((reader as EitherReader<unknown>).branches).map((branch) =>
            describe(branch!),
          ),
        };
      case 'map':
        return describe((reader as MapReader<unknown, unknown>).from);
      case 'levels':
        defs.level ??= {
          description: 'A whole-number index into the item’s scale, or null for not assessed.',
          oneOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }],
        };
        return { type: 'object', additionalProperties: { $ref: '#/$defs/level' } };
      default:
        throw new Error(`toJsonSchema: no schema for a reader of kind "${reader.kind}"`);
    }
  }

  const body = objectSchema(root as ObjectReader<Record<string, AnyReader>>, '');
  // Definitions in a stable order, whatever order they were met in.
  const sorted = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...meta,
    ...body,
    $defs: sorted,
  };
}
