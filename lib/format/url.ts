/** A URL as a reader sees it: without the scheme and a leading "www.". */
export const shortUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '')
