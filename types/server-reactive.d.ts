// Slidev's dev server shares these states with every page (vite-plugin-vue-server-ref); vite.config.ts adds "charts".
declare module 'server-reactive:*' {
  const state: object
  export default state
}
