import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  ACTION_REPOSITORY,
  VERSION
} from "./chunk-M6CIGP4E.js";

// src/report/escape.ts
function isUnsafeCodePoint(cp) {
  return cp < 32 && cp !== 9 || cp >= 127 && cp <= 159 || cp === 1564 || cp === 8206 || cp === 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297;
}
function escapeCodePoint(cp) {
  return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}
function escapeControls(text) {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    out += isUnsafeCodePoint(cp) ? escapeCodePoint(cp) : ch;
  }
  return out;
}
function splitLines(text) {
  return text.split("\n").map(stripCarriageReturn);
}
function stripCarriageReturn(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function escapeJsonText(json) {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

// src/report/json.ts
function render(decision, _options = {}) {
  const output = {
    schemaVersion: 1,
    verdict: decision.verdict,
    agent: {
      detected: decision.agent.detected,
      signals: decision.agent.signals.map((s) => ({
        kind: s.kind,
        value: s.value,
        ...s.agent === void 0 ? {} : { agent: s.agent }
      }))
    },
    findings: decision.findings.map((f) => ({
      ruleId: f.ruleId,
      kind: f.kind,
      blocking: f.blocking,
      rollbackOnly: f.rollbackOnly,
      path: f.path,
      line: f.line,
      side: f.side,
      message: f.message,
      snippet: f.snippet,
      ...f.downgradedBecause === void 0 ? {} : { downgradedBecause: f.downgradedBecause }
    })),
    requirements: decision.requirements.map((r) => ({ reason: r.reason, approvals: r.approvals, from: [...r.from] }))
  };
  return escapeJsonText(JSON.stringify(output, null, 2));
}

// src/report/fitting.ts
function largestFitting(max, fits) {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/report/markdown-escape.ts
var ZWJ = "\u200D";
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var MARKDOWN_PUNCTUATION = new Set("\\`*_{}[]()#+-.!|~$".split(""));
function escapeMarkdown(text) {
  const chars = Array.from(escapeControls(text));
  let out = "";
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? "";
    if (ch in HTML_ENTITIES) out += HTML_ENTITIES[ch];
    else if (ch === "@") out += `@${ZWJ}`;
    else if (ch === "#" && /[0-9]/.test(next)) out += `\\#${ZWJ}`;
    else if (MARKDOWN_PUNCTUATION.has(ch)) out += `\\${ch}`;
    else out += ch;
  });
  return out;
}
function inlineCode(text, inTable = false) {
  let content = escapeControls(text);
  if (content === "") return '""';
  if (inTable) content = content.replaceAll("|", "\\|");
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function codeFence(content) {
  return "`".repeat(Math.max(3, longestRun(content, "`") + 1));
}
function link(textMarkdown, url) {
  if (url === void 0 || !/^https?:\/\//i.test(url)) return textMarkdown;
  const safe = Array.from(url).map((ch) => /[A-Za-z0-9\-._~:/?#!$&*+,;=%]/.test(ch) ? ch : percentEncode(ch)).join("");
  return `[${textMarkdown}](${safe})`;
}
function percentEncode(ch) {
  try {
    return encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return "%EF%BF%BD";
  }
}
function longestRun(text, ch) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === ch ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

// src/report/wording.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function describeRequirement(requirement) {
  const who = requirement.from.length === 0 ? "any eligible reviewer with write access" : requirement.from.join(" or ");
  return `${plural(requirement.approvals, "approval")} from ${who} for ${requirement.reason}`;
}
function verdictSentence(decision) {
  if (decision.verdict === "block") {
    if (decision.requirements.length === 0) return "two-key: blocked";
    return `two-key: blocked, needs ${decision.requirements.map(describeRequirement).join(", and ")}`;
  }
  const count = decision.findings.length;
  if (count === 0) return "two-key: allowed, no findings";
  return `two-key: allowed, ${plural(count, "finding")} ${count === 1 ? "does" : "do"} not block`;
}
function describeSignal(signal) {
  return `${signal.kind}: ${signal.value}${signal.agent ? ` (${signal.agent})` : ""}`;
}
function agentSummary(agent) {
  return agent.detected ? "detected" : "not detected";
}
function secretWithDestructiveWarning(decision) {
  const kinds = new Set(decision.findings.map((f) => f.kind));
  if (!kinds.has("secret") || !kinds.has("destructive")) return void 0;
  return "warning: this change commits a credential and also destroys data or infrastructure; revoke the credential and review both together";
}
function secretWarning(decision) {
  if (!decision.findings.some((f) => f.kind === "secret")) return void 0;
  return secretWithDestructiveWarning(decision) ?? "warning: this change commits a credential; revoke it now, whatever happens to this pull request (a later commit that removes it does not un-leak it)";
}

// src/report/approval-tree.ts
var MAX_REVIEWERS = 50;
var REASONS = {
  author: "they opened the pull request",
  bot: "it is a bot account",
  agent: "it is a known coding-agent account",
  "policy-agent": "the policy lists it as an agent account (agents.logins)",
  "commit-author": "they wrote commits in this pull request",
  committer: "they committed commits in this pull request",
  "co-author": "a Co-authored-by trailer in this pull request names them",
  "last-pusher": "they pushed the head commit",
  "no-write-access": "they have no write access to the repository",
  "permission-unknown": "their repository permission could not be read",
  stale: "it was given on an older commit, not the current head",
  "not-in-team": "they are not among the approvers a requirement names",
  "team-unverifiable": "they are not a named approver, and the team membership that could count them could not be read"
};
function describeReason(reason) {
  return REASONS[reason];
}
function mention(login) {
  return escapeMarkdown(login.startsWith("@") ? login : `@${login}`);
}
function renderApprovalTree(tree) {
  const lines = ["#### Approvals"];
  if (tree.requirements.length === 0) lines.push("No approval needed.");
  for (const status of tree.requirements) lines.push(...requirementLines(status));
  if (tree.changesRequestedBy.length > 0) {
    lines.push(
      `- \u26D4 Changes requested by ${tree.changesRequestedBy.map(mention).join(", ")}: a new review from them or a dismissal lifts it.`
    );
  }
  const notCounted = tree.reviewers.filter((r) => !r.eligible && r.state !== "DISMISSED");
  if (notCounted.length > 0) {
    lines.push("", "**Reviews that do not count:**");
    for (const reviewer of notCounted.slice(0, MAX_REVIEWERS)) lines.push(reviewerLine(reviewer));
    const more = notCounted.length - MAX_REVIEWERS;
    if (more > 0) lines.push(`- and ${plural(more, "more reviewer")}`);
  }
  return lines.join("\n");
}
function requirementLines(status) {
  const { requirement } = status;
  const who = requirement.from.length === 0 ? "any eligible reviewer with write access" : requirement.from.map(mention).join(" or ");
  const head = `- ${status.satisfied ? "\u2705" : "\u23F3"} **${escapeMarkdown(requirement.reason)}**: ${plural(
    requirement.approvals,
    "approval"
  )} from ${who}.`;
  const approved = status.approvedBy.length > 0 ? ` Approved by ${status.approvedBy.map(mention).join(", ")}.` : "";
  const missing = status.missing > 0 ? ` **${status.missing} more needed.**` : "";
  const lines = [head + approved + missing];
  for (const team of status.unverifiable) {
    lines.push(
      `  - \u26A0\uFE0F ${mention(team.team)} could not be verified (${escapeMarkdown(team.reason)}): its members\u2019 approvals are not counted.`
    );
  }
  return lines;
}
function reviewerLine(reviewer) {
  const what = reviewer.state === "CHANGES_REQUESTED" ? "request for changes" : "approval";
  const on = reviewer.reasons.includes("stale") ? ` (on ${inlineCode(reviewer.commitId.slice(0, 7))})` : "";
  return `- ${mention(reviewer.login)}\u2019s ${what}${on} does not count: ${reviewer.reasons.map(describeReason).join("; ")}.`;
}

// src/report/code-language.ts
var LANGUAGES = /* @__PURE__ */ new Map([
  ["sql", "sql"],
  ["tf", "hcl"],
  ["hcl", "hcl"],
  ["yml", "yaml"],
  ["yaml", "yaml"],
  ["json", "json"],
  ["sh", "sh"],
  ["bash", "sh"],
  ["rb", "ruby"],
  ["py", "python"],
  ["ts", "ts"],
  ["js", "js"],
  ["go", "go"],
  ["xml", "xml"]
]);
function languageOf(path) {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
  return LANGUAGES.get(ext) ?? "";
}

// src/report/severity.ts
function severityRank(finding) {
  if (finding.blocking) return finding.kind === "destructive" || finding.kind === "secret" ? 0 : 1;
  return finding.rollbackOnly ? 3 : 2;
}
function bySeverity(findings) {
  return [...findings].sort(
    (a, b) => severityRank(a) - severityRank(b) || a.path.localeCompare(b.path) || a.side.localeCompare(b.side) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
  );
}

// src/report/status.ts
var MAX_STATUS_DESCRIPTION = 140;
function statusFor(decision, tree) {
  return { state: gatePasses(decision, tree) ? "success" : "failure", description: fit(gateSentence(decision, tree)) };
}
function gatePasses(decision, tree) {
  if (decision.verdict === "allow") return true;
  return decision.requirements.length > 0 && tree.satisfied;
}
function gateSentence(decision, tree) {
  if (decision.verdict === "allow") {
    const count = decision.findings.length;
    return count === 0 ? "no destructive changes found" : `no blocking findings (${plural(count, "finding")} reported)`;
  }
  if (decision.requirements.length === 0) return "blocked: blocking findings and no approval rule to lift them";
  return tree.summary;
}
function fit(text) {
  const chars = Array.from(escapeControls(text));
  return chars.length <= MAX_STATUS_DESCRIPTION ? chars.join("") : `${chars.slice(0, MAX_STATUS_DESCRIPTION - 1).join("")}\u2026`;
}

// src/report/rule-docs.ts
function ruleDocUrl(ruleId) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return void 0;
  return `https://github.com/${ACTION_REPOSITORY}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}

// src/report/gate-report.ts
var MAX_SNIPPET_LINES = 20;
var MAX_SNIPPET_CHARS = 2e3;
var MAX_MESSAGE_CHARS = 1e3;
var MAX_PATH_CHARS = 300;
var MAX_NOTE_CHARS = 1e3;
var MAX_SIGNALS = 10;
var MAX_SIGNAL_CHARS = 200;
function renderGateReport(decision, tree, options, limits, extraSections = []) {
  const findings = bySeverity(decision.findings);
  const blocks = findings.map((f) => findingBlock(f, options));
  const notes = decision.notes.map((n) => `- ${escapeMarkdown(truncate(n, MAX_NOTE_CHARS))}`);
  const showApprovals = decision.verdict === "block" || decision.requirements.length > 0;
  const warning = secretWarning(decision);
  const fixedTop = [
    header(decision, tree),
    ...warning ? [`> **\u26A0\uFE0F ${escapeMarkdown(warning)}**`] : [],
    ...showApprovals ? [renderApprovalTree(tree)] : [],
    agentSection(decision)
  ];
  const footer = [
    ...decision.verdict === "block" && !gatePasses(decision, tree) ? [HOW_TO_PROCEED] : [],
    footerLine(options)
  ].join("\n\n");
  const compose = (shownFindings2, shownNotes2) => {
    const sections = [...fixedTop];
    if (findings.length > 0) sections.push(findingsSection(findings.slice(0, shownFindings2), blocks));
    const cut = findings.length - shownFindings2;
    if (cut > 0) sections.push(`**truncated: ${plural(cut, "more finding")}, ${limits.seeAlso}.**`);
    if (notes.length > 0) {
      const noteLines = notes.slice(0, shownNotes2);
      const more = notes.length - shownNotes2;
      if (more > 0) noteLines.push(`- truncated: ${plural(more, "more note")}, ${limits.seeAlso}.`);
      sections.push(folded(`${plural(notes.length, "note")} (files not read, parser fallbacks)`, noteLines.join("\n")));
    }
    sections.push(...extraSections, footer);
    return sections.join("\n\n");
  };
  const fits = (text) => limits.measure(text) <= limits.maxSize;
  const all = compose(findings.length, notes.length);
  if (fits(all)) return all;
  const shownFindings = largestFitting(findings.length, (n) => fits(compose(n, 0)));
  const shownNotes = largestFitting(notes.length, (n) => fits(compose(shownFindings, n)));
  const out = compose(shownFindings, shownNotes);
  if (fits(out)) return out;
  return [header(decision), `**truncated: the report is over the size limit, ${limits.seeAlso}.**`].join("\n\n");
}
function header(decision, tree) {
  const blocking = decision.findings.filter((f) => f.blocking).length;
  const title = decision.verdict === "allow" ? "### \u2705 two-key: no blocking findings" : tree && gatePasses(decision, tree) ? "### \u2705 two-key: approved" : "### \u26D4 two-key: needs approval";
  const count = decision.findings.length === 0 ? "No findings." : `${plural(decision.findings.length, "finding")}, ${blocking} blocking.`;
  const unliftable = decision.verdict === "block" && decision.requirements.length === 0;
  const lead = unliftable && tree ? `**${escapeMarkdown(gateSentence(decision, tree))}** \xB7 ` : "";
  return `${title}

${lead}${count}`;
}
var HOW_TO_PROCEED = [
  "#### How to proceed",
  "- **Approve:** a reviewer who counts (see Approvals) approves the current head commit; two-key checks again on the review.",
  "- **Or change it:** push a commit without the blocking findings; two-key checks again on the push.",
  "- **Or suppress one intended finding:** on the line above it, write `two-key: allow RULE-ID -- REASON` in the file\u2019s comment syntax (`--` in SQL, `#` in shell, YAML, Python and Ruby, `//` in JavaScript and Go). A suppression the pull request adds is itself a finding that needs the same approval, and it covers only the statement it was written over."
].join("\n");
function folded(summary, body) {
  return `<details>
<summary>${summary}</summary>

${body}

</details>`;
}
function agentSection(decision) {
  const { agent } = decision;
  if (!agent.detected) return "**Agent authorship:** not detected.";
  const signals = agent.signals.slice(0, MAX_SIGNALS).map((s) => `- ${escapeMarkdown(truncate(describeSignal(s), MAX_SIGNAL_CHARS))}`);
  const more = agent.signals.length - signals.length;
  if (more > 0) signals.push(`- and ${plural(more, "more signal")}`);
  return ["**Agent authorship:** detected.", ...signals].join("\n");
}
function findingsSection(shown, blocks) {
  const grouped = (which) => {
    const byFile = /* @__PURE__ */ new Map();
    shown.forEach((finding, i) => {
      if (!which(finding)) return;
      const group = byFile.get(finding.path) ?? [];
      group.push(blocks[i]);
      byFile.set(finding.path, group);
    });
    return [...byFile].flatMap(([path, group]) => [
      `##### \u{1F4C4} ${escapeMarkdown(truncate(path, MAX_PATH_CHARS))}`,
      ...group
    ]);
  };
  const blocking = grouped((f) => f.blocking);
  const rest = grouped((f) => !f.blocking);
  const parts = blocking.length > 0 ? ["#### Findings that block", ...blocking] : [];
  const others = shown.filter((f) => !f.blocking).length;
  if (others > 0)
    parts.push(
      folded(
        `${plural(others, "finding")} that ${others === 1 ? "does" : "do"} not block (warnings, rollback-only, tests)`,
        rest.join("\n\n")
      )
    );
  return parts.join("\n\n");
}
var MARKS = ["\u26D4", "\u26D4", "\u26A0\uFE0F", "\u21A9\uFE0F"];
function findingBlock(f, options) {
  const where = f.side === "base" ? `removed line ${f.line}` : `line ${f.line}`;
  const weight = f.blocking ? "blocking" : f.rollbackOnly ? "rollback only, not blocking" : f.downgradedBecause ? `not blocking: ${escapeMarkdown(truncate(f.downgradedBecause, MAX_MESSAGE_CHARS))}` : "not blocking";
  const rule = link(inlineCode(f.ruleId), (options.ruleUrl ?? ruleDocUrl)(f.ruleId));
  const title = `${MARKS[severityRank(f)]} **${link(where, options.fileUrl?.(f.path, f.line, f.side))}** ${rule} (${f.kind}, ${weight}): ${escapeMarkdown(
    truncate(f.message, MAX_MESSAGE_CHARS)
  )}`;
  return f.snippet.trim() === "" ? title : `${title}

${snippetFence(f)}`;
}
function snippetFence(f) {
  const lines = splitLines(f.snippet.replace(/\n+$/, "")).map(escapeControls);
  let body = lines.slice(0, MAX_SNIPPET_LINES).join("\n");
  let shortened = lines.length > MAX_SNIPPET_LINES;
  if (body.length > MAX_SNIPPET_CHARS) {
    body = Array.from(body).slice(0, MAX_SNIPPET_CHARS).join("");
    shortened = true;
  }
  const fence = codeFence(body);
  return `${fence}${languageOf(f.path)}
${body}
${fence}${shortened ? "\n\n_(snippet shortened)_" : ""}`;
}
function footerLine(options) {
  const head = options.headSha === "" ? "" : ` checked head ${inlineCode(options.headSha.slice(0, 7))}`;
  const run = options.runUrl === void 0 ? "" : ` \xB7 ${link("workflow run", options.runUrl)}`;
  return `<sub>two-key ${VERSION}${head}${run}</sub>`;
}
function truncate(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}

// src/report/markdown.ts
var DEFAULT_MAX_LENGTH = 65e3;
function awaitingReviews(requirements) {
  return {
    satisfied: requirements.length === 0,
    requirements: requirements.map((requirement) => ({
      requirement,
      approvedBy: [],
      missing: requirement.approvals,
      satisfied: false,
      unverifiable: []
    })),
    changesRequestedBy: [],
    reviewers: [],
    summary: requirements.length === 0 ? "no approval needed" : "awaiting reviews"
  };
}
function render2(decision, options = {}) {
  return renderGateReport(
    decision,
    awaitingReviews(decision.requirements),
    {
      headSha: "",
      ...options.fileUrl && { fileUrl: options.fileUrl },
      ...options.ruleUrl && { ruleUrl: options.ruleUrl }
    },
    {
      maxSize: options.maxLength ?? DEFAULT_MAX_LENGTH,
      measure: (text) => text.length,
      seeAlso: "run `two-key check --format text` to see them all"
    }
  );
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function render3(decision, options = {}) {
  const ruleIds = [...new Set(decision.findings.map((f) => f.ruleId))];
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const occurrences = /* @__PURE__ */ new Map();
  const results = decision.findings.map((f) => {
    const fingerprint = fingerprintOf(f);
    const nth = (occurrences.get(fingerprint) ?? 0) + 1;
    occurrences.set(fingerprint, nth);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: levelOf(f),
      message: { text: messageOf(f) },
      locations: [locationOf(f)],
      // The nth identical (rule, path, snippet) keeps its own alert instead of merging into the first.
      partialFingerprints: { "twoKeyFinding/v1": `${fingerprint}:${nth}` },
      properties: {
        kind: f.kind,
        side: f.side,
        rollbackOnly: f.rollbackOnly,
        // Why a finding that would block does not, so a reviewer reading the alert can disagree.
        ...f.downgradedBecause === void 0 ? {} : { downgradedBecause: escapeControls(f.downgradedBecause) }
      }
    };
  });
  const notifications = decision.notes.map((note) => ({
    level: "note",
    message: { text: escapeControls(note) }
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "two-key",
            ...options.informationUri === void 0 ? {} : { informationUri: options.informationUri },
            ...options.version === void 0 ? {} : { version: options.version },
            rules: ruleIds.map((id) => descriptorOf(id, known.get(id)))
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        // LocatedFinding's columns count UTF-16 code units.
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return escapeJsonText(JSON.stringify(log, null, 2));
}
function descriptorOf(id, rule) {
  if (rule === void 0) return { id };
  return {
    id,
    shortDescription: { text: rule.description },
    ...rule.helpUri === void 0 ? {} : { helpUri: rule.helpUri },
    properties: { kind: rule.kind, tags: ["two-key", rule.kind] }
  };
}
function levelOf(f) {
  if (f.blocking) return "error";
  return f.rollbackOnly || f.downgradedBecause !== void 0 ? "note" : "warning";
}
function messageOf(f) {
  const reason = f.blocking || f.downgradedBecause === void 0 ? "" : ` (not blocking: ${f.downgradedBecause})`;
  const message = escapeControls(f.message + reason);
  return f.side === "base" ? `${message} (base version: the line exists only before this change)` : message;
}
function locationOf(f) {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn + 1 : 1, f.endColumn + 1);
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(f.path), uriBaseId: "%SRCROOT%" },
      region: {
        startLine,
        startColumn,
        endLine,
        endColumn,
        ...f.snippet === "" ? {} : { snippet: { text: f.snippet } }
      }
    }
  };
}
function pathToUri(path) {
  return path.split("/").map((segment) => encodeSegment(segment)).join("/");
}
function encodeSegment(segment) {
  let out = "";
  for (const ch of segment) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += "%EF%BF%BD";
    }
  }
  return out.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function fingerprintOf(f) {
  const snippet = f.snippet.trim().replace(/\s+/g, " ");
  return createHash("sha256").update(JSON.stringify([f.ruleId, f.path, snippet])).digest("hex").slice(0, 32);
}

// src/report/width.ts
var TAB_WIDTH = 4;
function codePointWidth(cp) {
  if (cp >= 768 && cp <= 879 || cp >= 8203 && cp <= 8205 || cp >= 65024 && cp <= 65039 || cp === 65279) {
    return 0;
  }
  if (cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 && cp !== 12351 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 128591 || cp >= 129280 && cp <= 129535 || cp >= 131072 && cp <= 262141) {
    return 2;
  }
  return 1;
}
function layoutLine(line, from, to) {
  let text = "";
  let carets = "";
  let width = 0;
  let unit = 0;
  let flaggedAny = false;
  let caretAt = -1;
  for (const ch of line) {
    const cp = ch.codePointAt(0);
    let piece;
    let pieceWidth;
    if (cp === 9) {
      pieceWidth = TAB_WIDTH - width % TAB_WIDTH;
      piece = " ".repeat(pieceWidth);
    } else if (isUnsafeCodePoint(cp)) {
      piece = escapeCodePoint(cp);
      pieceWidth = piece.length;
    } else {
      piece = ch;
      pieceWidth = codePointWidth(cp);
    }
    const first = unit + 1;
    const last = unit + ch.length;
    const flagged = first <= to && last >= from;
    if (caretAt < 0 && last >= from) caretAt = width;
    flaggedAny ||= flagged && pieceWidth > 0;
    text += piece;
    carets += (flagged ? "^" : " ").repeat(pieceWidth);
    width += pieceWidth;
    unit = last;
  }
  if (!flaggedAny) carets = " ".repeat(caretAt < 0 ? width : caretAt) + "^";
  return { text, carets: carets.trimEnd() };
}

// src/report/text.ts
var MAX_SPAN_LINES = 5;
function sgr(open) {
  return (text) => text === "" ? "" : `\x1B[${open}m${text}\x1B[0m`;
}
var plain = (text) => text;
var PLAIN = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain, blue: plain };
var ANSI = {
  bold: sgr("1"),
  dim: sgr("2"),
  red: sgr("1;31"),
  yellow: sgr("33"),
  green: sgr("1;32"),
  cyan: sgr("36"),
  blue: sgr("34")
};
function render4(decision, options = {}) {
  const p = options.color === true ? ANSI : PLAIN;
  const blocks = decision.findings.map((f) => renderFinding(f, p));
  const tail = [p[decision.verdict === "block" ? "red" : "green"](escapeControls(verdictSentence(decision)))];
  const signals = decision.agent.signals.map((s) => escapeControls(describeSignal(s)));
  tail.push(`agent: ${agentSummary(decision.agent)}${signals.length > 0 ? ` (${signals.join("; ")})` : ""}`);
  for (const note of decision.notes) tail.push(`${p.dim("note:")} ${escapeControls(note)}`);
  const warning = secretWithDestructiveWarning(decision);
  return [...warning ? [p.red(warning)] : [], ...blocks, tail.join("\n")].join("\n\n");
}
function renderFinding(f, p) {
  const accent = f.blocking ? p.red : f.rollbackOnly ? p.cyan : p.yellow;
  const markers = [
    ...f.side === "base" ? ["(base version)"] : [],
    ...f.blocking ? [] : [
      f.rollbackOnly ? "(rollback only)" : f.downgradedBecause ? `(does not block: ${f.downgradedBecause})` : "(does not block)"
    ]
  ];
  const header2 = `${p.bold(`${escapeControls(f.path)}:${f.line}:${f.column}:`)} ${accent(f.kind)} ${p.dim(escapeControls(f.ruleId))} ` + escapeControls(f.message) + (markers.length > 0 ? ` ${p.dim(markers.join(" "))}` : "");
  return [header2, ...renderSource(f, accent, p)].join("\n");
}
function renderSource(f, accent, p) {
  const lines = f.sourceLines.length > 0 ? f.sourceLines : f.snippet === "" ? [] : splitLines(f.snippet);
  if (lines.length === 0) return [];
  const spanLines = Math.max(f.endLine - f.line + 1, 1);
  const shownCount = Math.min(lines.length, spanLines > MAX_SPAN_LINES ? MAX_SPAN_LINES - 1 : MAX_SPAN_LINES);
  const hidden = spanLines - shownCount;
  const gutterWidth = String(f.line + shownCount - 1).length;
  const gutter = (label) => p.blue(`${label.padStart(gutterWidth)} |`);
  const out = [gutter("")];
  for (let i = 0; i < shownCount; i++) {
    const source = stripCarriageReturn(lines[i] ?? "");
    const to = f.endLine === f.line ? f.endColumn : Number.POSITIVE_INFINITY;
    const { text, carets } = layoutLine(source, f.column, to);
    out.push(`${gutter(String(f.line + i))}${text === "" ? "" : ` ${text}`}`);
    if (i === 0 && f.sourceLines.length > 0) out.push(`${gutter("")} ${accent(carets)}`);
  }
  if (hidden > 0) out.push(`${gutter("")} ${p.dim(`... ${plural(hidden, "more line")}`)}`);
  return out;
}

// src/report/index.ts
function renderDecision(decision, format, options = {}) {
  switch (format) {
    case "text":
      return render4(decision, options);
    case "json":
      return render(decision);
    case "markdown":
      return render2(decision, options);
    case "sarif":
      return render3(decision, options);
  }
}

export {
  escapeControls,
  splitLines,
  escapeMarkdown,
  inlineCode,
  link,
  plural,
  mention,
  bySeverity,
  statusFor,
  renderGateReport,
  truncate,
  utf8Length,
  renderDecision
};
