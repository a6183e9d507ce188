import { defineShikiSetup } from '@slidev/types'

// Code on a projector and on paper: GitHub's high-contrast light theme keeps every token at 4.5:1 or more on the
// code block's background (the default vitesse-light has pale strings and punctuation, about 3:1).
export default defineShikiSetup(() => ({
  themes: {
    dark: 'github-dark-high-contrast',
    light: 'github-light-high-contrast',
  },
}))
