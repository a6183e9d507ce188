import { z } from 'zod'
import { LANDSCAPE_MODEL_IDS } from './landscape-ids'

// Pieces shared by the chapter 3 schemas (models, open chat models, the ChatGPT pipeline, instruction formats).




export const modelId = z.string({ error: 'expected the id of a model in data/models.json' }).refine(
  (id): id is typeof LANDSCAPE_MODEL_IDS[number] => (LANDSCAPE_MODEL_IDS as readonly string[]).includes(id),
  { error: iss => `expected the id of a model in data/models.json, got ${JSON.stringify(iss.input)}` },
)

/** A size in billions of parameters: positive (0.06 for 60M). */
export const billions = z.number({ error: 'expected a number of billions' }).positive('expected a positive number of billions')
