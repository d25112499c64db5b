import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { Json } from 'src/openapi/refine-document';

type Constraint = (schema: Json, args: unknown[]) => void;

/**
 * How each class-validator check reads in JSON Schema. A check the document can state is
 * stated as the validator has it, so a request schema says exactly what the pipe accepts.
 */
const CONSTRAINTS: Record<string, Constraint> = {
  isInt: (s) => (s.type = 'integer'),
  min: (s, [n]) => (s.minimum = n),
  max: (s, [n]) => (s.maximum = n),
  minLength: (s, [n]) => (s.minLength = n),
  maxLength: (s, [n]) => (s.maxLength = n),
  isIn: (s, [values]) => (s.enum = values),
  arrayMinSize: (s, [n]) => (s.minItems = n),
  arrayMaxSize: (s, [n]) => (s.maxItems = n),
  arrayUnique: (s) => (s.uniqueItems = true),
  notEquals: (s, [v]) => (s.not = { const: v }),
  isUuid: (s) => (s.format = 'uuid'),
  isDateString: (s) => (s.format ??= 'date-time'),
  // A pattern the document already gives is what people may type before the value is
  // normalised (phone numbers): the validator's own pattern is checked after that.
  matches: (s, [pattern]) => {
    if (s.pattern === undefined && pattern instanceof RegExp && !pattern.flags) {
      s.pattern = pattern.source;
    }
  },
};

/** The DTO classes class-validator knows, by name (the names @nestjs/swagger gives schemas). */
function validatedClasses(): Map<string, new () => object> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<new () => object, ValidationMetadata[]>;
  };
  return new Map([...storage.validationMetadatas.keys()].map((c) => [c.name, c]));
}

/**
 * Writes the validators' bounds, lengths, enums and formats into the request schemas of the
 * document, so they cannot drift from what the validation pipe checks.
 */
export function applyValidationConstraints(schemas: Json): void {
  const classes = validatedClasses();
  const storage = getMetadataStorage();
  for (const [name, schema] of Object.entries(schemas)) {
    const target = classes.get(name);
    const properties = (schema as Json).properties as Record<string, Json> | undefined;
    if (!target || !properties) continue;
    for (const meta of storage.getTargetValidationMetadatas(target, '', true, false)) {
      const property = properties[meta.propertyName];
      const apply = meta.name ? CONSTRAINTS[meta.name] : undefined;
      if (!property || !apply) continue;
      const items = property.items as Json | undefined;
      apply(meta.each && items ? items : property, meta.constraints ?? []);
    }
  }
}
