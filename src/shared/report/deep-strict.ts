/**
 * The shared CallRecord schema strips unknown keys (right for storage reads, where an older build may meet
 * a newer field). An import from a file must instead reject them, at every level, so a typo or an attack
 * is reported rather than silently dropped. This rebuilds a schema with every object strict, keeping
 * array limits and string checks as they are.
 */
import * as z from 'zod';

function strictify(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    if ((schema.def.checks?.length ?? 0) > 0) {
      // A refinement on an object would be lost by the rebuild below; fail loudly rather than weaken it.
      throw new Error('deepStrict: refined objects are not supported');
    }
    const shape: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      shape[key] = strictify(value);
    }
    return z.strictObject(shape);
  }
  if (schema instanceof z.ZodArray) {
    // clone keeps the array's own checks (max length) while swapping the element schema.
    return schema.clone({ ...schema.def, element: strictify(schema.element as z.ZodType) });
  }
  if (schema instanceof z.ZodOptional) return strictify(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodNullable) return strictify(schema.unwrap() as z.ZodType).nullable();
  return schema;
}

/**
 * Same input and output types as `schema`; only unknown keys are now errors. The cast is sound because
 * strict objects accept a subset of what the originals accept and produce the same shape.
 */
export function deepStrict<T extends z.ZodType>(schema: T): T {
  return strictify(schema) as T;
}
