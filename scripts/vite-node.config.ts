// Scripts run by vite-node use this empty config, not vite.config.ts (whose data check is for the deck itself).
export default {}
