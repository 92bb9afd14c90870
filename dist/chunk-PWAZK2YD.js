import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  graphqlInfraDelete,
  infrastructureDeleteOf,
  readGraphql
} from "./chunk-X54T4A62.js";
import {
  UNKNOWN
} from "./chunk-3RSMXYZE.js";
import {
  shellCheckerWith
} from "./chunk-K62ZBVT7.js";
import {
  programOf,
  readArgs
} from "./chunk-PCBBMPLR.js";
import {
  DYNAMIC
} from "./chunk-UD7HIGTY.js";
import {
  formatMessage
} from "./chunk-4LQS2QJQ.js";

// src/rules/code/lib/http-graphql.ts
var CURL_WITH_VALUE = [
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--data-urlencode",
  "--json",
  "-H",
  "--header",
  "-X",
  "--request",
  "-u",
  "--user",
  "-o",
  "--output",
  "-A",
  "--user-agent",
  "-e",
  "--referer",
  "-b",
  "--cookie",
  "-c",
  "--cookie-jar",
  "-m",
  "--max-time",
  "--connect-timeout",
  "--url",
  "-x",
  "--proxy",
  "-w",
  "--write-out",
  "--retry",
  "-F",
  "--form",
  "--oauth2-bearer"
];
var CURL_BODY = ["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--json"];
var WGET_WITH_VALUE = ["--post-data", "--body-data", "--method", "--header", "-O", "--output-document"];
var WGET_BODY = ["--post-data", "--body-data"];
function bodiesOf(command) {
  const program = programOf(command);
  const [withValue, body] = program === "curl" ? [CURL_WITH_VALUE, CURL_BODY] : program === "wget" ? [WGET_WITH_VALUE, WGET_BODY] : [];
  if (!withValue || !body) return [];
  const args = readArgs(command.argv, withValue);
  return args.options.filter((o) => body.includes(o.name) && o.value !== void 0 && !o.value.startsWith("@")).map((o) => ({ text: o.value, index: command.argv[o.index] === o.name ? o.index + 1 : o.index }));
}
function documentOf(body) {
  const text = body.replaceAll(DYNAMIC, UNKNOWN);
  if (!/^\s*\{\s*"/.test(text)) return text;
  try {
    const parsed = JSON.parse(text.replaceAll(UNKNOWN, "\\u0000"));
    if (parsed && typeof parsed === "object" && "query" in parsed && typeof parsed.query === "string")
      return parsed.query;
  } catch {
  }
  return text;
}
function httpGraphqlFindings(doc) {
  const findings = [];
  const meta = graphqlInfraDelete.meta;
  const report = (messageId, data, command) => {
    findings.push({
      ruleId: meta.id,
      kind: meta.kind,
      defaultSeverity: meta.defaultSeverity,
      message: formatMessage(meta.messages[messageId], data),
      span: command.span,
      unit: command.span,
      rollbackOnly: false
    });
  };
  for (const command of doc.commands) {
    for (const body of bodiesOf(command)) {
      const document = documentOf(body.text);
      const reading = readGraphql({ text: document, at: [] });
      if (reading.kind === "unparsable-mutation") report("unparsable", { reason: reading.message }, command);
      if (reading.kind !== "document") continue;
      for (const field of reading.mutationFields) {
        if (field.dynamic) {
          report("dynamicField", {}, command);
          continue;
        }
        const what = infrastructureDeleteOf(field.name);
        if (what) report("field", { field: field.name, what }, command);
      }
    }
  }
  return findings;
}

// src/rules/shell-family.ts
var shellChecker = shellCheckerWith([httpGraphqlFindings]);

export {
  shellChecker
};
