/**
 * Freezes a checked data file's value, all the way down, so no chart can change what another one reads. Its own
 * module: the slides load it, and must not load the validator's JSON parser with it.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child)
  }
  return value
}
