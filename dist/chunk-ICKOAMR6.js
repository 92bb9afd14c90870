import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  entriesOf,
  itemsOf,
  pairOf,
  pairSpan,
  parseYaml,
  scalarText,
  spanOf,
  valueOf
} from "./chunk-NLWX5JZZ.js";
import {
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/kubernetes/compose.ts
var import_yaml = __toESM(require_dist(), 1);
function readCompose(text) {
  const stream = parseYaml(text);
  if (stream.error) return { error: stream.error.message };
  const root = stream.documents[0]?.root;
  if (!(0, import_yaml.isMap)(root)) return {};
  const services = entriesOf(valueOf(root, "services")).map(({ key, pair }) => ({
    name: key,
    image: scalarText(valueOf(pair.value, "image")) ?? "",
    nameSpan: spanOf(pair.key),
    mounts: mountsOf(pair.value)
  }));
  const volumes = entriesOf(valueOf(root, "volumes")).map(({ key, pair }) => {
    const external = pairOf(pair.value, "external");
    return {
      name: key,
      span: spanOf(pair.key),
      external: external !== void 0 && scalarText(external.value) !== "false",
      ...external ? { externalSpan: pairSpan(external) } : {}
    };
  });
  return { compose: { services, volumes } };
}
function mountsOf(service) {
  const out = [];
  for (const item of itemsOf(valueOf(service, "volumes"))) {
    const span = spanOf(item);
    if ((0, import_yaml.isScalar)(item)) {
      const mount = shortSyntax(String(item.value));
      if (mount) out.push({ ...mount, span });
    } else {
      const type = scalarText(valueOf(item, "type")) ?? "volume";
      const kind = type === "bind" ? "bind" : type === "tmpfs" ? "tmpfs" : "volume";
      out.push({
        kind,
        source: scalarText(valueOf(item, "source")) ?? "",
        target: scalarText(valueOf(item, "target")) ?? "",
        span
      });
    }
  }
  const tmpfs = valueOf(service, "tmpfs");
  const tmpfsItems = (0, import_yaml.isScalar)(tmpfs) ? [tmpfs] : itemsOf(tmpfs);
  for (const item of tmpfsItems) {
    const target = scalarText(item)?.split(":")[0];
    if (target) out.push({ kind: "tmpfs", source: "", target, span: spanOf(item) });
  }
  return out;
}
function shortSyntax(text) {
  const parts = text.split(":");
  if (parts.length === 1) return { kind: "volume", source: "", target: parts[0] };
  const [source, target] = parts;
  const bind = /^[./~$]/.test(source) || source.includes("/");
  return { kind: bind ? "bind" : "volume", source, target };
}

export {
  readCompose
};
