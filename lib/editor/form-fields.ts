import type { z } from 'zod';

/**
 * The web editor's form fields as Decap CMS reads them, and the guard that keeps them in step with
 * the content model's schemas (lib/editor/decap-config.ts builds every form with it).
 */

/** A form field without its name (the schema's key gives it). */
export type FieldSpec = {
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  pattern?: [string, string];
  collapsed?: boolean;
  summary?: string;
  value_type?: string;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  [key: string]: unknown;
};

export type DecapField = FieldSpec & { name: string };


const keysOf = (schema: z.ZodObject<z.ZodRawShape>) => Object.keys(schema.shape);
const optional = (schema: z.ZodObject<z.ZodRawShape>, key: string) => (schema.shape[key] as z.ZodType).safeParse(undefined).success;

/**
 * The form fields of a schema, in the schema's order: each key must have its field in `fields`,
 * and a field left out of the schema is refused (both are the drift the test guards).
 */
export function formFields(schema: z.ZodObject<z.ZodRawShape>, fields: Record<string, FieldSpec>): DecapField[] {
  const keys = keysOf(schema);
  const extra = Object.keys(fields).filter((name) => !keys.includes(name));
  const missing = keys.filter((key) => !(key in fields));
  if (extra.length > 0 || missing.length > 0) throw new Error(`editor fields out of step with the schema: missing ${missing.join(', ') || 'none'}, unknown ${extra.join(', ') || 'none'}`);
  return keys.map((name): DecapField => ({ name, ...(fields[name] as FieldSpec), ...(optional(schema, name) ? { required: false } : {}) }));
}

