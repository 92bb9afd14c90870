import type { Span } from '../../../core/types.js';

/** How far around a key its config object is looked for: a web config is a handful of lines. */
const WINDOW = 600;
const AUTH_DOMAIN = /["']?authDomain["']?\s*[:=]\s*["'`][\w.-]+\.(?:firebaseapp\.com|web\.app)["'`]/;
const PROJECT_ID = /["']?projectId["']?\s*[:=]\s*["'`][\w-]+["'`]/;

/**
 * Why a Google API key is public, when it is the `apiKey` of a Firebase web app config
 * (`initializeApp({ apiKey, authDomain, projectId, ... })`): that config ships to every browser
 * that loads the app, the key only names the project, and Firebase security rules enforce access.
 * The same key shape also unlocks paid APIs (Maps, Gemini), so it is reported, not silenced, and
 * only when its own object holds a Firebase auth domain and project id.
 */
export function firebaseWebConfigReason(text: string, span: Span): string | undefined {
  if (!text.startsWith('AIza', span.start)) return undefined;
  const open = text.lastIndexOf('{', span.start);
  if (open < 0 || span.start - open > WINDOW || text.slice(open, span.start).includes('}')) return undefined;
  const close = text.indexOf('}', span.end);
  if (close < 0 || close - span.end > WINDOW) return undefined;
  const object = text.slice(open, close);
  if (!/\bapiKey["']?\s*[:=]\s*["'`]$/.test(text.slice(open, span.start))) return undefined;
  return AUTH_DOMAIN.test(object) && PROJECT_ID.test(object)
    ? 'the apiKey of a Firebase web app config, which ships to every browser and only names the project (access is enforced by security rules); restrict the key to the app if it is not'
    : undefined;
}
