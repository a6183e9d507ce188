/**
 * StackLLaMA's score of an answer (Hugging Face's StackLLaMA blog): log2(1 + upvotes) rounded to the nearest integer,
 * plus 1 if the questioner accepted the answer; −1 whenever the upvotes are negative.
 */
export function stackScore(upvotes: number, accepted: boolean): number {
  if (upvotes < 0)
    return -1
  return Math.round(Math.log2(1 + upvotes)) + (accepted ? 1 : 0)
}

/** How the score is reached, for the examples' table: "round(log2(1 + 7)) + 1 = 3 + 1 = 4"; "点赞为负：−1". */
export function stackScoreWorking(upvotes: number, accepted: boolean): string {
  const minus = (n: number) => String(n).replace('-', '−')
  if (upvotes < 0)
    return `点赞为负：${minus(stackScore(upvotes, accepted))}`
  const rounded = Math.round(Math.log2(1 + upvotes))
  return accepted
    ? `round(log2(1 + ${upvotes})) + 1 = ${rounded} + 1 = ${stackScore(upvotes, accepted)}`
    : `round(log2(1 + ${upvotes})) = ${stackScore(upvotes, accepted)}`
}
