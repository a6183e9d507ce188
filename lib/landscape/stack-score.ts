/**
 * StackLLaMA's score of an answer (Hugging Face's StackLLaMA blog): log2(1 + upvotes) rounded to the nearest integer,
 * plus 1 if the questioner accepted the answer; −1 whenever the upvotes are negative.
 */
export function stackScore(upvotes: number, accepted: boolean): number {
  if (upvotes < 0)
    return -1
  return Math.round(Math.log2(1 + upvotes)) + (accepted ? 1 : 0)
}
