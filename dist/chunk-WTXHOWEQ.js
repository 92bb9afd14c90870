import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isSentence
} from "./chunk-HU7KHN2P.js";
import "./chunk-WG42RVUK.js";
import {
  cliSqlFindings,
  shellRules
} from "./chunk-K62ZBVT7.js";
import {
  commandContexts
} from "./chunk-2IV7QSKK.js";
import "./chunk-PCBBMPLR.js";
import {
  embeddedSqlFindings
} from "./chunk-DDJ2I2V4.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-GVQ55VA2.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-R3RUAV57.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-25IFS2WD.js";
import {
  parseShell
} from "./chunk-UD7HIGTY.js";
import "./chunk-FJFFMLKF.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import {
  mapSpan
} from "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";

// src/rules/universal/lib/snippet-commands.ts
function snippetCommands(snippet) {
  const parsed = parseShell(snippet.text);
  const commands = parsed.commands.filter((c) => !isSentence(snippet.text.slice(c.span.start, c.span.end))).map((c) => ({ ...c, origin: { throwaway: false, localHosts: [] } }));
  return { commands, assignments: parsed.assignments };
}
function commandInFile(snippet, command) {
  const toFile = snippet.toFile;
  return {
    ...command,
    span: mapSpan(toFile, command.span),
    argSpans: command.argSpans.map((s) => mapSpan(toFile, s)),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(toFile, e.span) })),
    ...command.stdinFrom ? { stdinFrom: mapSpan(toFile, command.stdinFrom) } : {},
    ...command.stdoutTo ? { stdoutTo: { ...command.stdoutTo, span: mapSpan(toFile, command.stdoutTo.span) } } : {},
    ...command.stdin ? { stdin: { text: command.stdin.text, map: (o) => toFile(command.stdin.map(o)) } } : {}
  };
}
function snippetContexts(path, fileText, snippets) {
  return snippets.flatMap((snippet) => {
    const { commands, assignments } = snippetCommands(snippet);
    return commandContexts(snippet.text, commands, assignments, { scriptWide: true, path, fileText }).map((c) => ({
      ...c,
      span: mapSpan(snippet.toFile, c.span)
    }));
  });
}
export {
  cliSqlFindings,
  commandInFile,
  embeddedSqlFindings,
  shellRules,
  snippetCommands,
  snippetContexts
};
