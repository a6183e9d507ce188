import { mount } from '@vue/test-utils'
import type { Component } from 'vue'

/**
 * Mounts a chart at a click step (none given: its final state), attached to the document so focus and keys work.
 * Charts with transitions get `animate: false`, so a test never reads a half-run fade; `{ animateProp: false }` for
 * a figure that has no such prop.
 */
export function mountChart(component: Component, step?: number, props: Record<string, unknown> = {}, options: { animateProp?: boolean } = {}) {
  const animate = options.animateProp === false ? {} : { animate: false }
  // eslint-disable-next-line ts/no-explicit-any
  return mount(component as any, { props: { ...(step === undefined ? {} : { step }), ...animate, ...props }, attachTo: document.body })
}

/** 'hidden' for a part of a click step not reached yet (the one reveal rule, lib/chart/steps.ts), else 'visible'. */
export function stepVisibility(w: { classes: () => string[] }): 'visible' | 'hidden' {
  return w.classes().includes('step-hidden') ? 'hidden' : 'visible'
}

/** Runs `mount` as on a page that prints the deck (the exporter's `?print`), then puts the address back. */
export function mountedInPrint<T>(mountIt: () => T): T {
  const before = `${location.pathname}${location.search}`
  history.replaceState(null, '', '/print?print=true')
  try {
    return mountIt()
  }
  finally {
    history.replaceState(null, '', before)
  }
}
