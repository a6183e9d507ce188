/**
 * Runs `then` once the page shows a slide (its layout is in the document and has been painted), or after
 * `fallbackMs` on a page that shows none (the search page): on a slow network, what can wait for the slide waits
 * behind it.
 */
export function whenSlideShown(then: () => void, fallbackMs = 2000): void {
  let done = false
  const run = () => {
    if (!done) {
      done = true
      then()
    }
  }
  setTimeout(run, fallbackMs)
  const check = () => {
    if (done)
      return
    if (document.querySelector('.slidev-layout'))
      requestAnimationFrame(() => setTimeout(run))
    else
      requestAnimationFrame(check)
  }
  check()
}
