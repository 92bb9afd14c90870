import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/yaml/helm-template.ts
function blankTemplateActions(text) {
  const chars = text.split("");
  for (const match of text.matchAll(/\{\{[\s\S]*?\}\}/g)) {
    const start = match.index;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const fill = chars.slice(lineStart, start).join("").trim() === "" ? " " : "_";
    for (let i = start; i < start + match[0].length; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = fill;
  }
  return chars.join("");
}
function isHelmTemplatePath(path) {
  return /(^|\/)templates\/(.+\/)?[^/]+\.ya?ml$/i.test(path);
}

export {
  blankTemplateActions,
  isHelmTemplatePath
};
