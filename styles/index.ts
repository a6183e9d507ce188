// Fonts ship with the deck (no Google Fonts): Noto Sans SC covers Chinese and Latin, split by unicode-range so a
// browser only loads the subsets a slide uses.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './chart-theme.css'
import './readability.css'
