/**
 * A name as an id: lower case, each run of other characters than a-z and 0-9 one hyphen, none at either end
 * ("Data labor" -> "data-labor", "Stability-AI.yaml" -> "stability-ai-yaml"). Two names that differ only in case,
 * spaces and hyphens ("Third party" / "Third-party") have the same kebab case, so it also compares names loosely.
 */
export function kebabCase(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
