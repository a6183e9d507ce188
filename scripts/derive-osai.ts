/**
 * Writes data/osai-index.json from the European Open Source AI Index's YAML files in sources/osai-index/
 * (text models only). Refuses a class other than open/partial/closed, a missing parameter or a duplicate model,
 * naming the file and the YAML path. Run: npm run derive:osai
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { deriveOsai, OsaiSourceError } from '../lib/osai/derive'
import { OSAI_GROUP_ZH, OSAI_PARAMETER_ZH } from '../lib/osai/labels'

const root = resolve(import.meta.dirname, '..')
const dir = resolve(root, 'sources/osai-index')
const target = resolve(root, 'data/osai-index.json')
const read = (p: string) => readFileSync(p, 'utf8')

try {
  const files = readdirSync(resolve(dir, 'models')).filter(f => /\.ya?ml$/.test(f)).sort()
  const { groups, parameters, models } = deriveOsai(
    { name: 'sources/osai-index/_parameters.yml', text: read(resolve(dir, '_parameters.yml')) },
    files.map(f => ({ name: `sources/osai-index/models/${f}`, text: read(resolve(dir, 'models', f)) })),
  )
  for (const p of parameters) {
    if (!OSAI_PARAMETER_ZH[p.id])
      throw new Error(`lib/osai/labels.ts: OSAI_PARAMETER_ZH: expected a Chinese label for the parameter "${p.id}"`)
  }
  const doc = {
    $schema: './schemas/osai-index.schema.json',
    source: {
      title: 'European Open Source AI Index',
      paper: 'Liesenfeld, A. and Dingemanse, M. (2024). Rethinking open source generative AI: open-washing and the EU AI Act. FAccT \'24, pp. 1774–1787.',
      authors: ['Liesenfeld, A.', 'Dingemanse, M.'],
      year: 2024,
      paperTitle: 'Rethinking open source generative AI: open-washing and the EU AI Act',
      venue: 'Proceedings of the 2024 ACM Conference on Fairness, Accountability, and Transparency (FAccT \'24)',
      pages: '1774–1787',
      repository: 'https://github.com/Language-Technology-Assessment/main-database',
      revision: '5a388e8',
      url: 'https://osai-index.eu/',
      doi: '10.5281/zenodo.15386042',
      license: 'CC-BY 4.0',
      asOf: '2026-06-12',
      files: 'sources/osai-index/',
    },
    groups: groups.map(g => ({ ...g, nameZh: OSAI_GROUP_ZH[g.id] ?? g.name })),
    parameters: parameters.map(p => ({ ...p, nameZh: OSAI_PARAMETER_ZH[p.id]! })),
    models,
  }
  writeFileSync(target, `${JSON.stringify(doc, null, 2)}\n`)
  console.log(`wrote ${target}: ${models.length} text models, ${parameters.length} parameters in ${groups.length} groups`)
}
catch (e) {
  console.error(e instanceof OsaiSourceError ? `derive:osai: ${e.message}` : e)
  process.exit(1)
}
