import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { landscapeModels, openChatModels } from '../../data'

// What the lecture's tables and sections say, checked against the deck (issue 10's fidelity pass).
const slide = readFileSync(resolve(import.meta.dirname, '../../slides/03-landscape.md'), 'utf8')
const byId = new Map(landscapeModels.models.map(m => [m.id, m]))
const names = landscapeModels.models.flatMap(m => m.name.split(/ \/ | /)).map(n => n.toLowerCase())

describe('chapter 3 against its sources', () => {
  it('gives every model an era names its own mark on the timeline', () => {
    // Lists of models in an era's text are written "A、B、C 等".
    const lists = landscapeModels.eras.flatMap(e => [...e.text.matchAll(/((?:[\w.-]+、)+[\w.-]+) 等/g)].map(m => m[1]!.split('、')))
    expect(lists.flat()).toContain('Vicuna')
    for (const n of lists.flat())
      expect(names, n).toContain(n.toLowerCase())
  })
  it('links the open chat projects the slides name (Vicuna, Koala, Baize, Guanaco) to timeline models', () => {
    for (const id of ['vicuna', 'koala', 'baize', 'guanaco'])
      expect(openChatModels.projects.find(p => p.id === id)?.model, id).toBe(id)
  })
  it('has Alpaca at 7B only and Vicuna first released at 13B', () => {
    expect(byId.get('alpaca')!.parametersB).toEqual([7])
    expect(openChatModels.projects.find(p => p.id === 'alpaca')!.sizesB).toEqual([7])
    expect(openChatModels.projects.find(p => p.id === 'vicuna')!.backbone.name).toMatch(/^LLaMA-13B/)
  })
  it('has a topic in the data for every topic a slide names', () => {
    const ids = [...slide.matchAll(/<LandscapeTopic id="([\w-]+)"/g)].map(u => u[1])
    expect(ids).toEqual(expect.arrayContaining(['palm', 'gpt-lineage', 'training-framework', 'gpt-4']))
    for (const id of ids)
      expect(landscapeModels.topics.find(t => t.id === id)?.points.length, id).toBeGreaterThan(1)
  })
  it('breaks the Flan collection down into Muffin 80, T0-SF 193, NIV2 1,554 and CoT 9, which sum to its 1,836 tasks', () => {
    const point = landscapeModels.topics.find(t => t.id === 'instruction-tuning')!.points.find(p => p.includes('Muffin'))!
    const n = (s: string) => Number(s.replace(',', ''))
    const parts = [...point.matchAll(/(Muffin|T0-SF|NIV2|CoT) ([\d,]+)/g)].map(m => n(m[2]!))
    expect(parts).toEqual([80, 193, 1554, 9])
    expect(n(/([\d,]+) 个任务/.exec(point)![1]!)).toBe(parts.reduce((a, b) => a + b, 0))
  })
  it('states RBRM as the GPT-4 report does: rule-based, not ranking-based', () => {
    const points = landscapeModels.topics.find(t => t.id === 'training-framework')!.points.join('')
    expect(points).toContain('rule-based reward model')
    expect(points).toContain('误解')
  })
  it('dates GPT-NeoX-20B by its weights (2022-02) and gives BloombergGPT its paper\'s 50B trained from scratch', () => {
    expect(byId.get('gpt-neox-20b')!.released).toBe('2022-02')
    const bb = byId.get('bloomberggpt')!
    expect([bb.parametersB, bb.baseModel, bb.openWeights]).toEqual([[50], null, false])
    expect(bb.note).toContain('363B')
    expect(bb.note).toContain('345B')
  })
  it('shows every row the timeline leaves out, with its reason, on a slide', () => {
    expect(slide).toContain('<ExcludedRows />')
    expect(landscapeModels.excluded.every(e => e.reason.length > 5)).toBe(true)
  })
  it('keeps words for the deck\'s makers out of what the audience sees', () => {
    const shown = JSON.stringify([landscapeModels, openChatModels])
    for (const w of ['讲义', 'OCR', '种子材料'])
      expect(shown, w).not.toContain(w)
    expect(slide).not.toMatch(/讲义|OCR|种子材料/)
  })
})
