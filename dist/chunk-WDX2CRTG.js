import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  wordAlternation
} from "./chunk-WG42RVUK.js";
import {
  scansForSecrets
} from "./chunk-KMZZXUNL.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";

// src/rules/secret/lib/placeholder.ts
function isPlaceholder(value) {
  const v = value.trim().replace(/^["'`]|["'`]$/g, "");
  if (v === "") return true;
  if (/[<>{}]|\$\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$/.test(v)) return true;
  if (/^(process\.env|os\.environ|os\.getenv|ENV\[|env\(|getenv\(|System\.getenv|import\.meta\.env)/.test(v))
    return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3}|…/.test(v)) return true;
  if (/(^|[-_.\s])(your|my)[-_.\s]?[a-z]*[-_.\s]?(key|token|secret|password|pass)/i.test(v)) return true;
  if (/change[-_]?me|replace[-_]?me|placeholder|redacted|_here$|-here$|^todo$|^tbd$|^none$|^null$|^undefined$/i.test(v)) {
    return true;
  }
  if (/^(example|sample|dummy|test|fake)([-_][a-z]+)*$/i.test(v)) return true;
  if (/^(.{1,16}?)\1+$/.test(v)) return true;
  return false;
}
function looksRandom(value, minLength = 16) {
  if (value.length < minLength || /\s/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(value)).length;
  return classes >= 2 && new Set(value).size >= 8;
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function isTestModeKey(value) {
  return /^["'`]?(?:[spr]k_test_|EZTK|FLW(?:SEC|PUB)K_TEST-|duffel_test_|shippo_test_|access-sandbox-|test_(?:pub_)?[a-f0-9]{30,})/.test(
    value
  );
}

// src/rules/secret/lib/provider-tokens.ts
function prefixed(provider, pattern, anchors, entropy) {
  return { provider, pattern, anchors, ...entropy !== void 0 ? { entropy } : {} };
}
var OPERATOR = String.raw`(?:=|>|:{1,3}=|\|\||:|=>|\?=|,|\.=)`;
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function named(provider, keywords, value, entropy = 3) {
  const spellings = [
    ...new Set(keywords.flatMap((k) => [k, k.toUpperCase(), k.charAt(0).toUpperCase() + k.slice(1)]))
  ].map(escape);
  const pattern = new RegExp(
    String.raw`(?:${spellings.join("|")})[ \t\w.-]{0,20}[\s'"]{0,3}${OPERATOR}[\x60'"\s=]{0,5}(${value})(?=[\x60'"\s;,)]|\\[nr]|$)`,
    "gm"
  );
  return { provider, pattern, anchors: spellings, entropy };
}
var UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
var AN = "A-Za-z0-9";
var PROVIDER_TOKENS = [
  // Keys with a prefix of their own.
  prefixed(
    "1Password secret key",
    /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/g,
    ["A3-"],
    3.8
  ),
  prefixed("1Password service account token", /\bops_eyJ[A-Za-z0-9+/]{250,}={0,3}/g, ["ops_eyJ"], 4),
  prefixed("Adobe client secret", /\bp8e-[A-Za-z0-9]{32}(?![A-Za-z0-9])/g, ["p8e-"], 2),
  prefixed("age secret key", /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g, ["AGE-SECRET-KEY-1"]),
  prefixed("Airtable personal access token", /\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b/g, ["pat"]),
  prefixed("Alibaba Cloud access key", /\bLTAI[A-Za-z0-9]{20}(?![A-Za-z0-9])/g, ["LTAI"], 2),
  prefixed("Artifactory API key", /\bAKCp[A-Za-z0-9]{69}\b/g, ["AKCp"], 4.5),
  prefixed("Artifactory reference token", /\bcmVmd[A-Za-z0-9]{59}\b/g, ["cmVmd"], 4.5),
  prefixed("Atlassian API token", /\bATATT3[A-Za-z0-9_=-]{186}/g, ["ATATT3"]),
  prefixed(
    "Authress service key",
    /\b(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120}/g,
    [String.raw`\.acc_`, String.raw`\.acc-`],
    2
  ),
  prefixed("AWS access key", /\b(?:A3T[A-Z0-9]|ABIA|ACCA)[A-Z2-7]{16}\b/g, ["A3T", "ABIA", "ACCA"], 3),
  prefixed("Amazon Bedrock API key", /\bABSK[A-Za-z0-9+/]{109,269}={0,2}/g, ["ABSK"], 3),
  prefixed("Amazon Bedrock API key", /\bbedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]*/g, [
    "bedrock-api-key-"
  ]),
  prefixed(
    "Azure AD client secret",
    /(?<=^|[\\'"\x60\s>=:(,)])[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34}(?=$|[\\'"\x60\s<),])/gm,
    [String.raw`\dQ`],
    3
  ),
  prefixed("ClickHouse Cloud API secret", /\b4b1d[A-Za-z0-9]{38}\b/g, ["4b1d"], 3),
  prefixed("Clojars API token", /\bCLOJARS_[a-zA-Z0-9]{60}\b/gi, ["CLOJARS_", "clojars_"], 2),
  prefixed("Cloudflare origin CA key", /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g, [String.raw`v1\.0-`], 2),
  prefixed("Defined Networking API token", /\bdnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}/g, ["dnkey-"]),
  prefixed("DigitalOcean token", /\bdo[opr]_v1_[a-f0-9]{64}\b/g, ["do[opr]_v1_"], 3),
  prefixed("Doppler token", /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g, [String.raw`dp\.`], 2),
  prefixed("Duffel live token", /\bduffel_live_[A-Za-z0-9_=-]{43}/g, ["duffel_live_"], 2),
  prefixed("Dynatrace API token", /\bdt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}\b/g, [String.raw`dt0c01\.`], 4),
  prefixed("EasyPost API key", /\bEZAK[A-Za-z0-9]{54}\b/g, ["EZAK"], 2),
  prefixed("Facebook page access token", /\bEAA[MC][A-Za-z0-9]{100,}/g, ["EAA[MC]"], 4),
  prefixed("Fly.io token", /\bfo1_[\w-]{43}(?![\w-])/g, ["fo1_"], 4),
  prefixed("Frame.io API token", /\bfio-u-[A-Za-z0-9_=-]{64}/g, ["fio-u-"]),
  prefixed(
    "GitLab token",
    /\b(?:glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}|gl(?:dt|ffct|ft|soat|rt)-[0-9a-zA-Z_-]{20}|glimt-[0-9a-zA-Z_-]{25}|glagent-[0-9a-zA-Z_-]{50}|gloas-[0-9a-zA-Z_-]{64}|glptt-[0-9a-f]{40}|GR1348941[\w-]{20})(?![\w-])/g,
    ["glcbt-", "gldt-", "glffct-", "glft-", "glsoat-", "glrt-", "glimt-", "glagent-", "gloas-", "glptt-", "GR1348941"],
    3
  ),
  prefixed("GitLab runner token", /\bglrt-t\d_[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{9}\b/g, [String.raw`glrt-t\d`], 4),
  prefixed("GitLab session cookie", /_gitlab_session=[0-9a-z]{32}\b/g, ["_gitlab_session="], 3),
  prefixed("Grafana API key", /\beyJrIjoi[A-Za-z0-9]{70,400}={0,3}/g, ["eyJrIjoi"], 3),
  prefixed("Harness API key", /\b(?:pat|sat)\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{20}\b/g, [
    String.raw`pat\.`,
    String.raw`sat\.`
  ]),
  prefixed(
    "HashiCorp Terraform Cloud token",
    /\b[a-zA-Z0-9]{14}\.atlasv1\.[a-zA-Z0-9_=-]{60,70}/g,
    [String.raw`\.atlasv1\.`],
    3.5
  ),
  prefixed("Hugging Face organization token", /\bapi_org_[a-zA-Z]{34}\b/g, ["api_org_"], 2),
  prefixed("Infracost API token", /\bico-[a-zA-Z0-9]{32}\b/g, ["ico-"], 3),
  prefixed("42 Intra client secret", /\bs-s4t2(?:ud|af)-[a-fA-F0-9]{64}\b/g, ["s-s4t2"], 3),
  prefixed("MaxMind license key", /\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b/g, ["_mmk"], 4),
  prefixed("New Relic key", /\bNR(?:AK-[A-Za-z0-9]{27}|II-[A-Za-z0-9-]{32})(?![A-Za-z0-9-])/g, ["NRAK-", "NRII-"]),
  prefixed("Octopus Deploy API key", /\bAPI-[A-Z0-9]{26}\b/g, ["API-"], 3),
  prefixed("OpenShift user token", /\bsha256~[\w-]{43}(?![\w-])/g, ["sha256"], 3.5),
  prefixed("Perplexity API key", /\bpplx-[a-zA-Z0-9]{48}\b/g, ["pplx-"], 4),
  prefixed("Plaid access token", new RegExp(String.raw`\baccess-(?:production|development)-${UUID}\b`, "g"), [
    "access-production-",
    "access-development-"
  ]),
  prefixed("Postman API key", /\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b/g, ["PMAK-"], 3),
  prefixed("Prefect API key", /\bpnu_[a-zA-Z0-9]{36}\b/g, ["pnu_"], 2),
  prefixed("Pulumi access token", /\bpul-[a-f0-9]{40}\b/g, ["pul-"], 2),
  prefixed("PyPI upload token", /\bpypi-AgEIcHlwaS5vcmc[\w-]{50,1000}/g, ["pypi-AgEIcHlwaS5vcmc"], 3),
  prefixed("ReadMe API key", /\brdme_[a-z0-9]{70}\b/g, ["rdme_"], 2),
  prefixed("RubyGems API key", /\brubygems_[a-f0-9]{48}\b/g, ["rubygems_"], 2),
  prefixed("Scalingo API token", /\btk-us-[\w-]{48}(?![\w-])/g, ["tk-us-"], 2),
  prefixed("SendGrid API key", /\bSG\.[A-Za-z0-9=_.-]{66}(?![A-Za-z0-9=_.-])/g, [String.raw`SG\.`], 2),
  prefixed("Brevo (Sendinblue) API key", /\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/g, ["xkeysib-"], 2),
  prefixed("Sentry token", /\bsntry[us]_[A-Za-z0-9+/=_]{64,}/g, ["sntryu_", "sntrys_"], 3.5),
  prefixed("SettleMint token", /\bsm_(?:aat|pat|sat)_[a-zA-Z0-9]{16}\b/g, ["sm_aat_", "sm_pat_", "sm_sat_"], 3),
  prefixed("Shippo live token", /\bshippo_live_[a-fA-F0-9]{40}\b/g, ["shippo_live_"], 2),
  prefixed("Slack configuration token", /\bxoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166}/g, [String.raw`xoxe\.`], 2),
  prefixed("Slack token", /\bxoxe-\d-[A-Za-z0-9]{146}/g, ["xoxe-"], 2),
  prefixed("Slack token", /\bxox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}/g, ["xoxp-", "xoxe-"], 2),
  prefixed("Slack token", /\bxox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}\b/g, ["xoxa-", "xoxr-"], 2),
  prefixed(
    "Slack webhook",
    /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56}/gi,
    [String.raw`hooks\.slack\.`, String.raw`HOOKS\.SLACK\.`]
  ),
  prefixed("Sourcegraph access token", /\bsgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}\b/g, ["sgp_"], 3),
  prefixed("Square access token", /\b(?:EAAA|sq0atp-)[\w-]{22,60}(?![\w-])/g, ["EAAA", "sq0atp-"], 2),
  prefixed("Twilio API key", /\bSK[0-9a-fA-F]{32}\b/g, ["SK"], 3),
  prefixed("Typeform API token", /\btfp_[A-Za-z0-9_.=-]{59}(?![A-Za-z0-9_.=-])/g, ["tfp_"]),
  prefixed(
    "Microsoft Teams webhook",
    /https:\/\/[a-z0-9]+\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}/g,
    [String.raw`webhook\.office\.`]
  ),
  prefixed(
    "Sidekiq Enterprise credential",
    /\bhttps?:\/\/[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\.contribsys\.com/gi,
    [String.raw`contribsys\.`]
  ),
  // Bare random keys, recognised by a name that mentions the provider.
  named("Adafruit IO key", ["adafruit"], `[${AN}_-]{32}`),
  named("Airtable API key", ["airtable"], `[${AN}]{17}`),
  named("Algolia API key", ["algolia"], `[${AN}]{32}`),
  named("Alibaba Cloud secret key", ["alibaba"], `[${AN}]{30}`, 2),
  named("Asana client secret", ["asana"], `[${AN}]{32}`),
  named("Atlassian API token", ["atlassian", "confluence", "jira"], `[${AN}]{20}[a-fA-F0-9]{4}`, 3.5),
  named("Beamer API key", ["beamer"], `b_[${AN}=_-]{44}`),
  named("Bitbucket client secret", ["bitbucket"], `[${AN}=_-]{64}`),
  named("Bittrex key", ["bittrex"], `[${AN}]{32}`),
  named("Cisco Meraki API key", ["meraki"], "[0-9a-f]{40}"),
  named("Cloudflare API key", ["cloudflare"], `[${AN}_-]{40}|[a-f0-9]{37}`, 2),
  named("Codecov token", ["codecov"], `[${AN}]{32}`),
  named("Cohere API key", ["cohere", "co_api_key"], `[${AN}]{40}`, 4),
  named("Coinbase token", ["coinbase"], `[${AN}_-]{64}`),
  named("Confluent key", ["confluent"], `[${AN}]{64}|[${AN}]{16}`),
  named("Contentful token", ["contentful"], `[${AN}=_-]{43}`),
  named("Datadog key", ["datadog"], `[${AN}]{40}|[a-f0-9]{32}`),
  named("Discord token", ["discord"], `[a-f0-9]{64}|[${AN}=_-]{32}`, 2),
  named("Drone CI token", ["droneci", "drone"], `[${AN}]{32}`),
  named("Dropbox token", ["dropbox"], String.raw`sl\.[${AN}=_-]{135}|[${AN}]{11}AAAAAAAAAA[${AN}=_-]{43}|[${AN}]{15}`),
  named("Etsy token", ["etsy"], `[${AN}]{24}`),
  named("Facebook app secret", ["facebook"], "[a-f0-9]{32}"),
  named("Fastly API token", ["fastly"], `[${AN}=_-]{32}`),
  named("Finicity secret", ["finicity"], `[a-f0-9]{32}|[${AN}]{20}`),
  named("Finnhub token", ["finnhub"], `[${AN}]{20}`),
  named("Flickr token", ["flickr"], `[${AN}]{32}`),
  named("FreshBooks token", ["freshbooks"], `[${AN}]{64}`),
  named("Gitter token", ["gitter"], `[${AN}_-]{40}`),
  named("GoCardless live token", ["gocardless"], `live_[${AN}=_-]{40}`),
  named("Heroku API key", ["heroku"], UUID),
  named("HubSpot API key", ["hubspot"], UUID),
  named("Intercom token", ["intercom"], `[${AN}=_-]{60}`),
  named("JFrog key", ["jfrog", "artifactory", "bintray", "xray"], `[${AN}]{73}|[${AN}]{64}`),
  named("Kraken key", ["kraken"], `[${AN}/=_+-]{80,90}`),
  named("KuCoin key", ["kucoin"], `[a-f0-9]{24}|${UUID}`),
  named("LaunchDarkly token", ["launchdarkly"], `[${AN}=_-]{40}`),
  named("Linear client secret", ["linear"], "[a-f0-9]{32}", 2),
  named("LinkedIn client secret", ["linkedin", "linked_in", "linked-in"], `[${AN}]{16}`, 2),
  named("Lob live key", ["lob"], "live_[a-f0-9]{35}"),
  named("Looker client secret", ["looker"], `[${AN}]{24}`),
  named("Mailchimp API key", ["mailchimp"], String.raw`[a-f0-9]{32}-us\d{1,2}`),
  named("Mailgun key", ["mailgun"], "key-[a-f0-9]{32}|[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}"),
  named("Mattermost token", ["mattermost"], `[${AN}]{26}`),
  named("MessageBird key", ["messagebird", "message_bird", "message-bird"], `[${AN}]{25}`),
  named("Netlify token", ["netlify"], `[${AN}=_-]{40,46}`),
  named("New York Times key", ["nytimes", "newyorktimes"], `[${AN}=_-]{32}`),
  named("Okta token", ["okta"], String.raw`00[\w=-]{40}`, 4),
  named("Plaid secret", ["plaid"], `[${AN}]{30}`, 3.5),
  named("Private AI key", ["privateai", "private_ai", "private-ai"], `[${AN}]{32}`),
  named("RapidAPI key", ["rapidapi"], `[${AN}_-]{50}`),
  named("Sendbird token", ["sendbird"], "[a-f0-9]{40}"),
  named("Sentry token", ["sentry"], "[a-f0-9]{64}"),
  named(
    "Sidekiq Enterprise credential",
    ["bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com"],
    "[a-f0-9]{8}:[a-f0-9]{8}"
  ),
  named("Snyk token", ["snyk"], UUID),
  named("SonarQube token", ["sonar"], `(?:squ_|sqp_|sqa_)?[${AN}=_-]{40}`),
  named("Squarespace token", ["squarespace"], UUID),
  named("Sumo Logic key", ["sumo"], `[${AN}]{64}`),
  named("Telegram bot token", ["telegram", "telegr"], `[0-9]{5,16}:A[${AN}_-]{34}`),
  named("Travis CI token", ["travis"], `[${AN}]{22}`),
  named("Twitch token", ["twitch"], `[${AN}]{30}`),
  named(
    "Twitter credential",
    ["twitter"],
    `A{22}[${AN}%]{80,100}|[0-9]{15,25}-[${AN}]{20,40}|[${AN}]{50}|[${AN}]{45}|[${AN}]{25}`
  ),
  named("Yandex key", ["yandex"], `t1\\.[${AN}_-]+={0,2}\\.[${AN}_-]{86}={0,2}|AQVN[${AN}_-]{35,38}|YC[${AN}_-]{38}`),
  named("Zendesk key", ["zendesk"], `[${AN}]{40}`)
];

// src/rules/secret/lib/token-shapes.ts
var TOKEN_SHAPES = [
  {
    provider: "Stripe live secret key",
    pattern: /\b[sr]k_(?:live|prod)_[0-9A-Za-z]{20,}\b/g,
    anchors: ["k_live_", "k_prod_"]
  },
  { provider: "OpenAI API key", pattern: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{30,}/g, anchors: ["sk-"] },
  { provider: "OpenAI API key", pattern: /\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b/g, anchors: ["T3BlbkFJ"] },
  { provider: "Anthropic API key", pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{30,}/g, anchors: ["sk-ant-"] },
  { provider: "Slack token", pattern: /\bxox[abposr]-[0-9A-Za-z-]{20,}/g, anchors: ["xox[abposr]-"] },
  {
    provider: "Slack webhook",
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]+\/B[0-9A-Z]+\/[0-9A-Za-z]{16,}/g,
    anchors: ["hooks\\.slack\\."]
  },
  {
    provider: "GitHub token",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/g,
    anchors: ["gh[pousr]_", "github_pat_"]
  },
  { provider: "Heroku API key", pattern: /\bHRKU-[A-Za-z0-9_-]{40,}/g, anchors: ["HRKU-"] },
  {
    provider: "Fly.io token",
    pattern: /\bFlyV1 fm\d[a-z]?_[A-Za-z0-9+/=_,-]{20,}/g,
    anchors: ["fm\\d_", "fm\\d[a-z]_"]
  },
  { provider: "Fly.io token", pattern: /\bfm\d[a-z]?_[A-Za-z0-9+/=_-]{40,}/g, anchors: ["fm\\d_", "fm\\d[a-z]_"] },
  { provider: "Supabase access token", pattern: /\bsbp_[a-f0-9]{40}\b/g, anchors: ["sbp_"] },
  { provider: "Supabase secret key", pattern: /\bsb_secret_[A-Za-z0-9_-]{20,}/g, anchors: ["sb_secret_"] },
  { provider: "Neon API key", pattern: /\bnapi_[a-z0-9]{40,}\b/g, anchors: ["napi_"] },
  { provider: "PlanetScale token", pattern: /\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{30,}/g, anchors: ["pscale_"] },
  { provider: "Render API key", pattern: /\brnd_[A-Za-z0-9]{24,}\b/g, anchors: ["rnd_"] },
  { provider: "Vercel token", pattern: /\bvc[pkiar]_[A-Za-z0-9]{24,}\b/g, anchors: ["vc[pkiar]_"] },
  { provider: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, anchors: ["AIz"] },
  { provider: "AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, anchors: ["AKIA", "ASIA"] },
  ...PROVIDER_TOKENS
];
var CREDENTIAL_NAMES = [
  { provider: "Railway token", pattern: /^RAILWAY_(?:API_)?TOKEN$|^RAILWAY_[A-Z_]*TOKEN$/ },
  { provider: "Fly.io token", pattern: /^FLY_(?:API_)?(?:ACCESS_)?TOKEN$/ },
  { provider: "Heroku API key", pattern: /^HEROKU_(?:API_KEY|API_TOKEN|OAUTH_TOKEN)$/ },
  {
    provider: "Supabase key",
    pattern: /^SUPABASE_(?:SERVICE_ROLE_KEY|SERVICE_KEY|ACCESS_TOKEN|SECRET_KEY|DB_PASSWORD)$/
  },
  { provider: "Vercel token", pattern: /^VERCEL_(?:API_)?TOKEN$/ },
  { provider: "Neon API key", pattern: /^NEON_API_KEY$/ },
  { provider: "PlanetScale token", pattern: /^PLANETSCALE_(?:SERVICE_TOKEN|TOKEN|PASSWORD)$/ },
  { provider: "Render API key", pattern: /^RENDER_API_KEY$/ },
  { provider: "OpenAI API key", pattern: /^OPENAI_API_KEY$/ },
  { provider: "Stripe secret key", pattern: /^STRIPE_(?:SECRET|API)_KEY$/ },
  { provider: "DigitalOcean token", pattern: /^(?:DIGITALOCEAN|DO)_(?:ACCESS_|API_)?TOKEN$/ },
  { provider: "Cloudflare API token", pattern: /^CLOUDFLARE_API_(?:TOKEN|KEY)$/ },
  { provider: "AWS secret access key", pattern: /^AWS_SECRET_ACCESS_KEY$/ }
];

// src/rules/secret/lib/prefilter.ts
var PRESET_ANCHORS = {
  // Access key and account ids only with the rule's `enableIDScanRule` option, which two-key does not set.
  aws: ["(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KE|ke|Ke)[Yy]"],
  // Reads only .json files (a service-account key, JSON-decoded, so escapes could hide any anchor) and .p12 files.
  gcp: [],
  privatekey: ["PRIVATE KEY"],
  // `x-oauth-basic@github.com/` has an unescaped dot in the rule: the anchor stops before it.
  npm: ["x-oauth-basic@", "_authToken=", "npm_"],
  slack: ["xox[bpaor]-", "xapp-", String.raw`[Hh][Oo][Oo][Kk][Ss]\.`],
  sendgrid: [String.raw`SG\.`],
  shopify: ["shp(?:pa|ca|at|ss)_"],
  github: ["gh[pousr]_", "github_pat_"],
  gitlab: ["glpat-"],
  grafana: ["glc_", "glsa_"],
  openai: ["T3BlbkFJ"],
  anthropic: ["sk-ant-"],
  groq: ["gsk_"],
  huggingface: ["hf_"],
  linear: ["lin_api_"],
  notion: ["ntn_"],
  "1password": ["ops_"],
  "hashicorp-vault": [String.raw`hv[sbr]\.`],
  vercel: ["vc[pciark]_"],
  databricks: ["dapi"],
  docker: ["dckr_pat_"],
  figma: ["figd_"]
};
var PRESET_ANCHOR = anchorScan(Object.values(PRESET_ANCHORS).flat(), "");
var WHOLE_FILE_EXTENSIONS = /\.(?:json|p12)$/i;
function presetMayFind(path, text) {
  return WHOLE_FILE_EXTENSIONS.test(path) || PRESET_ANCHOR.test(text);
}
var CREDENTIAL_NAME_WORD = /TOKEN|_KEY|_PASSWORD/;
function mayAssignCredentialName(text) {
  return CREDENTIAL_NAME_WORD.test(text);
}
var CREDENTIAL_FIELD_TAIL = /(?:token|secret|key)["']?[ \t]*(?::=|=>|=|:)[ \t]*["'`]/i;
function mayHoldCredentialField(text) {
  return CREDENTIAL_FIELD_TAIL.test(text);
}
var SHAPE_ANCHORS = (() => {
  const shapesOf = /* @__PURE__ */ new Map();
  TOKEN_SHAPES.forEach((shape, i) => {
    for (const a of shape.anchors) shapesOf.set(a, [...shapesOf.get(a) ?? [], i]);
  });
  return [...shapesOf].map(([source, shapes]) => ({ source, startsHere: new RegExp(source, "y"), shapes }));
})();
var ANCHORS_BY_FIRST = (() => {
  const byFirst = /* @__PURE__ */ new Map();
  SHAPE_ANCHORS.forEach(({ source }, i) => {
    for (const c of firstCharacters(source) ?? [""]) byFirst.set(c, [...byFirst.get(c) ?? [], i]);
  });
  return byFirst;
})();
function firstCharacters(anchor) {
  if (anchor.startsWith(String.raw`\d`)) return [..."0123456789"];
  if (anchor.startsWith(String.raw`\.`)) return ["."];
  if (anchor.startsWith("[")) {
    const inside = anchor.slice(1, anchor.indexOf("]"));
    return /^[A-Za-z0-9]+$/.test(inside) ? [...inside] : void 0;
  }
  return /^[A-Za-z0-9_=@:-]/.test(anchor) ? [anchor[0]] : void 0;
}
var NAME_VARIANT = (() => {
  const sources = new Set(SHAPE_ANCHORS.map((a) => a.source));
  return SHAPE_ANCHORS.map(({ source }) => {
    const lower = source.toLowerCase();
    return /^[a-z][a-z_-]*$/.test(lower) && sources.has(lower) && sources.has(lower.toUpperCase());
  });
})();
function anchorScan(anchors, flags) {
  const words = anchors.map((anchor) => anchorWords(anchor));
  const plain = words.flatMap((w) => w ?? []);
  const patterns = anchors.filter((_, i) => words[i] === void 0).map((anchor) => `(?:${anchor})`);
  return new RegExp([...plain.length ? [wordAlternation(plain)] : [], ...patterns].join("|"), flags);
}
var REPEATS_BEFORE_NARROWING = 16;
var alternations = /* @__PURE__ */ new Map();
function alternationOf(open, named2) {
  const sources = named2 ? [...new Set(open.filter((i) => NAME_VARIANT[i]).map((i) => SHAPE_ANCHORS[i].source.toLowerCase()))] : open.filter((i) => !NAME_VARIANT[i]).map((i) => SHAPE_ANCHORS[i].source);
  if (sources.length === 0) return void 0;
  const key = `${named2 ? "i" : "s"}:${sources.join(",")}`;
  let re = alternations.get(key);
  if (!re) {
    re = anchorScan(sources, named2 ? "gi" : "g");
    alternations.set(key, re);
  }
  return re;
}
function anchorWords(source, limit = 300) {
  let words = [""];
  for (let i = 0; i < source.length; ) {
    let options;
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "d") options = [..."0123456789"];
      else if (".-/".includes(next) && next !== "") options = [next];
      else return void 0;
      i += 2;
    } else if (c === "[") {
      const close = source.indexOf("]", i);
      const inside = close < 0 ? "" : source.slice(i + 1, close);
      if (!/^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+$/.test(inside)) return void 0;
      options = [];
      for (let j = 0; j < inside.length; j++) {
        if (inside[j + 1] === "-") {
          for (let code = inside.charCodeAt(j); code <= inside.charCodeAt(j + 2); code++)
            options.push(String.fromCharCode(code));
          j += 2;
        } else options.push(inside[j]);
      }
      i = close + 1;
    } else if (/[A-Za-z0-9_@=: -]/.test(c)) {
      options = [c];
      i++;
    } else return void 0;
    words = words.flatMap((w) => options.map((o) => w + o));
    if (words.length > limit) return void 0;
  }
  return words;
}
var ALL_ANCHORS = SHAPE_ANCHORS.map((_, i) => i);
var ALL_AS_WRITTEN = alternationOf(ALL_ANCHORS, false);
var ALL_NAMED = alternationOf(ALL_ANCHORS, true);
function shapesMayMatch(text) {
  const found = /* @__PURE__ */ new Set();
  let open = ALL_ANCHORS;
  for (const named2 of [false, true]) {
    let scan = named2 ? ALL_NAMED : ALL_AS_WRITTEN;
    let wasted = 0;
    if (scan) scan.lastIndex = 0;
    for (let m = scan?.exec(text); scan && m; m = scan.exec(text)) {
      let grew = false;
      const first = text.charAt(m.index);
      const candidates = named2 ? [...ANCHORS_BY_FIRST.get(first.toLowerCase()) ?? [], ...ANCHORS_BY_FIRST.get(first.toUpperCase()) ?? []] : [...ANCHORS_BY_FIRST.get(first) ?? [], ...ANCHORS_BY_FIRST.get("") ?? []];
      for (const i of candidates) {
        const anchor = SHAPE_ANCHORS[i];
        if (anchor.shapes.every((shape) => found.has(shape))) continue;
        anchor.startsHere.lastIndex = m.index;
        if (!anchor.startsHere.test(text)) continue;
        for (const shape of anchor.shapes) {
          if (found.has(shape)) continue;
          found.add(shape);
          grew = true;
        }
      }
      if (!grew && ++wasted > REPEATS_BEFORE_NARROWING) {
        open = open.filter((i) => !SHAPE_ANCHORS[i].shapes.every((shape) => found.has(shape)));
        scan = alternationOf(open, named2);
        wasted = 0;
        if (!scan) break;
      }
      scan.lastIndex = m.index + 1;
    }
  }
  return found.size ? TOKEN_SHAPES.filter((_, i) => found.has(i)) : [];
}
function mayHoldUrlPassword(text) {
  return text.includes("://") && text.includes("@");
}
var ADO_PASSWORD_NAME = /p(?:assword|wd)\s*=/i;
function mayHoldAdoPassword(text) {
  return ADO_PASSWORD_NAME.test(text);
}
var PREFILTER = {
  shapes: shapesMayMatch,
  credentialName: mayAssignCredentialName,
  credentialField: mayHoldCredentialField,
  urlPassword: mayHoldUrlPassword,
  adoPassword: mayHoldAdoPassword
};
var NO_PREFILTER = {
  shapes: () => TOKEN_SHAPES,
  credentialName: () => true,
  credentialField: () => true,
  urlPassword: () => true,
  adoPassword: () => true
};

// src/rules/secret/lib/connection-strings.ts
var SCHEMES = /^(?:postgres(?:ql)?|mysql2?|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]+|clickhouse|cockroachdb|ftp|sftp|libsql)$/i;
var URL_WITH_PASSWORD = /\b([a-z][a-z0-9+.:-]*):\/\/([^\s/@:'"`]*):([^\s@'"`]+)@(\[[^\]\s]+\]|[^\s/:'"`?#,;]+)/gi;
var ADO_PASSWORD = /(?:^|[;"'\s])(?:Password|Pwd)\s*=\s*([^;"'\s]+)/gi;
var ADO_HOST = /(?:Server|Host|Data Source|Address|Addr)\s*=\s*(?:tcp:)?([^;,"'\s]+)/i;
var PASSWORD_WORD = /^(?:password|passwd|pass|pwd|pw|secret)$/i;
function embeddedPasswords(text, prefilter = PREFILTER) {
  const found = [];
  for (const m of prefilter.urlPassword(text) ? text.matchAll(URL_WITH_PASSWORD) : []) {
    const [, scheme, , password, host] = m;
    if (!SCHEMES.test(scheme) || isLocalHost(host) || ignorablePassword(password)) continue;
    const start = m.index + m[0].indexOf(`:${password}@`) + 1;
    found.push({ span: { start, end: start + password.length }, host });
  }
  for (const m of prefilter.adoPassword(text) ? text.matchAll(ADO_PASSWORD) : []) {
    const password = m[1];
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const lineEnd = text.indexOf("\n", m.index);
    const host = ADO_HOST.exec(text.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd))?.[1];
    if (host === void 0 || isLocalHost(host) || ignorablePassword(password)) continue;
    const start = m.index + m[0].lastIndexOf(password);
    found.push({ span: { start, end: start + password.length }, host });
  }
  return found;
}
function ignorablePassword(password) {
  return isPlaceholder(password) || PASSWORD_WORD.test(password) || /^\$|^%|^\{/.test(password);
}
function isLocalHost(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h === "host.docker.internal" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::1" || h === "0.0.0.0" || !h.includes(".");
}

// src/rules/secret/lib/published-samples.ts
var SAMPLES = /* @__PURE__ */ new Map([
  ["AKIAIOSFODNN7EXAMPLE", "AWS documentation"],
  ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation"],
  ["AKIAI44QH8DHBEXAMPLE", "AWS documentation"],
  ["je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "AWS documentation"],
  ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe documentation"],
  ["pk_test_TYooMQauvdEDq54NiTphI7jx", "Stripe documentation"],
  ["sk_test_BQokikJOvBiI2HlWgH4olfQ2", "Stripe documentation"],
  ["pk_test_6pRNASCoBOKtIshFeQd4XMUh", "Stripe documentation"],
  ["ghp_16C7e42F292c6912E7710c838347Ae178B4a", "GitHub documentation"],
  ["xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "Slack documentation"],
  [
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "Azure Storage emulator (Azurite) documentation"
  ],
  [
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "jwt.io"
  ]
]);
function publishedSample(value) {
  const source = SAMPLES.get(value.trim().replace(/^["'`]|["'`]$/g, ""));
  return source ? `the sample key published in the ${source}` : void 0;
}

// src/rules/secret/lib/private-keys.ts
var BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
var MIN_BODY = 64;
function privateKeys(text) {
  const found = [];
  for (const m of text.matchAll(BEGIN)) {
    const endMarker = `-----END ${m[1] ?? ""}PRIVATE KEY${m[2] ?? ""}-----`;
    const end = text.indexOf(endMarker, m.index + m[0].length);
    if (end < 0) continue;
    const body = text.slice(m.index + m[0].length, end).replace(/\\[nr]|\s/g, "");
    if (body.includes("...") || body.includes("\u2026")) continue;
    if ((body.match(/[A-Za-z0-9+/=]/g) ?? []).length < MIN_BODY) continue;
    found.push({ start: m.index, end: end + endMarker.length });
  }
  return found;
}

// src/rules/secret/lib/public-client-keys.ts
var WINDOW = 600;
var AUTH_DOMAIN = /["']?authDomain["']?\s*[:=]\s*["'`][\w.-]+\.(?:firebaseapp\.com|web\.app)["'`]/;
var PROJECT_ID = /["']?projectId["']?\s*[:=]\s*["'`][\w-]+["'`]/;
function firebaseWebConfigReason(text, span) {
  if (!text.startsWith("AIza", span.start)) return void 0;
  const open = text.lastIndexOf("{", span.start);
  if (open < 0 || span.start - open > WINDOW || text.slice(open, span.start).includes("}")) return void 0;
  const close = text.indexOf("}", span.end);
  if (close < 0 || close - span.end > WINDOW) return void 0;
  const object = text.slice(open, close);
  if (!/\bapiKey["']?\s*[:=]\s*["'`]$/.test(text.slice(open, span.start))) return void 0;
  return AUTH_DOMAIN.test(object) && PROJECT_ID.test(object) ? "the apiKey of a Firebase web app config, which ships to every browser and only names the project (access is enforced by security rules); restrict the key to the app if it is not" : void 0;
}

// src/rules/secret/lib/document.ts
var SECRETLINT_WHAT = {
  aws: "AWS credential",
  gcp: "GCP service account key",
  privatekey: "private key",
  npm: "npm token",
  slack: "Slack token",
  sendgrid: "SendGrid API key",
  shopify: "Shopify token",
  github: "GitHub token",
  gitlab: "GitLab token",
  grafana: "Grafana token",
  openai: "OpenAI API key",
  anthropic: "Anthropic API key",
  groq: "Groq API key",
  huggingface: "Hugging Face token",
  linear: "Linear API key",
  notion: "Notion token",
  "1password": "1Password token",
  "hashicorp-vault": "HashiCorp Vault token",
  vercel: "Vercel token",
  databricks: "Databricks token",
  docker: "Docker Hub token",
  figma: "Figma token"
};
var ASSIGNMENT = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]{2,})["']?[ \t]*(?::=|=>|=|:)[ \t]*(["'`]?)([^\s"'`,;#)]*)/g;
var CREDENTIAL_FIELD = /(?<![A-Za-z0-9_])((?:api|access|auth|bearer|secret|private|refresh|service)?[_-]?(?:token|secret|api[_-]?key|secret[_-]?key|access[_-]?key)|client[_-]?secret)["']?[ \t]*(?::=|=>|=|:)[ \t]*(["'`])([^\s"'`]+)\2/gi;
function findSecrets(text, secretlint, prefilter = PREFILTER) {
  const hits = [];
  for (const span of privateKeys(text)) hits.push({ category: "private-key", what: "private key", span });
  for (const hit of secretlint) {
    const value = text.slice(hit.span.start, hit.span.end);
    if (isPlaceholder(value)) continue;
    const keyLike = hit.detector === "privatekey" || hit.detector === "gcp";
    hits.push({
      category: keyLike ? "private-key" : "token",
      what: SECRETLINT_WHAT[hit.detector] ?? `${hit.detector} credential`,
      span: hit.span
    });
  }
  for (const shape of prefilter.shapes(text)) {
    for (const m of text.matchAll(shape.pattern)) {
      const value = m[1] ?? m[0];
      if (isPlaceholder(value) || isTestModeKey(value)) continue;
      if (shape.entropy !== void 0 && shannonEntropy(value) < shape.entropy) continue;
      const start = m.index + m[0].length - value.length;
      hits.push({ category: "token", what: shape.provider, span: { start, end: start + value.length } });
    }
  }
  for (const m of prefilter.credentialName(text) ? text.matchAll(ASSIGNMENT) : []) {
    const name = m[1];
    const value = m[3];
    const named2 = CREDENTIAL_NAMES.find((c) => c.pattern.test(name));
    if (!named2 || isPlaceholder(value) || isTestModeKey(value) || !looksRandom(value)) continue;
    const start = m.index + m[0].length - value.length;
    hits.push({ category: "token", what: named2.provider, span: { start, end: start + value.length } });
  }
  for (const p of embeddedPasswords(text, prefilter)) {
    hits.push({ category: "connection-string", what: `password for ${p.host}`, span: p.span });
  }
  for (const m of prefilter.credentialField(text) ? text.matchAll(CREDENTIAL_FIELD) : []) {
    const value = m[3];
    if (isPlaceholder(value) || isTestModeKey(value) || !looksRandom(value, 20)) continue;
    const start = m.index + m[0].length - value.length - 1;
    hits.push({
      category: "token",
      what: `credential in a field named "${m[1]}"`,
      span: { start, end: start + value.length }
    });
  }
  const marked = hits.map((h) => {
    const sample = publishedSample(text.slice(h.span.start, h.span.end)) ?? firebaseWebConfigReason(text, h.span);
    return sample ? { ...h, sample } : h;
  });
  return withoutOverlaps(marked);
}
function withoutOverlaps(hits) {
  const keys = hits.filter((h) => h.category === "private-key" && h.what === "private key");
  const wholeFile = (h) => h.what === SECRETLINT_WHAT.gcp && keys.some((k) => h.span.start <= k.span.start && k.span.end <= h.span.end);
  const sorted = hits.filter((h) => !wholeFile(h)).sort((a, b) => a.span.start - b.span.start);
  const kept = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.span.start < last.span.end) {
      last.span = { start: last.span.start, end: Math.max(last.span.end, hit.span.end) };
      if (!hit.sample) delete last.sample;
      continue;
    }
    kept.push({ ...hit, span: { ...hit.span } });
  }
  return kept;
}

// src/rules/secret/committed-token.ts
var committedToken = {
  meta: {
    id: "secret/committed-token",
    family: "secret",
    kind: "secret",
    defaultSeverity: "block",
    description: "An API token or key committed to the repository: secretlint's recommended preset, provider key shapes (Stripe, OpenAI, Slack, Fly, Supabase, Neon, PlanetScale, Render, Vercel, and a table of a hundred more providers' prefixed keys and bare keys under a name that mentions the provider) and platform credentials by variable name (Railway, Heroku, Fly).",
    messages: {
      token: "a {what} is committed here; anyone who can read the repository can use it (value redacted)"
    },
    examples: {
      invalid: [
        {
          code: "import Stripe from 'stripe';\n\nconst key = process.env.STRIPE_SECRET_KEY ?? 'sk_live_51FAKEQ8DEoFogNCAI3Ao3pxTnHyf6t5YdIngBaVbVJBMQKnY8qS0BFn7BwpkZ01';\n",
          line: 3,
          path: "src/lib/stripe.ts"
        },
        {
          code: "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app\nRAILWAY_TOKEN=6f1c2b9e-83d4-4c55-9a1e-2f7b0c3d9e41\n",
          line: 2,
          path: ".env.example"
        },
        {
          code: 'import os\n\nSLACK_TOKEN = os.environ.get("SLACK_TOKEN", "xoxb-7391046252-6680431157-FAKEZjugnDD57Nb5srpS9wg1")\n',
          line: 3,
          path: "scripts/notify.py"
        }
      ],
      valid: [
        {
          code: "RAILWAY_TOKEN=\nSTRIPE_SECRET_KEY=sk_test_replace_me\nOPENAI_API_KEY=<your-openai-key>\nVERCEL_TOKEN=your-token-here\n",
          path: ".env.example"
        },
        {
          code: "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}\n    steps:\n      - run: railway up\n",
          path: ".github/workflows/deploy.yml"
        },
        { code: "const token = process.env.RAILWAY_TOKEN;\n", path: "src/railway.ts" }
      ]
    }
  },
  check(doc, report) {
    for (const hit of doc.hits) {
      if (hit.category === "token")
        report({
          messageId: "token",
          data: { what: hit.what },
          span: hit.span,
          ...hit.sample ? { downgradedBecause: hit.sample } : {}
        });
    }
  }
};

// src/rules/secret/connection-string-password.ts
var connectionStringPassword = {
  meta: {
    id: "secret/connection-string-password",
    family: "secret",
    kind: "secret",
    defaultSeverity: "block",
    description: "A database, cache or queue connection string with a real password written into it, for a host that is not this machine or a compose service.",
    messages: {
      password: "a connection string with the {what} is committed here (password redacted)"
    },
    examples: {
      invalid: [
        {
          code: "production:\n  adapter: postgresql\n  url: postgres://app:Vq9w2LmZ7rT4@db-prod.cluster-c9x2.us-east-1.rds.amazonaws.com:5432/app\n",
          line: 3,
          path: "config/database.yml"
        },
        {
          code: '{\n  "ConnectionStrings": {\n    "Default": "Server=sql.acme.net;Database=shop;User Id=app;Password=Zq8!kP2vR7;"\n  }\n}\n',
          line: 3,
          path: "appsettings.json"
        }
      ],
      valid: [
        { code: "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app\n", path: ".env.example" },
        { code: "DATABASE_URL=postgres://app:secret@db:5432/app\n", path: ".env" },
        { code: "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.acme.net:5432/app\n", path: ".env" },
        { code: "DATABASE_URL=postgres://user:password@host.example.com:5432/db\n", path: "README.md" }
      ]
    }
  },
  check(doc, report) {
    for (const hit of doc.hits) {
      if (hit.category === "connection-string")
        report({
          messageId: "password",
          data: { what: hit.what },
          span: hit.span,
          ...hit.sample ? { downgradedBecause: hit.sample } : {}
        });
    }
  }
};

// src/rules/secret/private-key.ts
var privateKey = {
  meta: {
    id: "secret/private-key",
    family: "secret",
    kind: "secret",
    defaultSeverity: "block",
    description: "A private key committed to the repository: a PEM block, or a GCP service-account key file.",
    messages: {
      key: "a {what} is committed here (key redacted)"
    },
    examples: {
      invalid: [
        {
          code: `{
  "type": "service_account",
  "project_id": "acme-analytics-prod",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n${"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQEyvAVeReNTh5ZP\\n".repeat(3)}-----END PRIVATE KEY-----\\n",
  "client_email": "bq@acme-analytics-prod.iam.gserviceaccount.com"
}
`,
          line: 4,
          path: "jobs/export/service-account.json"
        },
        {
          code: `deploy:
  key: |
    -----BEGIN OPENSSH PRIVATE KEY-----
${"    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n".repeat(2)}    -----END OPENSSH PRIVATE KEY-----
`,
          line: 3,
          path: "deploy/keys.yml"
        }
      ],
      valid: [
        { code: "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n", path: "docs/keys.md" },
        { code: 'const header = "-----BEGIN PRIVATE KEY-----";\n', path: "src/pem.ts" }
      ]
    }
  },
  check(doc, report) {
    for (const hit of doc.hits) {
      if (hit.category === "private-key")
        report({
          messageId: "key",
          data: { what: hit.what },
          span: hit.span,
          ...hit.sample ? { downgradedBecause: hit.sample } : {}
        });
    }
  }
};

// src/rules/secret/lib/index.ts
var secretRules = [committedToken, connectionStringPassword, privateKey];

// src/rules/secret/lib/secretlint.ts
var PREFIX = "@secretlint/secretlint-rule-";
var LEFT_OUT = new Set(["filter-comments", "database-connection-string", "basicauth"].map((id) => PREFIX + id));
var loading;
async function load() {
  const [{ lintSource }, { creator: recommended }] = await Promise.all([
    import("./chunk-PC626AKI.js"),
    import("./chunk-RTL7CHSB.js")
  ]);
  const rules = recommended.rules.filter((rule) => !LEFT_OUT.has(rule.meta.id)).map((rule) => ({ id: rule.meta.id, rule }));
  return { lintSource, rules };
}
async function scanWithPreset(path, text) {
  return presetMayFind(path, text) ? await presetHits(path, text) : [];
}
async function presetHits(path, text) {
  const { lintSource, rules } = await (loading ??= load());
  const ext = /\.[^./]+$/.exec(path)?.[0] ?? "";
  const result = await lintSource({
    source: { filePath: path, content: text, ext, contentType: "text" },
    options: { config: { rules }, noPhysicFilePath: true }
  });
  return result.messages.map((m) => ({
    detector: m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId,
    span: { start: m.range[0], end: m.range[1] }
  }));
}

// src/rules/secret/lib/checker.ts
var MAX_SCANNED = 2e6;
var presetFound = /* @__PURE__ */ new WeakMap();
var secretChecker = {
  family: "secret",
  rules: secretRules,
  // Every file kind: a key pasted into a README or an .env.example is as leaked as one in code.
  appliesTo: scansForSecrets,
  async prepare(file) {
    if (file.text.length <= MAX_SCANNED) presetFound.set(file, await scanWithPreset(file.path, file.text));
  },
  check(file) {
    const { path, text } = file;
    if (text.length > MAX_SCANNED) {
      return { findings: [], notes: [`${path}: over ${MAX_SCANNED} characters, not scanned for secrets`] };
    }
    const preset = presetFound.get(file);
    if (!preset) throw new Error("secretlint did not run over this text");
    const doc = { path, text, hits: findSecrets(text, preset) };
    return { findings: runRules(secretRules, doc, () => false), notes: [] };
  }
};

export {
  NO_PREFILTER,
  findSecrets,
  scanWithPreset,
  presetHits,
  secretChecker
};
