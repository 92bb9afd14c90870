/**
 * `AWSTemplateFormatVersion`, or a resource typed `AWS::...` / `Custom::...`: a template, by its
 * content. Apart from template.ts, so that asking loads no YAML reader.
 */
export function looksLikeCloudFormation(text: string): boolean {
  return (
    /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(text) ||
    // `- Resources:`: an item of the list a Serverless Framework service's `resources:` may be.
    (/^\s*(?:-\s+)?["']?Resources["']?\s*:/m.test(text) && /["']?Type["']?\s*:\s*["']?(AWS|Custom)::/.test(text))
  );
}
