import { describe, expect, it } from 'vitest'
import { fmti } from '../../data/sets/fmti'
import { fmtiEditions } from '../../data/sets/fmti-editions'
import { openness } from '../../data/sets/openness'
import { builtBase, clicksFromPrintIds } from '../../scripts/deck-manifest'
import { lanAddress } from '../../server/lan'
import { relayMeta } from '../../server/relay'
import { checkSharedChart, SHARED_CHART_SPECS } from '../../lib/lecture/chart-specs'
import { heatmapShared, parseHeatmapView } from '../../lib/fmti/heatmap-shared'
import { checkPosition, type DeckManifest, parseManifest } from '../../lib/lecture/position'

const manifest: DeckManifest = { base: '/', clicks: [0, 3, 0, 5] }
const move = (over: Record<string, unknown> = {}) => ({ slide: 2, click: 1, charts: {}, ...over })
const editionOf = (id: string) => fmtiEditions.editions.find(e => e.id === id)!

describe('a lecture position', () => {
  it('passes on a slide and click of the deck, with known chart states in their canonical form', () => {
    const charts = { 'fmti-heatmap': { page: 4, clicks: 0, state: { edition: '2023-10', sorts: [{ axis: 'rows', by: 'llama-2' }], cell: { row: 'data', col: 'gpt-4' } } } }
    expect(checkPosition(move({ charts }), manifest, checkSharedChart)).toEqual({ position: { slide: 2, click: 1, charts } })
    expect(checkPosition(move({ slide: 4, click: 5 }), manifest, checkSharedChart)).toEqual({ position: { slide: 4, click: 5, charts: {} } })
  })

  it.each([
    ['a slide past the deck', move({ slide: 5 }), 'slide 5 is not a slide of the deck (1–4)'],
    ['slide 0', move({ slide: 0 }), 'slide 0'],
    ['a fractional slide', move({ slide: 1.5 }), 'slide 1.5'],
    ['a click past the slide\'s steps', move({ click: 4 }), 'click 4 is not a step of slide 2 (0–3)'],
    ['a negative click', move({ click: -1 }), 'click -1'],
    ['a string slide', move({ slide: '2' }), 'slide "2"'],
    ['an extra field', move({ admin: true }), 'nothing else'],
    ['a missing field', { slide: 1, click: 0 }, 'nothing else'],
    ['an array', [1, 2], 'nothing else'],
    ['charts not an object', move({ charts: [] }), 'charts: expected an object'],
    ['an unknown chart', move({ charts: { 'pie-chart': { page: 1, clicks: 0, state: {} } } }), 'no chart "pie-chart"'],
    ['a chart state on no slide', move({ charts: { 'gpt-evolution': { page: 9, clicks: 0, state: { highlight: null } } } }), 'charts.gpt-evolution: slide 9'],
    ['an unknown method', move({ charts: { 'gpt-evolution': { page: 1, clicks: 0, state: { highlight: 'magic' } } } }), 'not a valid state of gpt-evolution'],
    ['an unknown developer in a sort', move({ charts: { 'fmti-heatmap': { page: 4, clicks: 0, state: { edition: '2023-10', sorts: [{ axis: 'rows', by: 'hal-9000' }] } } } }), 'not a valid state of fmti-heatmap'],
  ])('is refused with %s', (_, value, message) => {
    const checked = checkPosition(value, manifest, checkSharedChart)
    expect('error' in checked && checked.error).toContain(message)
  })
})

describe('the heatmap\'s shared view', () => {
  it('checks its ids against the edition it names', () => {
    const d2025 = editionOf('2025-12')
    const row = d2025.subdomains[0]!.id
    const col = d2025.developers[0]!.id
    expect(parseHeatmapView({ edition: '2025-12', sorts: [], cell: { row, col } })).toEqual({ edition: '2025-12', sorts: [], cell: { row, col } })
    // A 2023 dimension is no row of 2025's subdomains; a 2023 model id is no 2025 developer.
    expect(parseHeatmapView({ edition: '2025-12', sorts: [], cell: { row: 'labor', col } })).toBeNull()
    expect(parseHeatmapView({ edition: '2025-12', sorts: [{ axis: 'rows', by: 'llama-2' }] })).toBeNull()
    expect(parseHeatmapView({ edition: '2023-10', sorts: [{ axis: 'rows', by: 'llama-2' }] })).toEqual({ edition: '2023-10', sorts: [{ axis: 'rows', by: 'llama-2' }] })
    expect(parseHeatmapView({ edition: '2023-10', sorts: [{ axis: 'columns', by: 'average' }] })).not.toBeNull()
  })

  it('refuses two sorts on one axis, an unknown edition, extra fields and the average as a cell', () => {
    expect(parseHeatmapView({ edition: '2023-10', sorts: [{ axis: 'rows', by: 'gpt-4' }, { axis: 'rows', by: 'llama-2' }] })).toBeNull()
    expect(parseHeatmapView({ edition: '2019-01', sorts: [] })).toBeNull()
    expect(parseHeatmapView({ edition: '2023-10', sorts: [], extra: 1 })).toBeNull()
    expect(parseHeatmapView({ edition: '2023-10', sorts: [], cell: { row: 'average', col: 'gpt-4' } })).toBeNull()
    expect(parseHeatmapView({ edition: '2023-10', sorts: [{ axis: 'diagonal', by: 'gpt-4' }] })).toBeNull()
  })

  it('reads a link forgivingly and writes the edition only when it is not the lecture\'s', () => {
    const address = heatmapShared.address!
    expect(parseHeatmapView(address.read('?edition=2024-05&sort=rows:meta,rows:hal&cell=data|meta&clicks=2'))).toEqual({ edition: '2024-05', sorts: [{ axis: 'rows', by: 'meta' }], cell: { row: 'data', col: 'meta' } })
    expect(address.write('?clicks=2', { edition: '2023-10', sorts: [], cell: { row: 'data', col: 'gpt-4' } })).toBe('?clicks=2&cell=data|gpt-4')
    expect(address.write('?clicks=2', { edition: '2024-05', sorts: [] })).toBe('?clicks=2&edition=2024-05')
    expect(fmti.dimensions.some(d => d.id === 'data')).toBe(true)
  })
})

describe('the other shared views', () => {
  it('accept ids from the data only', () => {
    const mark = `${openness.artefacts[0]!.id}|${openness.models[0]!.id}`
    expect(checkSharedChart('openness-matrix', { mark })).toEqual({ state: { mark } })
    expect(checkSharedChart('openness-matrix', { mark: null })).toEqual({ state: { mark: null } })
    expect(checkSharedChart('openness-matrix', { mark: 'weights|skynet' })).toHaveProperty('error')
    expect(checkSharedChart('osai-openness', { mark: 'x|y' })).toHaveProperty('error')
    expect(checkSharedChart('gpt-evolution', { highlight: 'rlhf' })).toEqual({ state: { highlight: 'rlhf' } })
    expect(checkSharedChart('audience-qr', { shown: true })).toEqual({ state: { shown: true } })
    expect(checkSharedChart('audience-qr', { shown: 'yes' })).toHaveProperty('error')
    expect(SHARED_CHART_SPECS.map(s => s.chart)).toEqual(['fmti-heatmap', 'gpt-evolution', 'openness-matrix', 'osai-openness', 'audience-qr'])
  })
})

describe('the deck manifest', () => {
  it('takes each slide\'s last click from the print view\'s container ids', () => {
    expect(clicksFromPrintIds(['001-01', '002-01', '002-02', '002-03', '003-01'])).toEqual([0, 2, 0])
    expect(() => clicksFromPrintIds(['001-01', '003-01'])).toThrow('lacks slides 2')
    expect(() => clicksFromPrintIds([])).toThrow()
  })
  it('reads the base from the built entry script', () => {
    expect(builtBase('<script type="module" crossorigin src="/cs2916/assets/index-Ab12.js"></script>')).toBe('/cs2916/')
    expect(builtBase('<script type="module" crossorigin src="/assets/index-Ab12.js"></script>')).toBe('/')
  })
  it('is refused without a base or slides', () => {
    expect(() => parseManifest({ base: '/', clicks: [] })).toThrow('no slides')
    expect(() => parseManifest({ clicks: [0] })).toThrow('no base')
    expect(parseManifest({ base: '/x/', clicks: [0, 2] })).toEqual({ base: '/x/', clicks: [0, 2] })
  })
})

describe('the relay page', () => {
  it('carries its routes, the audience address and the manifest in an attribute, escaped', () => {
    const meta = relayMeta('http://10.0.0.2:3031/?a=<b>&"c"', manifest)
    expect(meta).not.toMatch(/content="[^"]*"[^>]*"/)
    const content = /content="([^"]*)"/.exec(meta)![1]!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
    expect(JSON.parse(content)).toEqual({ events: '/lecture/events', state: '/lecture/state', audience: 'http://10.0.0.2:3031/?a=<b>&"c"', manifest })
  })
  it('prints a private-network address first', () => {
    const nic = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '', mac: '', cidr: null })
    expect(lanAddress({ lo: [nic('127.0.0.1', true)], eth0: [nic('203.0.113.5')], wlan0: [nic('192.168.1.20')] })).toBe('192.168.1.20')
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBe('127.0.0.1')
  })
})
