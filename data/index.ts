/**
 * The deck's data, typed and frozen. Each JSON file is parsed and validated against its schema when it is imported,
 * by the deck's Vite plugin (lib/data/vite-plugin.ts, in dev, build and Vitest alike), which hands over the schema's
 * output or stops with the file, the JSON path and what was expected. So the browser gets checked data without
 * shipping the validator.
 */
export { fmti } from './sets/fmti'
export { transparency } from './sets/transparency'
export { openness } from './sets/openness'
export { opennessFrameworks } from './sets/openness-frameworks'
export { gptEvolution } from './sets/gpt-evolution'
export { landscapeModels } from './sets/landscape-models'
export { openChatModels } from './sets/open-chat-models'
export { chatgptPipeline } from './sets/chatgpt-pipeline'
export { instructionFormats } from './sets/instruction-formats'
export { fmtiEditions, loadFmtiReports } from './sets/fmti-editions'
export { osaiIndex } from './sets/osai-index'
