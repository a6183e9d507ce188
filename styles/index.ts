// Fonts ship with the deck (no Google Fonts): Noto Sans SC cut down to the characters the deck uses, written before
// dev, build and export by scripts/deck-fonts-plugin.ts (vite.config.ts).
import './generated/deck-fonts.css'
import './palette.css'
import './chart-theme.css'
import './readability.css'
import './print.css'
