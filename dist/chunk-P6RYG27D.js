import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  iacCodeReferences,
  localExports,
  pulumiMain,
  readBindings,
  resolveName
} from "./chunk-ZQIJZ6PA.js";
import {
  BACKUP_WORDS,
  csharpArguments,
  goArguments,
  literalOf,
  normaliseName,
  pythonArguments,
  safeguardOf,
  tsArguments,
  unwrapGo,
  yamlArguments
} from "./chunk-LIWINHBA.js";
import {
  cdkReplacementRow,
  codeReplacementRow,
  versionFamily
} from "./chunk-JBCSFPUI.js";
import {
  throwawayEnvironment
} from "./chunk-YVSR3L74.js";
import {
  CDK_IMPORT,
  PULUMI_IMPORT,
  PULUMI_PROGRAMS,
  iacLanguageOf,
  isPulumiStackConfig,
  isPulumiYamlPath,
  readsCodeIac
} from "./chunk-EG3ONA5W.js";
import {
  entriesOf,
  pairSpan,
  parseYaml,
  scalarText,
  spanOf,
  valueOf
} from "./chunk-NLWX5JZZ.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  loadGrammar,
  parserFor
} from "./chunk-BG6M7MHB.js";

// src/parsers/iac-code/java-resources.ts
function javaResource(node, bindings) {
  if (node.type === "method_invocation" && node.childForFieldName("name")?.text === "build")
    return builtConstruct(node, bindings);
  if (node.type === "object_creation_expression") return constructed(node, bindings);
  return void 0;
}
var KEY_OF = (name) => name.replace(/_/g, "").toLowerCase();
function argsOf(node) {
  return node.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
}
function chain(build) {
  const steps = [];
  let current = build.childForFieldName("object");
  while (current?.type === "method_invocation") {
    steps.unshift(current);
    current = current.childForFieldName("object");
  }
  return { steps, start: current };
}
function propertiesOf(steps) {
  const out = [];
  for (const step of steps) {
    const name = step.childForFieldName("name");
    const [value] = argsOf(step);
    if (!name || !value || argsOf(step).length !== 1) continue;
    out.push({
      key: KEY_OF(name.text),
      name: name.text,
      value: value.text.replace(/\s+/g, ""),
      span: spanFrom(name, step)
    });
  }
  return out;
}
function builtConstruct(build, bindings) {
  const { steps } = chain(build);
  const create = steps[0];
  const owner = create?.childForFieldName("object");
  if (create?.childForFieldName("name")?.text !== "create" || !owner || !/(^|\.)Builder$/.test(owner.text))
    return void 0;
  const qualified = owner.text.replace(/\s+/g, "").replace(/\.Builder$/, "");
  const args = argsOf(create);
  return resource(qualified, bindings, args[1]?.text ?? "", build, owner, propertiesOf(steps.slice(1)));
}
function constructed(node, bindings) {
  const type = node.childForFieldName("type");
  const args = argsOf(node);
  if (!type || args.length < 2 || !/^[A-Z]/.test(type.text.split(".").pop() ?? "")) return void 0;
  const props = args[2];
  const built = props?.type === "method_invocation" && props.childForFieldName("name")?.text === "build";
  const properties = built ? propertiesOf(chain(props).steps.filter((s) => s.childForFieldName("name")?.text !== "builder")) : [];
  return resource(type.text.replace(/\s+/g, ""), bindings, args[1].text, node, type, properties);
}
function resource(qualified, bindings, logicalName, node, callee, props) {
  const resolved = resolveName(qualified, bindings);
  return {
    qualified,
    resolved,
    className: resolved.split(".").pop() ?? "",
    logicalName,
    span: spanOf2(node),
    calleeSpan: spanOf2(callee),
    props,
    options: [],
    arguments: props.map((p) => ({
      names: [p.key],
      written: [p.name],
      key: p.key,
      text: p.value,
      value: /^(true|false)$/.test(p.value) ? p.value === "true" : void 0,
      span: p.span
    }))
  };
}
function spanOf2(node) {
  return { start: node.startIndex, end: node.endIndex };
}
function spanFrom(name, step) {
  return { start: name.startIndex, end: step.endIndex };
}

// src/parsers/iac-code/resources.ts
var KEY_OF2 = (name) => name.replace(/_/g, "").toLowerCase();
function readCodeResources(text, language, local) {
  const tree = parserFor(language).parse(text);
  if (!tree) return { resources: [], members: [], syntaxError: true };
  const read = { resources: [], members: [], syntaxError: tree.rootNode.hasError };
  const bindings = readBindings(tree.rootNode, language, local);
  const stack = [tree.rootNode];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "member_expression" || node.type === "attribute" || node.type === "field_access")
      read.members.push(member(node, bindings));
    if (node.type === "selector_expression" && /^[A-Z]\w*_[A-Z_]+$/.test(node.childForFieldName("field")?.text ?? ""))
      read.members.push(goEnumMember(node));
    const resource2 = language === "java" ? javaResource(node, bindings) : language === "python" ? node.type === "call" ? pythonResource(node, bindings) : void 0 : language === "go" ? node.type === "call_expression" ? goResource(node, bindings) : void 0 : language === "csharp" ? node.type === "object_creation_expression" ? csharpResource(node, bindings) : void 0 : node.type === "new_expression" ? tsResource(node, bindings) : void 0;
    if (resource2) read.resources.push(resource2);
    for (let i = node.namedChildCount - 1; i >= 0; i--) stack.push(node.namedChild(i));
  }
  tree.delete();
  read.resources.sort((a, b) => a.span.start - b.span.start);
  return read;
}
function member(node, bindings) {
  const text = node.text.replace(/\s+/g, "");
  return { text, resolved: resolveName(text, bindings), span: spanOf3(node) };
}
function goEnumMember(node) {
  const text = node.text.replace(/\s+/g, "");
  return { text, resolved: text.replace(/\.([A-Z]\w*?)_([A-Z_]+)$/, ".$1.$2"), span: spanOf3(node) };
}
function names(written, bindings) {
  const resolved = resolveName(written, bindings);
  return { qualified: written, resolved, className: resolved.split(".").pop() ?? "" };
}
function spanOf3(node) {
  return { start: node.startIndex, end: node.endIndex };
}
function classNameOf(callee) {
  const last = callee.type === "member_expression" ? callee.childForFieldName("property") : callee.type === "attribute" ? callee.childForFieldName("attribute") : callee;
  return last?.text ?? "";
}
function tsResource(node, bindings) {
  const callee = node.childForFieldName("constructor");
  const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
  if (!callee || args.length === 0) return void 0;
  if (!/^[A-Z]/.test(classNameOf(callee))) return void 0;
  const nameIndex = args.findIndex((a) => a.type === "string" || a.type === "template_string");
  const objects = args.map((a, i) => ({ a, i })).filter(({ a }) => a.type === "object");
  const optionsIndex = nameIndex === 0 && args.length >= 3 && args[2].type === "object" ? 2 : -1;
  return {
    ...names(callee.text.replace(/\s+/g, ""), bindings),
    logicalName: nameIndex >= 0 ? args[nameIndex].text : "",
    span: spanOf3(node),
    calleeSpan: spanOf3(callee),
    props: objects.filter(({ i }) => i !== optionsIndex).flatMap(({ a }) => objectProperties(a)),
    options: optionsIndex >= 0 ? objectProperties(args[2]) : [],
    arguments: objects.filter(({ i }) => i !== optionsIndex).flatMap(({ a }) => tsArguments(a))
  };
}
function objectProperties(object) {
  const out = [];
  for (const pair of object.namedChildren) {
    if (pair?.type !== "pair") continue;
    const key = pair.childForFieldName("key");
    const value = pair.childForFieldName("value");
    if (!key || !value) continue;
    const name = key.type === "string" ? key.text.slice(1, -1) : key.text;
    out.push({ key: KEY_OF2(name), name, value: value.text, span: spanOf3(pair) });
  }
  return out;
}
function pythonResource(node, bindings) {
  const callee = node.childForFieldName("function");
  const args = node.childForFieldName("arguments");
  if (!callee || !args || args.type !== "argument_list") return void 0;
  const className = classNameOf(callee);
  if (!/^[A-Z]/.test(className) || /^(ResourceOptions|CustomTimeouts|Duration|Output)$/.test(className))
    return void 0;
  const positional = args.namedChildren.filter(
    (c) => c !== null && c.type !== "keyword_argument" && c.type !== "comment"
  );
  const keywords = args.namedChildren.filter((c) => c?.type === "keyword_argument");
  if (positional.length === 0 && keywords.length === 0) return void 0;
  const nameNode = positional.find((a) => a.type === "string") ?? keywords.find((k) => /^(id|resource_name|construct_id)$/.test(k.childForFieldName("name")?.text ?? ""))?.childForFieldName("value");
  const props = [];
  let options = [];
  for (const keyword of keywords) {
    const name = keyword.childForFieldName("name")?.text ?? "";
    const value = keyword.childForFieldName("value");
    if (!value) continue;
    if (name === "opts") {
      options = value.type === "call" ? keywordProperties(value) : [];
      continue;
    }
    props.push({ key: KEY_OF2(name), name, value: value.text, span: spanOf3(keyword) });
  }
  return {
    ...names(callee.text.replace(/\s+/g, ""), bindings),
    logicalName: nameNode?.text ?? "",
    span: spanOf3(node),
    calleeSpan: spanOf3(callee),
    props,
    options,
    arguments: [
      ...positional.filter((p) => p.type === "call").flatMap((p) => argsCallArguments(p)),
      ...pythonArguments(args).filter((a) => a.names[0] !== "opts")
    ]
  };
}
function argsCallArguments(call) {
  const callee = call.childForFieldName("function")?.text ?? "";
  const args = call.childForFieldName("arguments");
  return /Args$/.test(callee) && args ? pythonArguments(args) : [];
}
function keywordProperties(call) {
  const args = call.childForFieldName("arguments");
  const out = [];
  for (const keyword of args?.namedChildren ?? []) {
    if (keyword?.type !== "keyword_argument") continue;
    const name = keyword.childForFieldName("name")?.text ?? "";
    const value = keyword.childForFieldName("value");
    if (value) out.push({ key: KEY_OF2(name), name, value: value.text, span: spanOf3(keyword) });
  }
  return out;
}
function booleanLiteral(value) {
  return value === "true" || value === "True" ? true : value === "false" || value === "False" ? false : void 0;
}
function propertyOf(properties, name) {
  const key = KEY_OF2(name);
  for (let i = properties.length - 1; i >= 0; i--) if (properties[i].key === key) return properties[i];
  return void 0;
}
function asProperties(args) {
  return args.filter((a) => a.names.length === 1).map((a) => ({
    key: a.names[0],
    name: a.written[0],
    value: a.value === void 0 ? a.text : String(a.value),
    span: a.span
  }));
}
function goResource(node, bindings) {
  const callee = node.childForFieldName("function");
  if (callee?.type !== "selector_expression") return void 0;
  const field = callee.childForFieldName("field")?.text ?? "";
  const pkg = callee.childForFieldName("operand")?.text ?? "";
  if (!/^New[A-Z]/.test(field) || !/^[a-z]\w*$/.test(pkg)) return void 0;
  const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
  const given = args[1];
  const name = given?.type === "call_expression" && /^jsii\.String$/.test(given.childForFieldName("function")?.text ?? "") ? given.childForFieldName("arguments")?.namedChildren[0] : given;
  if (!name || !/string_literal$/.test(name.type)) return void 0;
  const body = args[2] ? unwrapGo(args[2]).childForFieldName("body") : null;
  const argumentsRead = body ? goArguments(body) : [];
  const options = [];
  for (const option of args.slice(3)) {
    const match = /^pulumi\.(\w+)\(/.exec(option.text);
    const inner = option.childForFieldName("arguments")?.namedChildren[0];
    if (!match || !inner) continue;
    const value = literalOf(inner);
    options.push({
      key: KEY_OF2(match[1]),
      name: match[1],
      value: value === void 0 ? inner.text : String(value),
      span: spanOf3(option)
    });
  }
  return {
    ...names(`${pkg}.${field.slice(3)}`, bindings),
    logicalName: name.text,
    span: spanOf3(node),
    calleeSpan: spanOf3(callee),
    props: asProperties(argumentsRead),
    options,
    arguments: argumentsRead
  };
}
function csharpResource(node, bindings) {
  const type = node.childForFieldName("type");
  const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c?.type === "argument").map((a) => a.namedChildren[a.namedChildren.length - 1]) ?? [];
  const name = args[0];
  if (!type || !name || !/string/.test(name.type)) return void 0;
  const parts = type.text.replace(/\s+/g, "").split(".");
  const className = parts[parts.length - 1];
  if (!/^[A-Z]/.test(className) || /Args$|Options$/.test(className)) return void 0;
  const init = args[1]?.type === "object_creation_expression" ? args[1].childForFieldName("initializer") : null;
  const argumentsRead = init ? csharpArguments(init) : [];
  const optionsInit = args[2]?.type === "object_creation_expression" ? args[2].childForFieldName("initializer") : null;
  const options = optionsInit ? asProperties(csharpArguments(optionsInit)) : [];
  const lowered = [...parts.slice(0, -1).map((p) => p.toLowerCase()), className].join(".");
  const bound = bindings.names.has(parts[0]) || parts.length === 1 && bindings.wildcards.length === 1;
  const resolved = bound ? resolveName(parts.join("."), bindings) : lowered.replace(/^pulumi\./, "");
  return {
    qualified: parts.join("."),
    resolved,
    className: resolved.split(".").pop() ?? className,
    logicalName: name.text,
    span: spanOf3(node),
    calleeSpan: spanOf3(type),
    props: asProperties(argumentsRead),
    options,
    arguments: argumentsRead
  };
}

// src/parsers/iac-code/pulumi-yaml.ts
function qualifiedOf(type) {
  const [provider = "", module = "", className = ""] = type.split(":");
  return [provider, module.split("/")[0], className].filter(Boolean).join(".");
}
function propertiesOf2(node, text) {
  return entriesOf(node).map(({ key, pair }) => {
    const range = pair.value?.range;
    return {
      key: key.replace(/_/g, "").toLowerCase(),
      name: key,
      value: scalarText(pair.value) ?? (range ? text.slice(range[0], range[1]) : ""),
      span: pairSpan(pair)
    };
  });
}
function readPulumiYaml(text) {
  const stream = parseYaml(text);
  const root = stream.documents[0]?.root;
  const resources = [];
  for (const { key, pair } of entriesOf(valueOf(root, "resources"))) {
    const type = scalarText(valueOf(pair.value, "type")) ?? "";
    const qualified = qualifiedOf(type);
    resources.push({
      qualified,
      resolved: qualified,
      className: qualified.split(".").pop() ?? "",
      logicalName: key,
      span: pairSpan(pair),
      calleeSpan: spanOf(pair.key),
      props: propertiesOf2(valueOf(pair.value, "properties"), text),
      options: propertiesOf2(valueOf(pair.value, "options"), text),
      arguments: yamlArguments(valueOf(pair.value, "properties"))
    });
  }
  return { resources, members: [], syntaxError: stream.error !== void 0 };
}

// src/rules/iac/lib/code-iac-document.ts
function resourceKey(resource2) {
  return `${resource2.resolved}|${resource2.logicalName}`;
}
function baseResourceOf(doc, head) {
  const key = resourceKey(head);
  return doc.base?.resources.find((r) => resourceKey(r) === key);
}
function isTrue(property) {
  return property !== void 0 && booleanLiteral(property.value) === true;
}
function isFalse(property) {
  return property !== void 0 && booleanLiteral(property.value) === false;
}
function turnedOff(doc, list, name, found) {
  for (const head of doc.head.resources) {
    const base = baseResourceOf(doc, head);
    if (!base) continue;
    const before = propertyOf(list(base), name);
    if (!isTrue(before)) continue;
    const after = propertyOf(list(head), name);
    if (after === void 0) found(head, before, "base");
    else if (isFalse(after)) found(head, after, "head");
  }
}

// src/rules/iac/cdk-auto-delete-objects.ts
var cdkAutoDeleteObjects = {
  meta: {
    id: "iac/cdk-auto-delete-objects",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "`autoDeleteObjects: true` on a CDK bucket: a custom resource empties the bucket when it is removed, so nothing is left to retain.",
    messages: {
      autoDelete: "{property} on {construct} empties the bucket, every object in it, when the construct is removed or replaced"
    },
    examples: {
      invalid: [
        {
          path: "lib/assets-stack.ts",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Docs', {\n  versioned: true,\n  autoDeleteObjects: true,\n});\n",
          line: 4
        },
        {
          path: "app/storage.py",
          code: 'from aws_cdk import aws_s3 as s3\ns3.Bucket(self, "Docs", auto_delete_objects=True)\n',
          line: 2
        }
      ],
      valid: [
        {
          path: "lib/assets-stack.ts",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Docs', { autoDeleteObjects: false });\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.cdk) return;
    for (const resource2 of doc.head.resources) {
      const property = propertyOf(resource2.props, "autoDeleteObjects");
      if (!isTrue(property)) continue;
      report({
        messageId: "autoDelete",
        data: { property: property.name, construct: `${resource2.qualified}(${resource2.logicalName})` },
        span: property.span,
        unit: resource2.span
      });
    }
  }
};

// src/rules/iac/cdk-bucket-expires-everything.ts
var MAX_DAYS = 7;
var EXPIRIES = /* @__PURE__ */ new Set(["expiration", "noncurrentversionexpiration"]);
var SCOPES = /* @__PURE__ */ new Set(["prefix", "tagfilters", "objectsizegreaterthan", "objectsizelessthan"]);
function daysOf(text) {
  const match = /Duration\.(days|hours|minutes)\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(text.replace(/\s+/g, ""));
  if (!match) return void 0;
  const amount = Number(match[2]);
  return match[1] === "days" ? amount : match[1] === "hours" ? amount / 24 : amount / 1440;
}
function expiriesOf(bucket, all) {
  const rules = /* @__PURE__ */ new Map();
  const add = (rule, name, text, span) => {
    const list = rules.get(rule) ?? [];
    list.push({ name, text, span });
    rules.set(rule, list);
  };
  for (const argument of bucket.arguments) {
    const match = /^lifecyclerules\[(\d+)\]\.(\w+)$/.exec(argument.key);
    if (match) add(`#${match[1]}`, match[2], argument.text, argument.span);
  }
  const inner = all.filter(
    (r) => r.className === "LifecycleRule" && r.span.start > bucket.span.start && r.span.end <= bucket.span.end
  );
  inner.forEach((rule, i) => {
    for (const argument of rule.arguments)
      if (argument.names.length === 1) add(`#${i}`, argument.names[0], argument.text, argument.span);
  });
  const out = [];
  for (const [rule, settings] of rules) {
    const scoped = settings.some((s) => SCOPES.has(s.name));
    const enabled = !settings.some((s) => s.name === "enabled" && /^(false|False)$/.test(s.text));
    for (const setting of settings) {
      const days = EXPIRIES.has(setting.name) ? daysOf(setting.text) : void 0;
      if (days !== void 0)
        out.push({ key: `${rule}:${setting.name}`, days, text: setting.text, scoped, enabled, span: setting.span });
    }
  }
  return out;
}
var cdkBucketExpiresEverything = {
  meta: {
    id: "iac/cdk-bucket-expires-everything",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A lifecycle rule without a prefix, tag or size filter on an existing CDK bucket expires every object (or every earlier version) within a week: `lifecycleRules: [{ expiration: Duration.days(1) }]`.",
    messages: {
      expires: "{construct}: lifecycle rule {setting} deletes {what} of the bucket after {text} (was {before}): no prefix, tag or size filter limits it"
    },
    examples: {
      invalid: [
        {
          path: "lib/storage-stack.ts",
          base: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n});\n",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nimport { Duration } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n  lifecycleRules: [{ expiration: Duration.days(1) }],\n});\n",
          line: 5
        }
      ],
      valid: [
        {
          path: "lib/storage-stack.ts",
          base: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n});\n",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nimport { Duration } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n  lifecycleRules: [{ prefix: 'tmp/', expiration: Duration.days(1) }],\n});\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.cdk || !doc.base) return;
    for (const head of doc.head.resources) {
      if (head.className !== "Bucket") continue;
      const base = baseResourceOf(doc, head);
      if (!base) continue;
      const before = new Map(expiriesOf(base, doc.base.resources).map((e) => [e.key, e]));
      for (const expiry of expiriesOf(head, doc.head.resources)) {
        if (expiry.scoped || !expiry.enabled || expiry.days > MAX_DAYS) continue;
        const old = before.get(expiry.key);
        if (old && !old.scoped && old.enabled && old.days <= expiry.days) continue;
        report({
          messageId: "expires",
          data: {
            construct: `${head.qualified}(${head.logicalName})`,
            setting: expiry.key.endsWith(":expiration") ? "expiration" : "noncurrentVersionExpiration",
            what: expiry.key.endsWith(":expiration") ? "every object" : "every earlier version",
            text: expiry.text,
            before: old ? old.text : "no such rule"
          },
          span: expiry.span,
          unit: head.span
        });
      }
    }
  }
};

// src/rules/iac/cdk-removal-policy-destroy.ts
var cdkRemovalPolicyDestroy = {
  meta: {
    id: "iac/cdk-removal-policy-destroy",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "`RemovalPolicy.DESTROY` in a CDK app (as `removalPolicy`, `removal_policy` or `applyRemovalPolicy`): removing or replacing the construct deletes the resource and its data instead of retaining it.",
    messages: {
      destroy: "{expression}: when the construct is removed or replaced, CloudFormation deletes the resource and its data instead of retaining or snapshotting it"
    },
    examples: {
      invalid: [
        {
          path: "lib/assets-stack.ts",
          base: "import { RemovalPolicy } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Docs', {\n  removalPolicy: RemovalPolicy.RETAIN,\n});\n",
          code: "import { RemovalPolicy } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Docs', {\n  removalPolicy: RemovalPolicy.DESTROY,\n});\n",
          line: 3
        },
        {
          path: "stacks/db_stack.py",
          code: 'from aws_cdk import RemovalPolicy, aws_rds as rds\n\ndb = rds.DatabaseInstance(\n    self, "Db",\n    removal_policy=RemovalPolicy.DESTROY,\n)\n',
          line: 5
        }
      ],
      valid: [
        {
          path: "lib/assets-stack.ts",
          code: "import { RemovalPolicy } from 'aws-cdk-lib';\n// RemovalPolicy.DESTROY would lose the documents\nnew s3.Bucket(this, 'Docs', { removalPolicy: RemovalPolicy.RETAIN });\nconst note = 'RemovalPolicy.DESTROY';\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.cdk) return;
    for (const member2 of doc.head.members) {
      if (!/(^|\.)RemovalPolicy\.DESTROY$/.test(member2.resolved)) continue;
      report({ messageId: "destroy", data: { expression: member2.text }, span: member2.span });
    }
  }
};

// src/parsers/iac-code/config-reads.ts
var CALL_TYPES = /* @__PURE__ */ new Set(["call_expression", "call", "invocation_expression"]);
var CONFIG_METHOD = /^(require|get|try)\w*$/i;
var CONFIG_OBJECT = /(^|\.)(\w*config|\w*cfg|\w*conf)$/i;
function readConfigReads(text, language) {
  const reads = { calls: [], bindings: /* @__PURE__ */ new Map() };
  const tree = parserFor(language).parse(text);
  if (!tree) return reads;
  try {
    const stack = [tree.rootNode];
    while (stack.length > 0) {
      const node = stack.pop();
      for (const child of node.namedChildren) if (child) stack.push(child);
      if (!CALL_TYPES.has(node.type)) continue;
      const key = configKey(node);
      if (key === void 0) continue;
      reads.calls.push({ key, span: { start: node.startIndex, end: node.endIndex } });
      const name = boundName(node);
      if (name) reads.bindings.set(name, key);
    }
  } finally {
    tree.delete();
  }
  return reads;
}
function configKey(call) {
  const callee = call.childForFieldName("function") ?? call.namedChildren[0];
  if (!callee) return void 0;
  const text = callee.text;
  const dot = text.lastIndexOf(".");
  if (dot < 0 || !CONFIG_METHOD.test(text.slice(dot + 1)) || !CONFIG_OBJECT.test(text.slice(0, dot))) return void 0;
  const args = call.childForFieldName("arguments") ?? call.namedChildren.find((c) => c?.type.endsWith("argument_list"));
  for (const arg of args?.namedChildren ?? []) {
    const literal = stringOf(arg);
    if (literal !== void 0) return literal;
  }
  return void 0;
}
function stringOf(node) {
  if (!node) return void 0;
  if (node.type === "argument") return stringOf(node.namedChildren[0] ?? null);
  if (!/^(string|interpreted_string_literal|raw_string_literal|string_literal)$/.test(node.type)) return void 0;
  const inner = node.text.replace(/^[rbuf]*(["'`])/i, "").replace(/["'`]$/, "");
  return /^[\w.:-]+$/.test(inner) ? inner : void 0;
}
function boundName(call) {
  let node = call.parent;
  while (node && /^(parenthesized_expression|await_expression|expression_list|equals_value_clause)$/.test(node.type))
    node = node.parent;
  if (!node) return void 0;
  switch (node.type) {
    case "variable_declarator":
      return node.childForFieldName("name")?.text;
    case "assignment":
      return node.childForFieldName("left")?.text;
    case "short_var_declaration":
    case "assignment_statement":
    case "var_spec":
      return (node.childForFieldName("left") ?? node.childForFieldName("name"))?.text.split(",")[0]?.trim();
    default:
      return void 0;
  }
}

// src/parsers/iac-code/stateful-constructs.ts
var CDK_STATEFUL = /^(DatabaseInstance|DatabaseInstanceFromSnapshot|DatabaseInstanceReadReplica|DatabaseCluster|DatabaseClusterFromSnapshot|ServerlessCluster|ServerlessClusterFromSnapshot|Bucket|Table|TableV2|GlobalTable|FileSystem|Volume|Domain|Stream|Queue|BackupVault|Key|LogGroup|UserPool|Repository|Cluster|CfnDBInstance|CfnDBCluster|CfnTable|CfnGlobalTable|CfnBucket|CfnFileSystem|CfnVolume|CfnCacheCluster|CfnReplicationGroup|CfnServerlessCache|CfnCluster|CfnDomain|CfnStream|CfnQueue|CfnBackupVault|CfnLedger)$/;
var CDK_STATEFUL_MODULE = /^(rds|s3|dynamodb|efs|fsx|ec2|elasticache|memorydb|opensearch|opensearchservice|elasticsearch|kinesis|sqs|backup|kms|logs|cognito|ecr|docdb|neptune|redshift|timestream|keyspaces|qldb|aws_[a-z0-9_]+)$/;
var CDK_UNAMBIGUOUS = /^(DatabaseInstance\w*|DatabaseCluster\w*|ServerlessCluster\w*|Bucket|TableV2|FileSystem|BackupVault|CfnDBInstance|CfnDBCluster|CfnBucket|CfnCacheCluster|CfnReplicationGroup)$/;
function isStatefulCdkConstruct(resource2) {
  if (!CDK_STATEFUL.test(resource2.className)) return false;
  const parts = resource2.resolved.split(".");
  if (parts.length === 1) return CDK_UNAMBIGUOUS.test(resource2.className);
  const module = parts[parts.length - 2].toLowerCase();
  if (module === "ec2") return resource2.className === "Volume" || resource2.className === "CfnVolume";
  return CDK_STATEFUL_MODULE.test(module) || CDK_UNAMBIGUOUS.test(resource2.className);
}
var PULUMI_STATEFUL = /(^|\.)(rds\.(Instance|Cluster|ClusterInstance|GlobalCluster)|dynamodb\.Table|s3\.(Bucket|BucketV2)|efs\.FileSystem|ebs\.Volume|fsx\.\w+FileSystem|elasticache\.(Cluster|ReplicationGroup|ServerlessCache)|memorydb\.Cluster|redshift\.Cluster|docdb\.Cluster|neptune\.Cluster|opensearch\.Domain|elasticsearch\.Domain|kinesis\.Stream|sqs\.Queue|backup\.Vault|kms\.Key|cloudwatch\.LogGroup|cognito\.UserPool|ecr\.Repository|sql\.DatabaseInstance|sql\.Database|storage\.Bucket|compute\.Disk|bigquery\.(Dataset|Table)|spanner\.(Instance|Database)|firestore\.Database|redis\.Instance|alloydb\.Cluster|dbforpostgresql\.\w*Server|dbformysql\.\w*Server|sql\.(Server|Database)|storage\.(StorageAccount|BlobContainer)|compute\.ManagedDisk|cosmosdb\.\w+|core\.v1\.(PersistentVolumeClaim|PersistentVolume|Namespace)|apps\.v1\.StatefulSet|DatabaseCluster|Database|Volume|Droplet)$/;
function isStatefulPulumiResource(resource2) {
  return PULUMI_STATEFUL.test(resource2.resolved);
}

// src/rules/iac/lib/pulumi-stack-config.ts
function stackPrograms(path, texts) {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const project = [`${dir ? `${dir}/` : ""}Pulumi.yaml`, `${dir ? `${dir}/` : ""}Pulumi.yml`].find((p) => texts.has(p));
  const main = project ? pulumiMain(project, texts.get(project)) : dir;
  if (main === void 0) return [];
  const entries = /\.(ts|js|py|go|cs)$/i.test(main) ? [main] : PULUMI_PROGRAMS.map(([name]) => `${main ? `${main}/` : ""}${name}`);
  const read = (p) => texts.get(p);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (p, depth) => {
    const text = texts.get(p);
    const language = iacLanguageOf(p);
    if (text === void 0 || !language || seen.has(p) || depth > 2) return;
    seen.add(p);
    const local = localExports(p, language, read);
    out.push({ path: p, text, language, local });
    for (const next of iacCodeReferences(p, text)) add(next, depth + 1);
  };
  for (const entry of entries) add(entry, 0);
  return out;
}
function stackOf(path) {
  return /Pulumi\.([^/]+)\.ya?ml$/.exec(path)?.[1] ?? "";
}
function configOf(text) {
  const out = /* @__PURE__ */ new Map();
  if (text === void 0) return out;
  const root = parseYaml(text).documents[0]?.root;
  for (const { key, pair } of entriesOf(valueOf(root, "config"))) {
    const scalar = scalarText(pair.value);
    const raw = pair.value?.value;
    const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : void 0;
    const range = pair.value?.range;
    out.set(key.slice(key.lastIndexOf(":") + 1), {
      value,
      text: scalar ?? (range ? text.slice(range[0], range[1]) : ""),
      span: pairSpan(pair)
    });
  }
  return out;
}
var show = (v) => v === void 0 ? "unset" : JSON.stringify(v.value ?? v.text);
var asLiteral = (v) => v?.value === void 0 ? void 0 : v.value;
var isFalse2 = (v) => v === false || v === "false";
function stackConfigFindings(path, baseText, headText, programs) {
  const before = configOf(baseText);
  const after = configOf(headText);
  const changed = [...after].filter(([key, v]) => before.get(key)?.text !== v.text);
  if (changed.length === 0 || baseText === void 0) return [];
  const uses = /* @__PURE__ */ new Map();
  for (const program of programs) {
    const reads = readConfigReads(program.text, program.language);
    const keyOf = (text, span) => {
      const call = reads.calls.find((c) => c.span.start >= span.start && c.span.end <= span.end);
      if (call) return call.key;
      const words = new Set(text.match(/(?<![\w.])[A-Za-z_]\w*/g) ?? []);
      for (const [name, key] of reads.bindings) if (words.has(name)) return key;
      return void 0;
    };
    for (const resource2 of readCodeResources(program.text, program.language, program.local).resources) {
      if (!isStatefulPulumiResource(resource2)) continue;
      for (const argument of resource2.arguments) {
        const key = keyOf(argument.text, argument.span);
        if (key !== void 0) push(uses, key, { resource: resource2, argument, option: void 0 });
      }
      for (const option of resource2.options) {
        const key = keyOf(option.value, option.span);
        if (key !== void 0) push(uses, key, { resource: resource2, argument: void 0, option: option.key });
      }
    }
  }
  const throwaway = throwawayEnvironment(`${stackOf(path)}/`);
  const downgrade = throwaway ? { downgradedBecause: `the ${throwaway} stack's` } : {};
  const findings = [];
  const report = (ruleId, kind, span, message) => findings.push({
    ruleId,
    kind,
    defaultSeverity: "block",
    message,
    span,
    unit: span,
    rollbackOnly: false,
    ...kind === "protection" ? downgrade : {}
  });
  for (const [key, now] of changed) {
    const old = before.get(key);
    for (const { resource: resource2, argument, option } of uses.get(key) ?? []) {
      const name = `${resource2.qualified}(${resource2.logicalName})`;
      const change = `config ${key} changes from ${show(old)} to ${show(now)} in ${path}`;
      if (option === "protect") {
        if (isFalse2(asLiteral(now)) && !isFalse2(asLiteral(old)))
          report(
            "iac/pulumi-protect-disabled",
            "protection",
            now.span,
            `${name}: protect reads ${change}: Pulumi no longer refuses to delete it`
          );
        continue;
      }
      if (!argument) continue;
      const top = argument.names.length === 1 ? argument.names[0] : void 0;
      const found = codeReplacementRow(resource2.resolved);
      if (top && found?.spelling === "terraform") {
        const { row } = found;
        const family = (row.family ?? []).some((n) => normaliseName(n) === top);
        const replaces = family || (row.attributes ?? []).some((n) => normaliseName(n) === top);
        const a = asLiteral(old);
        const b = asLiteral(now);
        const differs = a === void 0 || b === void 0 || (family ? versionFamily(a) !== versionFamily(b) : a !== b);
        if (replaces && old !== void 0 && differs)
          report(
            "iac/code-replacement-argument",
            "destructive",
            now.span,
            `${name}: ${top} reads ${change}; the ${row.store} is replaced and the old one deleted with its data`
          );
      }
      if (top === "deletionprotection") {
        if (isFalse2(asLiteral(now)) && !isFalse2(asLiteral(old)))
          report(
            "iac/code-deletion-protection-disabled",
            "protection",
            now.span,
            `${name}: deletionProtection reads ${change}: the database can now be deleted`
          );
        continue;
      }
      const safeguard = safeguardOf(argument);
      const value = asLiteral(now);
      const was = asLiteral(old);
      if (!safeguard || value === void 0) continue;
      const shorter = safeguard.shortened && typeof value === "number" && typeof was === "number" && value < was;
      if (shorter || safeguard.unsafe(value) && (was === void 0 || !safeguard.unsafe(was)))
        report(
          "iac/code-safeguard-weakened",
          "protection",
          now.span,
          `${name}: ${argument.names.join(".")} reads ${change}, giving up ${safeguard.loses}`
        );
    }
  }
  return findings;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/rules/iac/code-deletion-protection-disabled.ts
var codeDeletionProtectionDisabled = {
  meta: {
    id: "iac/code-deletion-protection-disabled",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A CDK construct or Pulumi resource whose `deletionProtection` (`deletion_protection`) goes from true to false or is removed.",
    messages: {
      disabled: "{property} of {resource} is turned off: the database can now be deleted",
      removed: "{property}: true is removed from {resource}: the database can now be deleted"
    },
    examples: {
      invalid: [
        {
          path: "infra/index.ts",
          base: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    deletionProtection: true,\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    deletionProtection: false,\n});\n',
          line: 3
        },
        {
          path: "stacks/db.py",
          base: 'from aws_cdk import aws_rds as rds\nrds.DatabaseCluster(self, "Db",\n    engine=engine,\n    deletion_protection=True)\n',
          code: 'from aws_cdk import aws_rds as rds\nrds.DatabaseCluster(self, "Db",\n    engine=engine)\n',
          line: 4,
          side: "base"
        }
      ],
      valid: [
        {
          path: "infra/index.ts",
          code: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("scratch", { deletionProtection: false });\n'
        }
      ]
    }
  },
  check(doc, report) {
    turnedOff(
      doc,
      (r) => r.props,
      "deletionProtection",
      (resource2, property, side) => {
        const data = { property: property.name, resource: `${resource2.qualified}(${resource2.logicalName})` };
        if (side === "head") report({ messageId: "disabled", data, span: property.span, unit: resource2.span });
        else report({ messageId: "removed", data, span: property.span, side: "base" });
      }
    );
  }
};

// src/rules/iac/code-replacement-argument.ts
var codeReplacementArgument = {
  meta: {
    id: "iac/code-replacement-argument",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A Pulumi resource or CDK L1/L2 construct argument the provider cannot change in place (RDS identifier or engine, DynamoDB keys, Cloud SQL name or region, a bucket name...) changes on a data store: the deploy replaces it and the old one goes with its data.",
    messages: {
      changed: "{resource}: {argument} changes from {before} to {after}; the {store} is replaced and the old one deleted with its data",
      removed: "{resource}: {argument} = {before} is removed; the {store} is replaced and the old one deleted with its data",
      maybe: "{resource}: {argument} changes from {before} to {after}, which two-key cannot evaluate before a deploy; if the value differs, the {store} is replaced and its data lost"
    },
    examples: {
      invalid: [
        {
          path: "infra/index.ts",
          base: 'import * as aws from "@pulumi/aws";\nnew aws.dynamodb.Table("jobs", {\n  hashKey: "pk",\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.dynamodb.Table("jobs", {\n  hashKey: "jobId",\n});\n',
          line: 3
        },
        {
          path: "infra/__main__.py",
          base: 'import pulumi_gcp as gcp\ngcp.sql.DatabaseInstance("main", name="orders", database_version="MYSQL_8_0")\n',
          code: 'import pulumi_gcp as gcp\ngcp.sql.DatabaseInstance("main", name="orders", database_version="POSTGRES_15")\n',
          line: 2
        }
      ],
      valid: [
        {
          path: "infra/index.ts",
          base: 'import * as aws from "@pulumi/aws";\nnew aws.rds.Instance("orders", {\n  identifier: "orders",\n  instanceClass: "db.t3.micro",\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.rds.Instance("orders", {\n  identifier: "orders",\n  instanceClass: "db.r6g.large",\n});\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const head of doc.head.resources) {
      const l2 = doc.cdk ? cdkReplacementRow(head.resolved) : void 0;
      if (l2?.cdk) {
        const base2 = baseResourceOf(doc, head);
        if (base2) compareProps(l2.cdk.props, l2.store, base2, head, report);
        continue;
      }
      const found = codeReplacementRow(head.resolved);
      if (!found || found.spelling === "terraform" && !doc.pulumi || found.spelling === "cloudformation" && !doc.cdk)
        continue;
      const base = baseResourceOf(doc, head);
      if (!base) continue;
      const { row, spelling } = found;
      const names2 = spelling === "terraform" ? [
        ...(row.attributes ?? []).map((n) => ({ name: n, family: false })),
        ...(row.family ?? []).map((n) => ({ name: n, family: true }))
      ] : (row.properties ?? []).map((n) => ({ name: n, family: false }));
      const topLevel = (list) => new Map(list.filter((a) => a.names.length === 1).map((a) => [a.names[0], a]));
      const before = topLevel(base.arguments);
      const after = topLevel(head.arguments);
      const resource2 = `${head.qualified}(${head.logicalName})`;
      for (const { name, family } of names2) {
        const key = normaliseName(name);
        const old = before.get(key);
        const now = after.get(key);
        if (!old) continue;
        const data = {
          resource: resource2,
          argument: (now ?? old).written.join("."),
          store: row.store,
          before: old.text,
          after: now?.text ?? "unset"
        };
        if (!now) {
          report({ messageId: "removed", data, span: old.span, side: "base" });
          continue;
        }
        if (old.text === now.text) continue;
        if (old.value === void 0 || now.value === void 0) {
          report({ messageId: "maybe", data, span: now.span, unit: head.span });
          continue;
        }
        const differ = family ? versionFamily(old.value) !== versionFamily(now.value) : old.value !== now.value;
        if (differ) report({ messageId: "changed", data, span: now.span, unit: head.span });
      }
    }
  }
};
function compareProps(props, store, base, head, report) {
  const byPath = (list) => new Map(list.map((a) => [a.names.join("."), a]));
  const before = byPath(base.arguments);
  const after = byPath(head.arguments);
  const resource2 = `${head.qualified}(${head.logicalName})`;
  for (const prop of props) {
    const key = prop.split(".").map(normaliseName).join(".");
    const old = before.get(key);
    const now = after.get(key);
    if (!old) continue;
    const data = { resource: resource2, argument: prop, store, before: old.text, after: now?.text ?? "unset" };
    if (!now) report({ messageId: "removed", data, span: old.span, side: "base" });
    else if (old.text === now.text) continue;
    else if (old.value === void 0 || now.value === void 0)
      report({ messageId: "maybe", data, span: now.span, unit: head.span });
    else if (old.value !== now.value) report({ messageId: "changed", data, span: now.span, unit: head.span });
  }
}

// src/rules/iac/code-safeguard-weakened.ts
var codeSafeguardWeakened = {
  meta: {
    id: "iac/code-safeguard-weakened",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A CDK construct or Pulumi resource argument that guards data (force_destroy, skip_final_snapshot, backup retention, point-in-time recovery, versioning, expiry of backups) is turned off or weakened.",
    messages: {
      set: "{resource}: {argument} is {value} (was {before}); this gives up {loses}",
      shortened: "{resource}: {argument} goes from {before} to {value}; this gives up {loses}",
      removed: "{resource}: {argument} = {before} is removed, and the default gives up {loses}",
      unknown: "{resource}: {argument} (was {before}) is now {value}, which two-key cannot evaluate before a deploy; approve only if it keeps {loses}"
    },
    examples: {
      invalid: [
        {
          path: "infra/__main__.py",
          base: 'import pulumi_aws as aws\nbackups = aws.s3.BucketV2("db-backups",\n    bucket="acme-db-backups")\n',
          code: 'import pulumi_aws as aws\nbackups = aws.s3.BucketV2("db-backups",\n    bucket="acme-db-backups",\n    force_destroy=True)\n',
          line: 4
        },
        {
          path: "infra/backups.ts",
          base: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("db-backups", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 90 } }],\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("db-backups", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 1 } }],\n});\n',
          line: 3
        },
        {
          path: "Pulumi.yaml",
          base: "name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    properties:\n      backupRetentionPeriod: 14\n",
          code: "name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    properties:\n      backupRetentionPeriod: 0\n",
          line: 7
        }
      ],
      valid: [
        {
          path: "infra/cache.ts",
          base: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("build-cache", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 30 } }],\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("build-cache", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 1 } }],\n});\n'
        },
        {
          path: "infra/__main__.py",
          base: 'import pulumi_aws as aws\ndb = aws.rds.Instance("orders", backup_retention_period=7)\n',
          code: 'import pulumi_aws as aws\ndb = aws.rds.Instance("orders", backup_retention_period=14)\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const head of doc.head.resources) {
      const base = baseResourceOf(doc, head);
      const before = new Map((base?.arguments ?? []).map((a) => [a.key, a]));
      const after = new Map(head.arguments.map((a) => [a.key, a]));
      const resource2 = `${head.qualified}(${head.logicalName})`;
      for (const argument of head.arguments) {
        const row = safeguardOf(argument);
        if (!row || !base && !row.onNewResource) continue;
        if (row.backupsOnly && !keepsBackups(head)) continue;
        const old = before.get(argument.key);
        const data = {
          resource: resource2,
          argument: argument.written.join("."),
          value: argument.text,
          before: old?.text ?? "unset",
          loses: row.loses
        };
        if (argument.value === void 0) {
          const wasSafe = old?.value !== void 0 && !row.unsafe(old.value);
          if (wasSafe && old.text !== argument.text && isStateful(doc, head))
            report({ messageId: "unknown", data, span: argument.span, unit: head.span });
          continue;
        }
        const shortened = row.shortened && typeof argument.value === "number" && typeof old?.value === "number" && argument.value < old.value;
        if (shortened) {
          report({ messageId: "shortened", data, span: argument.span, unit: head.span });
          continue;
        }
        const wasUnsafe = old?.value !== void 0 ? row.unsafe(old.value) : old !== void 0;
        if (row.shortened && row.backupsOnly && old) continue;
        if (row.unsafe(argument.value) && !wasUnsafe)
          report({ messageId: "set", data, span: argument.span, unit: head.span });
      }
      for (const old of base?.arguments ?? []) {
        const row = safeguardOf(old);
        if (!row?.absentUnsafe || after.has(old.key) || old.value === void 0 || row.unsafe(old.value)) continue;
        report({
          messageId: "removed",
          data: { resource: resource2, argument: old.written.join("."), value: "unset", before: old.text, loses: row.loses },
          span: old.span,
          side: "base"
        });
      }
    }
  }
};
function isStateful(doc, resource2) {
  return doc.cdk && isStatefulCdkConstruct(resource2) || doc.pulumi && isStatefulPulumiResource(resource2);
}
function keepsBackups(resource2) {
  if (BACKUP_WORDS.test(resource2.logicalName)) return true;
  const bucket = resource2.arguments.find((a) => a.names.length === 1 && a.names[0] === "bucket");
  return bucket !== void 0 && BACKUP_WORDS.test(bucket.text);
}

// src/rules/iac/pulumi-delete-before-replace.ts
var pulumiDeleteBeforeReplace = {
  meta: {
    id: "iac/pulumi-delete-before-replace",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "`deleteBeforeReplace: true` on a Pulumi resource that holds data: a replacement deletes the old resource before the new one exists.",
    messages: {
      deleteFirst: "{option} on {resource}: a replacement deletes the existing resource and its data before creating the new one"
    },
    examples: {
      invalid: [
        {
          path: "infra/index.ts",
          code: 'import * as aws from "@pulumi/aws";\nconst t = new aws.dynamodb.Table("orders", {\n    hashKey: "id",\n}, {\n    deleteBeforeReplace: true,\n});\n',
          line: 5
        }
      ],
      valid: [
        {
          path: "infra/index.ts",
          code: 'import * as aws from "@pulumi/aws";\nconst r = new aws.iam.Role("deployer", {}, { deleteBeforeReplace: true });\n'
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.pulumi) return;
    for (const resource2 of doc.head.resources) {
      if (!isStatefulPulumiResource(resource2)) continue;
      const option = propertyOf(resource2.options, "deleteBeforeReplace");
      if (!isTrue(option)) continue;
      const base = baseResourceOf(doc, resource2);
      if (base && isTrue(propertyOf(base.options, "deleteBeforeReplace"))) continue;
      const data = { option: option.name, resource: `${resource2.qualified}(${resource2.logicalName})` };
      report({ messageId: "deleteFirst", data, span: option.span, unit: resource2.span });
    }
  }
};

// src/rules/iac/pulumi-protect-disabled.ts
var pulumiProtectDisabled = {
  meta: {
    id: "iac/pulumi-protect-disabled",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A Pulumi resource whose `protect` or `retainOnDelete` option goes from true to false or is removed: `pulumi up` or `destroy` may now delete it.",
    messages: {
      disabled: "{option} of {resource} is turned off: Pulumi may now delete the resource and its data",
      removed: "{option}: true is removed from {resource}: Pulumi may now delete the resource and its data"
    },
    examples: {
      invalid: [
        {
          path: "infra/index.ts",
          base: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    engine: "postgres",\n}, { protect: true });\n',
          code: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    engine: "postgres",\n}, { protect: false });\n',
          line: 4
        },
        {
          path: "__main__.py",
          base: 'import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("docs",\n    opts=pulumi.ResourceOptions(retain_on_delete=True))\n',
          code: 'import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("docs")\n',
          line: 4,
          side: "base"
        },
        {
          path: "Pulumi.yaml",
          base: "name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    options:\n      protect: true\n",
          code: "name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    options:\n      protect: false\n",
          line: 7
        }
      ],
      valid: [
        {
          path: "infra/storage.ts",
          base: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("docs", {});\n',
          code: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("docs", {}, { protect: true });\n'
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.pulumi) return;
    for (const option of ["protect", "retainOnDelete"]) {
      turnedOff(
        doc,
        (r) => r.options,
        option,
        (resource2, property, side) => {
          const data = { option: property.name, resource: `${resource2.qualified}(${resource2.logicalName})` };
          if (side === "head") report({ messageId: "disabled", data, span: property.span, unit: resource2.span });
          else report({ messageId: "removed", data, span: property.span, side: "base" });
        }
      );
    }
  }
};

// src/rules/iac/removed-code-stateful-resource.ts
function survivesRemoval(doc, resource2) {
  if (doc.cdk && /RemovalPolicy\.(RETAIN|RETAIN_ON_UPDATE_OR_DELETE|SNAPSHOT)$/.test(
    propertyOf(resource2.props, "removalPolicy")?.value ?? ""
  ))
    return true;
  return isTrue(propertyOf(resource2.options, "retainOnDelete")) || isTrue(propertyOf(resource2.options, "protect"));
}
function isStateful2(doc, resource2) {
  return doc.cdk && isStatefulCdkConstruct(resource2) || doc.pulumi && isStatefulPulumiResource(resource2);
}
var removedCodeStatefulResource = {
  meta: {
    id: "iac/removed-code-stateful-resource",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A CDK construct or Pulumi resource that holds data (database, bucket, table, file system, volume...) removed from the program or renamed: the next deploy deletes it.",
    messages: {
      removed: "{resource} is removed from the program (or renamed): the next deploy deletes it and its data"
    },
    examples: {
      invalid: [
        {
          path: "lib/data-stack.ts",
          base: "import * as rds from 'aws-cdk-lib/aws-rds';\nconst topic = new sns.Topic(this, 'Events');\nconst db = new rds.DatabaseInstance(this, 'OrdersDb', {\n  engine,\n});\n",
          code: "import * as rds from 'aws-cdk-lib/aws-rds';\nconst topic = new sns.Topic(this, 'Events');\n",
          line: 3,
          side: "base"
        },
        {
          path: "__main__.py",
          base: 'import pulumi_gcp as gcp\n\ndb = gcp.sql.DatabaseInstance("main", database_version="POSTGRES_15")\n',
          code: 'import pulumi_gcp as gcp\n\ndb = gcp.sql.DatabaseInstance("main-v2", database_version="POSTGRES_15")\n',
          line: 3,
          side: "base"
        }
      ],
      valid: [
        {
          path: "lib/data-stack.ts",
          base: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Old', { removalPolicy: RemovalPolicy.RETAIN });\n",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\n"
        },
        {
          path: "lib/app-stack.ts",
          base: "import * as ecs from 'aws-cdk-lib/aws-ecs';\nnew ecs.Cluster(this, 'Apps', {});\n",
          code: "import * as ecs from 'aws-cdk-lib/aws-ecs';\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.base) return;
    const kept = new Set(doc.head.resources.map(resourceKey));
    for (const resource2 of doc.base.resources) {
      if (kept.has(resourceKey(resource2)) || !isStateful2(doc, resource2) || survivesRemoval(doc, resource2)) continue;
      const data = { resource: `${resource2.qualified}(${resource2.logicalName})` };
      report({ messageId: "removed", data, span: resource2.calleeSpan, unit: resource2.span, side: "base" });
    }
  }
};

// src/rules/iac/lib/code-iac-checker.ts
var PROGRAM_LANGUAGES = ["typescript", "python", "go", "csharp"];
var codeIacRules = [
  cdkRemovalPolicyDestroy,
  cdkAutoDeleteObjects,
  cdkBucketExpiresEverything,
  codeDeletionProtectionDisabled,
  pulumiProtectDisabled,
  pulumiDeleteBeforeReplace,
  removedCodeStatefulResource,
  codeSafeguardWeakened,
  codeReplacementArgument
];
var codeIacChecker = {
  family: "iac",
  rules: codeIacRules,
  appliesTo: readsCodeIac,
  async prepare(file) {
    if (isPulumiStackConfig(file.path)) {
      for (const language2 of new Set(PROGRAM_LANGUAGES)) await loadGrammar(language2);
      return;
    }
    const language = iacLanguageOf(file.path);
    if (language) await loadGrammar(language);
  },
  check(file, _policy, context) {
    const textsOf = (side) => {
      const texts = new Map((context.neighbours ?? []).map((n) => [n.path, n.text]));
      for (const f of context.files) {
        const text = side === "head" ? f.headText : f.baseText;
        const path = side === "head" ? f.path : f.previousPath ?? f.path;
        if (text !== void 0) texts.set(path, text);
        else texts.delete(path);
      }
      return texts;
    };
    if (isPulumiStackConfig(file.path)) {
      if (file.status === "removed") return { findings: [], notes: [] };
      const texts = textsOf("head");
      const programs = stackPrograms(file.path, texts);
      const notes2 = programs.length ? [] : [`${file.path}: no Pulumi program was found for it, so its values were not judged`];
      return { findings: stackConfigFindings(file.path, file.baseText, file.text, programs), notes: notes2 };
    }
    const notes = [];
    const either = file.text || (file.baseText ?? "");
    const read = (text, side) => {
      if (isPulumiYamlPath(file.path)) {
        const result2 = readPulumiYaml(text);
        if (result2.syntaxError && side === "head") throw new Error("the Pulumi YAML program does not parse");
        return result2;
      }
      const language = iacLanguageOf(file.path);
      const texts = textsOf(side === "head" ? "head" : "base");
      const path = side === "head" ? file.path : file.previousPath ?? file.path;
      const result = readCodeResources(
        text,
        language,
        localExports(path, language, (p) => texts.get(p))
      );
      if (result.syntaxError)
        notes.push(
          `${file.path}: the ${side} version has syntax errors; its resources were read as far as the parser could`
        );
      return result;
    };
    const doc = {
      path: file.path,
      cdk: CDK_IMPORT.test(either),
      pulumi: PULUMI_IMPORT.test(either) || isPulumiYamlPath(file.path),
      head: file.status === "removed" ? { resources: [], members: [], syntaxError: false } : read(file.text, "head")
    };
    if (file.baseText !== void 0) doc.base = read(file.baseText, "base");
    return { findings: runRules(codeIacRules, doc, () => false), notes };
  }
};

export {
  codeIacRules,
  codeIacChecker
};
