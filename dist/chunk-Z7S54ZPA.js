import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/kubernetes/recognise.ts
function isComposePath(path) {
  return /(^|\/)(docker-)?compose(\.[\w-]+)*\.ya?ml$/i.test(path);
}
function looksLikeKubernetes(text) {
  return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
}
function isHelmValuesPath(path) {
  return /(^|\/)(values([-._][\w.-]+)?|[\w.-]+[-.]values)\.ya?ml$|(^|\/)(helm-)?values\/[^/]+\.ya?ml$/i.test(path);
}

export {
  isComposePath,
  looksLikeKubernetes,
  isHelmValuesPath
};
