import { z } from 'zod'
import { dataSchemas } from './registry'

/** The JSON Schema text of a data file, as committed in data/schemas/. */
export function jsonSchemaFor(file: string): string {
  const schema = dataSchemas[file]
  if (!schema)
    throw new Error(`no schema for data file "${file}"`)
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`
}
