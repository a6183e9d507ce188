import type { ClicksContext } from '@slidev/types'
import type { Ref } from 'vue'

export function createFixedClicks(route: undefined, current: Ref<number>): ClicksContext
