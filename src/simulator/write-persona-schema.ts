// Regenerates schemas/persona.schema.json from the zod schema:
//   node --import tsx src/simulator/write-persona-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { personaJsonSchema } from './persona-schema.ts';

export const PERSONA_SCHEMA_PATH = fileURLToPath(
  new URL('../../schemas/persona.schema.json', import.meta.url),
);

export function personaSchemaText(): string {
  return `${JSON.stringify(personaJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PERSONA_SCHEMA_PATH, personaSchemaText());
}
