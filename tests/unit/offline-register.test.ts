import { describe, expect, it } from 'vitest'
import { shouldRegisterWorker, workerUrl } from '../../lib/offline/register'

const at = (pathname: string, search = '') => ({ pathname, search })

describe('the offline worker registration', () => {
  it('happens on the built site\'s slides, presenter and reading view', () => {
    for (const path of ['/cs2916/', '/cs2916/12', '/cs2916/presenter/3', '/cs2916/read/7', '/cs2916/overview'])
      expect(shouldRegisterWorker(true, '/cs2916/', at(path)), path).toBe(true)
    expect(shouldRegisterWorker(true, '/', at('/5', '?clicks=2'))).toBe(true)
  })

  it('never happens in dev, nor on the exporter\'s print and export pages', () => {
    expect(shouldRegisterWorker(false, '/cs2916/', at('/cs2916/12'))).toBe(false)
    for (const [path, search] of [['/cs2916/print', ''], ['/cs2916/presenter/print', ''], ['/cs2916/export/3', ''],
      ['/cs2916/export', ''], ['/cs2916/4', '?print=clicks&clicks=2'], ['/cs2916/print', '?print=true'], ['/print', '']] as const)
      expect(shouldRegisterWorker(true, path === '/print' ? '/' : '/cs2916/', at(path, search)), path + search).toBe(false)
    // A slide whose route merely starts with the letters of "print" is not a print page.
    expect(shouldRegisterWorker(true, '/cs2916/', at('/cs2916/printing'))).toBe(true)
  })

  it('takes the worker and its scope from the site\'s base', () => {
    expect(workerUrl('/cs2916/')).toEqual({ url: '/cs2916/sw.js', scope: '/cs2916/' })
    expect(workerUrl('/')).toEqual({ url: '/sw.js', scope: '/' })
    expect(workerUrl('/deck')).toEqual({ url: '/deck/sw.js', scope: '/deck/' })
  })
})
