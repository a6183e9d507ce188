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
