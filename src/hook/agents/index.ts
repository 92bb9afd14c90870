import type { AgentName } from '../types.js';
import type { AgentAdapter } from './adapter.js';
import { amp } from './amp.js';
import { claude } from './claude.js';
import { cline } from './cline.js';
import { codex } from './codex.js';
import { copilot } from './copilot.js';
import { cursor } from './cursor.js';
import { gemini } from './gemini.js';
import { windsurf } from './windsurf.js';

export const adapters: Record<AgentName, AgentAdapter> = {
  claude,
  cursor,
  codex,
  gemini,
  copilot,
  windsurf,
  cline,
  amp,
};
