// The global set in setup/main.ts, read by the slides as `$printMode`.
export {}

declare module 'vue' {
  interface ComponentCustomProperties {
    $printMode: boolean
  }
}
