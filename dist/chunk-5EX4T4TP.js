import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  runGit
} from "./chunk-335MU2BK.js";
import {
  UsageError
} from "./chunk-YVQXTJ3F.js";
import {
  GitInputError,
  PolicyFileMissing
} from "./chunk-J6GTIO5W.js";
import "./chunk-IMX7FK3S.js";
import {
  MAX_NEIGHBOURS,
  MAX_TEXT_BYTES,
  decodeFileText,
  moduleDirs,
  pickNeighbours,
  referencedPaths
} from "./chunk-EZRSNO4D.js";
import {
  renderDecision
} from "./chunk-OH4TXW65.js";
import {
  VERSION
} from "./chunk-M6CIGP4E.js";
import {
  defaultPolicy
} from "./chunk-EIH2OVFC.js";
import "./chunk-4FNLEWMR.js";
import "./chunk-ZQIJZ6PA.js";
import {
  check,
  families
} from "./chunk-4QNIKBWI.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-OLZQIAYM.js";
import {
  diffLines,
  parseUnifiedDiff
} from "./chunk-O7FLODLP.js";
import "./chunk-YQYAWUZZ.js";
import {
  isTerraformPlan
} from "./chunk-EG3ONA5W.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-Z7S54ZPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-GVQ55VA2.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/check.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, relative, resolve } from "node:path";

// src/engine/warm.ts
var WARM_SAMPLE = 64;
function appliesByPath(entry, path, policy) {
  try {
    return entry.appliesTo(path, "", policy);
  } catch {
    return false;
  }
}
function warmFor(paths) {
  const policy = defaultPolicy();
  const sample = paths.slice(0, WARM_SAMPLE);
  for (const entry of families) {
    if (!sample.some((path) => appliesByPath(entry, path, policy))) continue;
    void entry.load().catch(() => void 0);
  }
}

// src/cli/git-change-set.ts
import { statSync } from "node:fs";

// src/cli/neighbours.ts
var REFERENCE_ROUNDS = 3;
async function readNeighbours(files, listTree2, readTexts2, listAll) {
  const referenced = new Set(referencedPaths(files));
  let near = await readPicked(files, moduleDirs(files, referenced), referenced, listTree2, readTexts2, []);
  let latest = near;
  for (let round = 0; round < REFERENCE_ROUNDS && latest.length && near.length < MAX_NEIGHBOURS; round++) {
    const further = new Set(referencedPaths(latest.map((f) => ({ path: f.path, headText: f.text }))));
    for (const f of [...files, ...near]) further.delete(f.path);
    if (!further.size) break;
    latest = await readPicked(files, moduleDirs([], further), further, listTree2, readTexts2, near);
    near = [...near, ...latest];
  }
  if (!listAll || near.length >= MAX_NEIGHBOURS) return near;
  let ids;
  const tree = async () => ids ??= new Map((await listAll("")).map((e) => [e.path, e.id]));
  const { readTerragruntFiles, treeIndexOf } = files.some((f) => /\.hcl$/i.test(f.path)) ? await import("./chunk-7E7RUNPS.js") : { readTerragruntFiles: void 0, treeIndexOf: void 0 };
  const terragrunt = readTerragruntFiles ? await readTerragruntFiles(
    files,
    near,
    treeIndexOf((await tree()).keys()),
    async (paths) => readEntries(
      paths.flatMap((path) => ids.has(path) ? [{ path, id: ids.get(path) }] : []),
      readTexts2
    ),
    MAX_NEIGHBOURS - near.length
  ) : [];
  return [...near, ...terragrunt];
}
async function readPicked(files, dirs, referenced, listTree2, readTexts2, already) {
  const wanted = [];
  const room = MAX_NEIGHBOURS - already.length;
  for (const dir of dirs) {
    const picked = pickNeighbours(files, await listTree2(dir), room - wanted.length, referenced);
    wanted.push(
      ...picked.filter(
        (entry) => !wanted.some((w) => w.path === entry.path) && !already.some((a) => a.path === entry.path)
      )
    );
    if (wanted.length >= room) break;
  }
  return readEntries(wanted, readTexts2);
}
async function readEntries(entries, readTexts2) {
  if (!entries.length) return [];
  const texts = await readTexts2(entries.map((w) => w.id));
  return entries.flatMap(({ path, id }) => {
    const text = texts.get(id);
    return text === void 0 ? [] : [{ path, text }];
  });
}

// src/cli/base-tree.ts
import { execFileSync } from "node:child_process";
var MAX_BASE_FILE_BYTES = 2 * 1024 * 1024;
function gitBaseTree(repo, commit) {
  let paths;
  const cache = /* @__PURE__ */ new Map();
  const git = (args) => execFileSync("git", ["-c", "core.quotePath=false", ...args], {
    cwd: repo,
    maxBuffer: MAX_BASE_FILE_BYTES + 1024,
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" }
  });
  const all = () => {
    if (paths === void 0) {
      try {
        paths = git(["ls-tree", "-r", "-z", "--name-only", commit]).toString("utf8").split("\0").filter(Boolean);
      } catch {
        paths = [];
      }
    }
    return paths;
  };
  return {
    list(folder) {
      const prefix = folder === "" ? "" : folder.replace(/\/+$/, "") + "/";
      return all().filter((p) => p.startsWith(prefix));
    },
    read(path) {
      if (cache.has(path)) return cache.get(path);
      let text;
      if (all().includes(path)) {
        try {
          const blob = git(["cat-file", "blob", `${commit}:${path}`]);
          text = blob.includes(0) ? void 0 : blob.toString("utf8");
        } catch {
          text = void 0;
        }
      }
      cache.set(path, text);
      return text;
    }
  };
}

// src/cli/git-cat-file.ts
import { spawn } from "node:child_process";
function spawnGit(repo, args) {
  return spawn("git", ["-c", "core.quotePath=false", ...args], {
    cwd: repo,
    env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat" }
  });
}
var AnswerReader = class {
  pending = [];
  header = [];
  /** The object being read across chunks, allocated once at its full size (and its trailing newline). */
  current = Buffer.alloc(0);
  type = "";
  filled = 0;
  remaining = -1;
  /** Set when git said something this reader cannot follow: every later answer is unreliable. */
  failure;
  answered = false;
  push(chunk) {
    let pos = 0;
    while (pos < chunk.length && this.failure === void 0) {
      const request = this.pending[0];
      if (!request) {
        this.failure = "git answered more than it was asked";
        return;
      }
      if (this.remaining < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) {
          this.header.push(chunk.subarray(pos));
          return;
        }
        this.header.push(chunk.subarray(pos, nl));
        const line = Buffer.concat(this.header).toString("utf8");
        this.header = [];
        pos = nl + 1;
        this.answered = true;
        if (/ missing$/.test(line)) {
          this.answer("missing");
          continue;
        }
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(line);
        if (!match) {
          this.failure = line;
          return;
        }
        if (request.kind === "info") {
          this.answer({ type: match[1], size: Number(match[2]) });
          continue;
        }
        this.type = match[1];
        this.remaining = Number(match[2]) + 1;
        if (chunk.length - pos >= this.remaining) {
          const bytes = chunk.subarray(pos, pos + this.remaining - 1);
          pos += this.remaining;
          this.remaining = -1;
          this.answer({ type: this.type, bytes });
          continue;
        }
        this.current = Buffer.allocUnsafe(this.remaining);
        this.filled = 0;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - pos);
      chunk.copy(this.current, this.filled, pos, pos + take);
      this.filled += take;
      pos += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        const bytes = this.current.subarray(0, this.current.length - 1);
        this.current = Buffer.alloc(0);
        this.remaining = -1;
        this.answer({ type: this.type, bytes });
      }
    }
  }
  answer(answer) {
    const request = this.pending[0];
    request.answers.push(answer);
    if (request.answers.length === request.count) {
      this.pending.shift();
      request.resolve(request.answers);
    }
  }
  /** Fails every request still waiting. */
  fail(error) {
    for (const request of this.pending.splice(0)) request.reject(error);
  }
};
var CatFileSession = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  child;
  reader = new AnswerReader();
  stderr = [];
  exited = false;
  /** Set once git has shown it does not know `--batch-command`. */
  oneShot = false;
  info(names) {
    return this.ask("info", names);
  }
  contents(names) {
    return this.ask("contents", names);
  }
  /** Lets git exit once it has answered; the session cannot be asked again. */
  close() {
    if (this.child && !this.exited) this.child.stdin.end();
  }
  ask(kind, names) {
    if (names.length === 0) return Promise.resolve([]);
    if (names.some((name) => /[\n\r]/.test(name))) {
      return Promise.reject(new GitInputError("an object name holds a line break"));
    }
    if (this.oneShot) return askOnce(this.repo, kind, names);
    const child = this.start();
    return new Promise((resolve2, reject) => {
      this.reader.pending.push({ kind, names, count: names.length, answers: [], resolve: resolve2, reject });
      child.stdin.write(`${names.map((name) => `${kind} ${name}
`).join("")}flush
`);
    });
  }
  start() {
    if (this.child) return this.child;
    const child = spawnGit(this.repo, ["cat-file", "--batch-command", "--buffer"]);
    this.child = child;
    child.stdout.on("data", (chunk) => {
      this.reader.push(chunk);
      if (this.reader.failure !== void 0) {
        this.reader.fail(new GitInputError(this.reader.failure.slice(0, 120)));
        child.kill();
      }
    });
    child.stderr.on("data", (chunk) => this.stderr.push(chunk));
    child.stdin.on("error", () => {
    });
    child.on("error", (error) => {
      this.exited = true;
      this.reader.fail(
        error.code === "ENOENT" ? new GitInputError("git is not installed or not on the PATH") : error
      );
    });
    child.on("close", (code) => {
      this.exited = true;
      const stderr = Buffer.concat(this.stderr).toString("utf8");
      if (code !== 0 && !this.reader.answered && /batch-command|usage: git cat-file/.test(stderr)) {
        this.oneShot = true;
        for (const request of this.reader.pending.splice(0)) {
          askOnce(this.repo, request.kind, request.names).then(request.resolve, request.reject);
        }
        return;
      }
      this.reader.fail(new GitInputError(firstLine(stderr, this.reader.failure)));
    });
    return child;
  }
};
function askOnce(repo, kind, names) {
  return new Promise((resolve2, reject) => {
    const reader = new AnswerReader();
    const child = spawnGit(repo, ["cat-file", kind === "info" ? "--batch-check" : "--batch", "--buffer"]);
    const stderr = [];
    reader.pending.push({ kind, names, count: names.length, answers: [], resolve: resolve2, reject });
    child.stdout.on("data", (chunk) => reader.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.stdin.on("error", () => {
    });
    child.on("error", (error) => {
      reader.fail(
        error.code === "ENOENT" ? new GitInputError("git is not installed or not on the PATH") : error
      );
    });
    child.on("close", () => {
      reader.fail(new GitInputError(firstLine(Buffer.concat(stderr).toString("utf8"), reader.failure)));
    });
    child.stdin.end(`${names.join("\n")}
`);
  });
}
function firstLine(stderr, failure) {
  if (failure !== void 0) return failure.slice(0, 120);
  return stderr.split("\n").find((line) => line.trim() !== "")?.replace(/^(fatal|error): /, "").trim() ?? "unknown error";
}

// src/cli/git-change-set.ts
function show(name) {
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name;
}
function runGit2(repo, args, input, onStdout) {
  return new Promise((resolve2, reject) => {
    const child = spawnGit(repo, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => onStdout ? onStdout(chunk) : out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      reject(error.code === "ENOENT" ? new GitInputError("git is not installed or not on the PATH") : error);
    });
    child.on("close", (code) => {
      resolve2({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
function firstLine2(stderr) {
  return stderr.split("\n").find((line) => line.trim() !== "")?.replace(/^(fatal|error): /, "").trim() ?? "unknown error";
}
async function gitOk(repo, args, what, input) {
  const run = await runGit2(repo, args, input);
  if (run.code !== 0) throw new GitInputError(`git failed while ${what}: ${firstLine2(run.stderr)}`);
  return run.stdout;
}
function isDirectory(path) {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
async function assertRepository(repo) {
  const info = isDirectory(repo);
  if (!info) throw new GitInputError(`not a git repository: ${show(repo)}`);
  const run = await runGit2(repo, ["rev-parse", "--git-dir"]);
  if (run.code === 0) return;
  if (run.stderr.includes("dubious ownership")) {
    throw new GitInputError(
      `git refuses to read ${show(repo)}: it is owned by another user (add it to git config safe.directory)`
    );
  }
  throw new GitInputError(`not a git repository: ${show(repo)}`);
}
function checkRevision(ref) {
  if (ref === "") throw new GitInputError("empty revision");
  if (ref.startsWith("-")) throw new GitInputError(`invalid revision (starts with "-"): ${show(ref)}`);
  if (/[\u0000-\u001f\u007f]/.test(ref)) throw new GitInputError(`invalid revision: ${show(ref)}`);
}
function isPlainRevision(ref) {
  try {
    checkRevision(ref);
    return true;
  } catch {
    return false;
  }
}
async function tryResolveCommit(repo, ref) {
  const run = await runGit2(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const sha = run.stdout.toString("utf8").trim();
  return run.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}
async function resolveCommit(repo, ref) {
  checkRevision(ref);
  const sha = await tryResolveCommit(repo, ref);
  if (!sha) throw new GitInputError(`unknown revision: ${show(ref)}`);
  return sha;
}
async function defaultBranch(repo) {
  const run = await runGit2(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const target = run.stdout.toString("utf8").trim();
  const candidates = run.code === 0 && target ? [target] : [];
  candidates.push("refs/heads/main", "refs/remotes/origin/main", "refs/heads/master", "refs/remotes/origin/master");
  for (const ref of candidates) {
    if (await tryResolveCommit(repo, ref)) return ref.replace(/^refs\/(heads|remotes)\//, "");
  }
  throw new GitInputError("no default branch to compare with (no origin/HEAD, main or master): pass --base REF");
}
async function mergeBase(repo, base, head, baseRef, headRef) {
  const run = await runGit2(repo, ["merge-base", base, head]);
  const sha = run.stdout.toString("utf8").trim();
  if (run.code === 0 && sha) return sha;
  if (run.code === 1) {
    const shallow = (await runGit2(repo, ["rev-parse", "--is-shallow-repository"])).stdout.toString("utf8").trim();
    const hint = shallow === "true" ? " (the clone is shallow: fetch more history)" : "";
    throw new GitInputError(`no merge base between ${show(baseRef)} and ${show(headRef)}${hint}`);
  }
  throw new GitInputError(`git failed while finding the merge base: ${firstLine2(run.stderr)}`);
}
async function branchOf(repo, headRef) {
  const run = await runGit2(repo, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--symbolic-full-name",
    "--end-of-options",
    headRef
  ]);
  if (run.code !== 0) return void 0;
  return branchOfFullName(run.stdout.toString("utf8").trim());
}
function branchOfFullName(full) {
  if (full.startsWith("refs/heads/")) return full.slice("refs/heads/".length);
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(full);
  return remote && remote[1] !== "HEAD" ? remote[1] : void 0;
}
var SHA = /^[0-9a-f]{40,64}$/;
async function resolveAtOnce(repo, baseRef, headRef) {
  if (/\.\.|[:\s]/.test(baseRef) || /\.\.|[:\s]/.test(headRef)) return void 0;
  const run = await runGit2(repo, [
    "rev-parse",
    "--git-dir",
    `${baseRef}^{commit}...${headRef}^{commit}`,
    "--symbolic-full-name",
    headRef,
    "--"
  ]);
  if (run.code !== 0) return void 0;
  const lines = run.stdout.toString("utf8").split("\n").slice(1, -1);
  if (lines.at(-1) === "--") lines.pop();
  const [head, base, ...rest] = lines;
  const mergeBases = rest.filter((line) => line.startsWith("^")).map((line) => line.slice(1));
  const names = rest.filter((line) => !line.startsWith("^"));
  const from = mergeBases[0];
  if (!head || !base || !from || mergeBases.length !== 1 || names.length > 1) return void 0;
  if (![head, base, from].every((sha) => SHA.test(sha))) return void 0;
  return { head, base, from, branch: names[0] === void 0 ? void 0 : branchOfFullName(names[0]) };
}
var DIFF_SAFETY = ["--no-ext-diff", "--no-textconv", "--no-color", "--no-relative", "--ignore-submodules=none", "-M"];
async function rawDiff(repo, base, head) {
  const out = await gitOk(
    repo,
    ["diff", "--raw", "-z", "--no-abbrev", ...DIFF_SAFETY, base, head, "--"],
    "listing changed files"
  );
  const tokens = out.toString("utf8").split("\0");
  const entries = [];
  let i = 0;
  while (i < tokens.length) {
    const meta = tokens[i];
    if (meta === "") {
      i++;
      continue;
    }
    const fields = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!fields) throw new GitInputError(`unexpected output from git diff --raw: ${show(meta.slice(0, 80))}`);
    const [, baseMode, headMode, baseSha, headSha, letter] = fields;
    const twoPaths = letter === "R" || letter === "C";
    const first = tokens[i + 1];
    const second = twoPaths ? tokens[i + 2] : first;
    if (first === void 0 || second === void 0) throw new GitInputError("git diff --raw output ended early");
    i += twoPaths ? 3 : 2;
    const missing = (sha) => /^0+$/.test(sha);
    const entry = {
      status: "modified",
      path: second,
      copied: letter === "C",
      baseMode,
      headMode
    };
    switch (letter) {
      case "A":
      case "C":
        entry.status = "added";
        break;
      case "D":
        entry.status = "removed";
        break;
      case "R":
        entry.status = "renamed";
        entry.previousPath = first;
        break;
      default:
        entry.status = "modified";
    }
    if (!missing(baseSha) && letter !== "A" && letter !== "C") entry.baseBlob = baseSha;
    if (!missing(headSha) && letter !== "D") entry.headBlob = headSha;
    entries.push(entry);
  }
  return entries;
}
async function changedLines(repo, base, head) {
  const lines = new DiffLineReducer();
  const run = await runGit2(
    repo,
    [
      "diff",
      "-U0",
      "--diff-filter=ad",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--inter-hunk-context=0",
      ...DIFF_SAFETY,
      base,
      head,
      "--"
    ],
    void 0,
    (chunk) => lines.push(chunk)
  );
  if (run.code !== 0) throw new GitInputError(`git failed while diffing: ${firstLine2(run.stderr)}`);
  return parseUnifiedDiff(lines.end());
}
var DiffLineReducer = class {
  out = [];
  partial = [];
  inHunks = false;
  push(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        this.partial.push(chunk.subarray(pos));
        return;
      }
      this.line(
        this.partial.length ? Buffer.concat([...this.partial, chunk.subarray(pos, nl)]) : chunk.subarray(pos, nl)
      );
      this.partial = [];
      pos = nl + 1;
    }
  }
  end() {
    if (this.partial.length) this.line(Buffer.concat(this.partial));
    this.partial = [];
    const text = this.out.join("\n");
    this.out = [];
    return text;
  }
  line(bytes) {
    const at = (text) => bytes.length >= text.length && bytes.toString("latin1", 0, text.length) === text;
    if (at("diff --git ")) this.inHunks = false;
    else if (at("@@")) this.inHunks = true;
    else if (this.inHunks) {
      this.out.push(bytes.length === 0 ? "" : String.fromCharCode(bytes[0]));
      return;
    }
    this.out.push(bytes.toString("utf8"));
  }
};
function allLines(text) {
  if (text === void 0 || text === "") return [];
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  if (!text.endsWith("\n")) count++;
  return [{ start: 1, end: count }];
}
async function readBlobs(catFile, ids) {
  const blobs = /* @__PURE__ */ new Map();
  if (ids.length === 0) return blobs;
  const infos = await catFile.info(ids).catch((error) => {
    throw new GitInputError(`git failed while reading files: ${show(error.message.slice(0, 120))}`);
  });
  const wanted = [];
  ids.forEach((id, index) => {
    const info = infos[index];
    if (info === void 0 || info === "missing" || info.type !== "blob") {
      throw new GitInputError(`cannot read object ${id} from the repository (is the clone complete?)`);
    }
    if (info.size > MAX_TEXT_BYTES) blobs.set(id, { size: info.size });
    else wanted.push(id);
  });
  if (wanted.length === 0) return blobs;
  const objects = await catFile.contents(wanted).catch((error) => {
    throw new GitInputError(`git failed while reading files: ${show(error.message.slice(0, 120))}`);
  });
  wanted.forEach((id, index) => {
    const object = objects[index];
    if (object === void 0 || object === "missing") {
      throw new GitInputError(`git failed while reading files: ${id} missing`);
    }
    blobs.set(id, { bytes: object.bytes });
  });
  return blobs;
}
async function listTree(repo, commit, dir, recursive = false) {
  const args = ["ls-tree", ...recursive ? ["-r"] : [], "-z", commit, "--", ...dir ? [`${dir}/`] : []];
  const out = (await gitOk(repo, args, "listing a directory")).toString("utf8");
  return out.split("\0").flatMap((line) => {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    return m ? [{ path: m[2], id: m[1] }] : [];
  });
}
async function readTexts(catFile, ids) {
  const texts = /* @__PURE__ */ new Map();
  for (const [id, blob] of await readBlobs(catFile, ids)) {
    if (!("bytes" in blob)) continue;
    const decoded = decodeFileText(blob.bytes);
    if ("text" in decoded) texts.set(id, decoded.text);
  }
  return texts;
}
function tooLarge(size) {
  const mb = Math.ceil(size / (1024 * 1024) * 10) / 10;
  return `file is ${mb} MB, over the ${MAX_TEXT_BYTES / (1024 * 1024)} MB limit`;
}
var GITLINK = "160000";
var SYMLINK = "120000";
function buildFile(entry, blobs, diffs, release) {
  const file = { path: entry.path, status: entry.status, headChangedLines: [], baseChangedLines: [] };
  if (entry.previousPath !== void 0) file.previousPath = entry.previousPath;
  const texts = {};
  const problems = [];
  let readable = true;
  for (const side of ["base", "head"]) {
    const id = side === "base" ? entry.baseBlob : entry.headBlob;
    if (id === void 0) continue;
    const mode = side === "base" ? entry.baseMode : entry.headMode;
    if (mode === GITLINK) {
      problems.push("is a submodule (a commit of another repository), which two-key cannot read");
      readable = false;
      continue;
    }
    const blob = blobs.get(id);
    if (mode === SYMLINK && side === "head" && blob && "bytes" in blob) {
      problems.push(
        `is a symbolic link to ${show(blob.bytes.toString("utf8").slice(0, 200))}, which two-key does not follow`
      );
      readable = false;
      continue;
    }
    if (!blob) continue;
    if (!("bytes" in blob)) {
      problems.push(tooLarge(blob.size));
      readable = false;
      continue;
    }
    const decoded = decodeFileText(blob.bytes);
    release(id);
    if ("text" in decoded) texts[side] = decoded.text;
    else {
      readable = false;
      if ("binary" in decoded) file.binary = true;
      else problems.push(decoded.unreadable);
    }
  }
  if (problems.length > 0) file.unreadable = [...new Set(problems)].join("; ");
  else {
    if (texts.base !== void 0) file.baseText = texts.base;
    if (texts.head !== void 0) file.headText = texts.head;
  }
  const diff = diffs.get(entry.path);
  if (entry.baseMode === GITLINK || entry.headMode === GITLINK) {
  } else if (entry.status === "added") {
    file.headChangedLines = allLines(texts.head);
  } else if (entry.status === "removed") {
    file.baseChangedLines = allLines(texts.base);
  } else if (diff && !diff.binary) {
    file.headChangedLines = diff.headChangedLines;
    file.baseChangedLines = diff.baseChangedLines;
  } else if (readable && entry.baseBlob !== entry.headBlob) {
    const lines = diffLines(texts.base, texts.head);
    file.headChangedLines = lines.headChangedLines;
    file.baseChangedLines = lines.baseChangedLines;
  }
  return file;
}
async function readCommits(repo, base, head) {
  const out = await gitOk(
    repo,
    [
      "log",
      "-z",
      "--no-color",
      "--no-show-signature",
      "--encoding=UTF-8",
      "--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B",
      `${base}..${head}`,
      "--"
    ],
    "reading commits"
  );
  const fields = out.toString("utf8").split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  if (fields.length % 6 !== 0) throw new GitInputError("unexpected output from git log (a commit message holds a NUL)");
  const commits = [];
  for (let i = 0; i < fields.length; i += 6) {
    const [sha, authorName, authorEmail, committerName, committerEmail, message] = fields.slice(i, i + 6);
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitInputError("unexpected output from git log");
    commits.push({ sha, authorName, authorEmail, committerName, committerEmail, message: message.replace(/\n+$/, "") });
  }
  return commits;
}
async function readChangeSetWith(opts) {
  const { repo } = opts;
  const headRef = opts.head ?? "HEAD";
  const local = opts.headTree !== void 0;
  let resolved;
  if (!local && opts.base !== void 0 && isPlainRevision(opts.base) && isPlainRevision(headRef)) {
    const info = isDirectory(repo);
    if (info) resolved = await resolveAtOnce(repo, opts.base, headRef);
  }
  resolved ??= await resolveStepByStep(opts, headRef, local);
  const { head, base, from } = resolved;
  const catFile = new CatFileSession(repo);
  try {
    const diffs = /* @__PURE__ */ new Map();
    const [entries, commits, atBase] = await Promise.all([
      rawDiff(repo, from, head).then((listed) => {
        opts.onPaths?.(listed.map((e) => e.path));
        return listed;
      }),
      local ? Promise.resolve([]) : readCommits(repo, base, head),
      readAtBase(catFile, from, opts.atBase ?? [])
    ]);
    const branch = opts.branch ?? resolved.branch;
    const ids = /* @__PURE__ */ new Set();
    for (const entry of entries) {
      if (entry.baseBlob !== void 0 && entry.baseMode !== GITLINK) ids.add(entry.baseBlob);
      if (entry.headBlob !== void 0 && entry.headMode !== GITLINK) ids.add(entry.headBlob);
    }
    const bothSides = entries.some((e) => e.status === "modified" || e.status === "renamed");
    const [blobs] = await Promise.all([
      readBlobs(catFile, [.../* @__PURE__ */ new Set([...ids, ...atBase.workflows.map((w) => w.id)])]),
      bothSides ? changedLines(repo, from, head).then((d) => d.forEach((v, k) => diffs.set(k, v))) : void 0
    ]);
    const baseWorkflows = atBase.workflows.flatMap(({ id, path }) => {
      const blob = blobs.get(id);
      if (!blob || !("bytes" in blob)) return [];
      const decoded = decodeFileText(blob.bytes);
      return "text" in decoded ? [{ path, text: decoded.text }] : [];
    });
    const uses = /* @__PURE__ */ new Map();
    for (const entry of entries)
      for (const id of [entry.baseBlob, entry.headBlob]) if (id !== void 0) uses.set(id, (uses.get(id) ?? 0) + 1);
    const release = (id) => {
      const left = (uses.get(id) ?? 1) - 1;
      uses.set(id, left);
      if (left <= 0) blobs.delete(id);
    };
    const changeSet = {
      baseSha: from,
      ...local ? {} : { headSha: head },
      files: entries.map((entry) => buildFile(entry, blobs, diffs, release)),
      commits,
      baseTree: gitBaseTree(repo, from)
    };
    if (baseWorkflows.length > 0) changeSet.baseWorkflows = baseWorkflows;
    const neighbours = await readNeighbours(
      changeSet.files,
      (dir) => listTree(repo, head, dir),
      (ids2) => readTexts(catFile, ids2),
      () => listTree(repo, head, "", true)
    );
    if (neighbours.length) changeSet.neighbours = neighbours;
    if (opts.prAuthor !== void 0) changeSet.prAuthor = opts.prAuthor;
    if (branch !== void 0) changeSet.branch = branch;
    if (opts.prBody !== void 0) changeSet.prBody = opts.prBody;
    return { changeSet, atBase: atBase.files };
  } finally {
    catFile.close();
  }
}
async function resolveStepByStep(opts, headRef, local) {
  const { repo } = opts;
  await assertRepository(repo);
  const head = opts.headTree ?? await resolveCommit(repo, headRef);
  if (opts.base !== void 0) checkRevision(opts.base);
  const baseRef = opts.base ?? (local ? "HEAD" : await defaultBranch(repo));
  const base = await resolveCommit(repo, baseRef);
  const from = local ? base : await mergeBase(repo, base, head, baseRef, headRef);
  const branch = opts.branch !== void 0 ? void 0 : await branchOf(repo, headRef);
  return { head, base, from, branch };
}
var WORKFLOWS = ".github/workflows";
var MAX_AT_BASE_BYTES = 16 * 1024 * 1024;
async function readAtBase(catFile, commit, paths) {
  const names = [`${commit}:${WORKFLOWS}`, ...paths.map((path) => `${commit}:${path}`)];
  const objects = await catFile.contents(names).catch((error) => {
    throw new GitInputError(`git failed while listing workflows: ${show(error.message.slice(0, 120))}`);
  });
  const folder = objects[0];
  const workflows = folder !== void 0 && folder !== "missing" && folder.type === "tree" ? treeEntries(folder.bytes, commit.length / 2).flatMap(({ mode, name, id }) => {
    const path = `${WORKFLOWS}/${name}`;
    return mode !== "40000" && mode !== "160000" && /^(.+\.ya?ml)$/.test(path) ? [{ path, id }] : [];
  }) : [];
  const files = /* @__PURE__ */ new Map();
  paths.forEach((path, i) => {
    const object = objects[i + 1];
    if (object === "missing") files.set(path, void 0);
    else if (object?.type === "blob" && object.bytes.length <= MAX_AT_BASE_BYTES) {
      files.set(path, object.bytes.toString("utf8"));
    }
  });
  return { workflows, files };
}
function treeEntries(tree, idBytes) {
  const entries = [];
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(32, pos);
    const nul = tree.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > tree.length) {
      throw new GitInputError("unexpected tree object from git cat-file");
    }
    entries.push({
      mode: tree.toString("latin1", pos, space),
      name: tree.toString("utf8", space + 1, nul),
      id: tree.toString("hex", nul + 1, nul + 1 + idBytes)
    });
    pos = nul + 1 + idBytes;
  }
  return entries;
}

// src/cli/local-tree.ts
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function snapshotTree(repo, mode) {
  const what = mode === "staged" ? "index" : "working tree";
  const git = (args, env = process.env) => runGit(repo, args, (error) => `git failed while reading the ${what}: ${error}`, env).trim();
  if (mode === "staged") return git(["write-tree"]);
  const scratch = mkdtempSync(join(tmpdir(), "two-key-index-"));
  try {
    const index = join(scratch, "index");
    const gitPath = git(["rev-parse", "--git-path", "index"]);
    const current = isAbsolute(gitPath) ? gitPath : join(repo, gitPath);
    if (existsSync(current)) copyFileSync(current, index);
    const env = { ...process.env, GIT_INDEX_FILE: index };
    git(["add", "--all", "--", "."], env);
    return git(["write-tree"], env);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// src/cli/policy-at-base.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { readFileSync } from "node:fs";
var POLICY_PATH = ".github/two-key.yml";
async function policyFor(repo, baseSha, policyFile, atBase) {
  const read = (path) => baseSha ? readAtCommit(repo, baseSha, path) : void 0;
  let text;
  let name;
  if (policyFile !== void 0) {
    try {
      text = readFileSync(policyFile, "utf8");
    } catch {
      throw new PolicyFileMissing(`cannot read policy file: ${policyFile}`);
    }
    name = policyFile;
  } else {
    const found = atBase ? atBase.text : read(POLICY_PATH);
    if (found === void 0) return defaultPolicy();
    text = found;
    name = POLICY_PATH;
  }
  const [{ loadPolicy }, { ruleIds, engineRuleIds }] = await Promise.all([
    import("./chunk-RY66Z4HT.js"),
    import("./chunk-QUDD6KON.js")
  ]);
  return loadPolicy(text, name, read, { knownRuleIds: [...ruleIds, ...engineRuleIds] });
}
function readAtCommit(repo, sha, path) {
  try {
    return execFileSync2("git", ["-C", repo, "show", `${sha}:${path}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 16 * 1024 * 1024
    });
  } catch {
    return void 0;
  }
}

// src/cli/check.ts
async function runCheck(command, io) {
  const prBody = command.prBodyFile === void 0 ? void 0 : readPrBody(command.prBodyFile);
  const { changeSet, atBase } = await readChangeSetWith({
    repo: command.repo,
    base: command.base,
    head: command.head,
    ...command.local ? { headTree: snapshotTree(command.repo, command.local) } : {},
    prAuthor: command.prAuthor,
    branch: command.branch,
    prBody,
    ...command.policy === void 0 ? { atBase: [POLICY_PATH] } : {},
    onPaths: warmFor
  });
  if (command.terraformPlanFile !== void 0) addTerraformPlan(changeSet, command.repo, command.terraformPlanFile);
  const policyText = atBase.has(POLICY_PATH) ? { text: atBase.get(POLICY_PATH) } : void 0;
  const policy = await policyFor(command.repo, changeSet.baseSha, command.policy, policyText);
  const decision = await check(changeSet, policy);
  const rules = command.format === "sarif" ? await ruleList() : [];
  io.stdout(renderDecision(decision, command.format, { color: io.isTty, rules, version: VERSION }) + "\n");
  if (command.format === "json" || command.format === "sarif") {
    for (const note of decision.notes) io.stderr(`two-key: note: ${note}
`);
  }
  return decision.verdict === "block" ? 1 : 0;
}
function readPrBody(file) {
  try {
    return readFileSync2(file === "-" ? 0 : file, "utf8");
  } catch {
    throw new UsageError(`cannot read --pr-body file: ${file}`);
  }
}
function addTerraformPlan(changeSet, repo, file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    throw new UsageError(`cannot read --terraform-plan file: ${file}`);
  }
  if (!isTerraformPlan(text)) {
    throw new UsageError(
      `--terraform-plan ${file} is not a JSON plan: give the output of terraform show -json PLANFILE`
    );
  }
  const inRepo = relative(resolve(repo), resolve(file));
  const path = inRepo.startsWith("..") || isAbsolute2(inRepo) ? file : inRepo.split("\\").join("/");
  changeSet.files = changeSet.files.filter((f) => f.path !== path);
  changeSet.files.push({
    path,
    status: "added",
    headText: text,
    headChangedLines: [{ start: 1, end: text.split("\n").length }],
    baseChangedLines: []
  });
}
async function ruleList() {
  const { allRules } = await import("./chunk-QUDD6KON.js");
  return allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, kind: r.meta.kind }));
}
export {
  runCheck
};
