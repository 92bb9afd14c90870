import type { TokenShape } from './token-shapes.js';

/**
 * Provider credentials beyond the platforms two-key started with, one row per provider key
 * (the set gitleaks' default rules cover, minus the public identifiers: client ids, publishable
 * keys, and the providers' test-mode keys, which open nothing live). Two kinds of row:
 *
 * - `prefixed`: the key carries a prefix of its own (`dop_v1_`, `glpat-`, `pnu_`): the token alone
 *   says what it is, wherever it is written.
 * - `named`: the key is a bare random string (32 hex digits, a UUID): it is a credential only
 *   where a name that mentions the provider is assigned it (`ALGOLIA_API_KEY=...`,
 *   `"datadogApiKey": "..."`, `twitter_secret: ...`), and only when it has the exact length and
 *   alphabet the provider issues and looks random enough (Shannon entropy per character).
 *
 * To teach two-key a provider, add a row; the prefilter takes its anchors from the row.
 */

/** `prefix...`: a token recognised by its shape alone; `anchors` as TokenShape's. */
function prefixed(provider: string, pattern: RegExp, anchors: string[], entropy?: number): TokenShape {
  return { provider, pattern, anchors, ...(entropy !== undefined ? { entropy } : {}) };
}

/** The assignments and separators a name and its value are written with across languages and config formats. */
const OPERATOR = String.raw`(?:=|>|:{1,3}=|\|\||:|=>|\?=|,|\.=)`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `<name mentioning a keyword> <operator> <value>`: the value (group 1) in quotes or bare, ending
 * the token. Keywords match as written, in upper case and capitalised (`algolia`, `ALGOLIA`,
 * `Algolia`), which is also how the prefilter finds them.
 */
function named(provider: string, keywords: string[], value: string, entropy = 3): TokenShape {
  const spellings = [
    ...new Set(keywords.flatMap((k) => [k, k.toUpperCase(), k.charAt(0).toUpperCase() + k.slice(1)])),
  ].map(escape);
  const pattern = new RegExp(
    String.raw`(?:${spellings.join('|')})[ \t\w.-]{0,20}[\s'"]{0,3}${OPERATOR}[\x60'"\s=]{0,5}(${value})(?=[\x60'"\s;,)]|\\[nr]|$)`,
    'gm',
  );
  return { provider, pattern, anchors: spellings, entropy };
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const AN = 'A-Za-z0-9';

export const PROVIDER_TOKENS: readonly TokenShape[] = [
  // Keys with a prefix of their own.
  prefixed(
    '1Password secret key',
    /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/g,
    ['A3-'],
    3.8,
  ),
  prefixed('1Password service account token', /\bops_eyJ[A-Za-z0-9+/]{250,}={0,3}/g, ['ops_eyJ'], 4),
  prefixed('Adobe client secret', /\bp8e-[A-Za-z0-9]{32}(?![A-Za-z0-9])/g, ['p8e-'], 2),
  prefixed('age secret key', /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g, ['AGE-SECRET-KEY-1']),
  prefixed('Airtable personal access token', /\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b/g, ['pat']),
  prefixed('Alibaba Cloud access key', /\bLTAI[A-Za-z0-9]{20}(?![A-Za-z0-9])/g, ['LTAI'], 2),
  prefixed('Artifactory API key', /\bAKCp[A-Za-z0-9]{69}\b/g, ['AKCp'], 4.5),
  prefixed('Artifactory reference token', /\bcmVmd[A-Za-z0-9]{59}\b/g, ['cmVmd'], 4.5),
  prefixed('Atlassian API token', /\bATATT3[A-Za-z0-9_=-]{186}/g, ['ATATT3']),
  prefixed(
    'Authress service key',
    /\b(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120}/g,
    [String.raw`\.acc_`, String.raw`\.acc-`],
    2,
  ),
  prefixed('AWS access key', /\b(?:A3T[A-Z0-9]|ABIA|ACCA)[A-Z2-7]{16}\b/g, ['A3T', 'ABIA', 'ACCA'], 3),
  prefixed('Amazon Bedrock API key', /\bABSK[A-Za-z0-9+/]{109,269}={0,2}/g, ['ABSK'], 3),
  prefixed('Amazon Bedrock API key', /\bbedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]*/g, [
    'bedrock-api-key-',
  ]),
  prefixed(
    'Azure AD client secret',
    /(?<=^|[\\'"\x60\s>=:(,)])[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34}(?=$|[\\'"\x60\s<),])/gm,
    [String.raw`\dQ`],
    3,
  ),
  prefixed('ClickHouse Cloud API secret', /\b4b1d[A-Za-z0-9]{38}\b/g, ['4b1d'], 3),
  prefixed('Clojars API token', /\bCLOJARS_[a-zA-Z0-9]{60}\b/gi, ['CLOJARS_', 'clojars_'], 2),
  prefixed('Cloudflare origin CA key', /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g, [String.raw`v1\.0-`], 2),
  prefixed('Defined Networking API token', /\bdnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}/g, ['dnkey-']),
  prefixed('DigitalOcean token', /\bdo[opr]_v1_[a-f0-9]{64}\b/g, ['do[opr]_v1_'], 3),
  prefixed('Doppler token', /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g, [String.raw`dp\.`], 2),
  prefixed('Duffel live token', /\bduffel_live_[A-Za-z0-9_=-]{43}/g, ['duffel_live_'], 2),
  prefixed('Dynatrace API token', /\bdt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}\b/g, [String.raw`dt0c01\.`], 4),
  prefixed('EasyPost API key', /\bEZAK[A-Za-z0-9]{54}\b/g, ['EZAK'], 2),
  prefixed('Facebook page access token', /\bEAA[MC][A-Za-z0-9]{100,}/g, ['EAA[MC]'], 4),
  prefixed('Fly.io token', /\bfo1_[\w-]{43}(?![\w-])/g, ['fo1_'], 4),
  prefixed('Frame.io API token', /\bfio-u-[A-Za-z0-9_=-]{64}/g, ['fio-u-']),
  prefixed(
    'GitLab token',
    /\b(?:glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}|gl(?:dt|ffct|ft|soat|rt)-[0-9a-zA-Z_-]{20}|glimt-[0-9a-zA-Z_-]{25}|glagent-[0-9a-zA-Z_-]{50}|gloas-[0-9a-zA-Z_-]{64}|glptt-[0-9a-f]{40}|GR1348941[\w-]{20})(?![\w-])/g,
    ['glcbt-', 'gldt-', 'glffct-', 'glft-', 'glsoat-', 'glrt-', 'glimt-', 'glagent-', 'gloas-', 'glptt-', 'GR1348941'],
    3,
  ),
  prefixed('GitLab runner token', /\bglrt-t\d_[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{9}\b/g, [String.raw`glrt-t\d`], 4),
  prefixed('GitLab session cookie', /_gitlab_session=[0-9a-z]{32}\b/g, ['_gitlab_session='], 3),
  prefixed('Grafana API key', /\beyJrIjoi[A-Za-z0-9]{70,400}={0,3}/g, ['eyJrIjoi'], 3),
  prefixed('Harness API key', /\b(?:pat|sat)\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{20}\b/g, [
    String.raw`pat\.`,
    String.raw`sat\.`,
  ]),
  prefixed(
    'HashiCorp Terraform Cloud token',
    /\b[a-zA-Z0-9]{14}\.atlasv1\.[a-zA-Z0-9_=-]{60,70}/g,
    [String.raw`\.atlasv1\.`],
    3.5,
  ),
  prefixed('Hugging Face organization token', /\bapi_org_[a-zA-Z]{34}\b/g, ['api_org_'], 2),
  prefixed('Infracost API token', /\bico-[a-zA-Z0-9]{32}\b/g, ['ico-'], 3),
  prefixed('42 Intra client secret', /\bs-s4t2(?:ud|af)-[a-fA-F0-9]{64}\b/g, ['s-s4t2'], 3),
  prefixed('MaxMind license key', /\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b/g, ['_mmk'], 4),
  prefixed('New Relic key', /\bNR(?:AK-[A-Za-z0-9]{27}|II-[A-Za-z0-9-]{32})(?![A-Za-z0-9-])/g, ['NRAK-', 'NRII-']),
  prefixed('Octopus Deploy API key', /\bAPI-[A-Z0-9]{26}\b/g, ['API-'], 3),
  prefixed('OpenShift user token', /\bsha256~[\w-]{43}(?![\w-])/g, ['sha256'], 3.5),
  prefixed('Perplexity API key', /\bpplx-[a-zA-Z0-9]{48}\b/g, ['pplx-'], 4),
  prefixed('Plaid access token', new RegExp(String.raw`\baccess-(?:production|development)-${UUID}\b`, 'g'), [
    'access-production-',
    'access-development-',
  ]),
  prefixed('Postman API key', /\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b/g, ['PMAK-'], 3),
  prefixed('Prefect API key', /\bpnu_[a-zA-Z0-9]{36}\b/g, ['pnu_'], 2),
  prefixed('Pulumi access token', /\bpul-[a-f0-9]{40}\b/g, ['pul-'], 2),
  prefixed('PyPI upload token', /\bpypi-AgEIcHlwaS5vcmc[\w-]{50,1000}/g, ['pypi-AgEIcHlwaS5vcmc'], 3),
  prefixed('ReadMe API key', /\brdme_[a-z0-9]{70}\b/g, ['rdme_'], 2),
  prefixed('RubyGems API key', /\brubygems_[a-f0-9]{48}\b/g, ['rubygems_'], 2),
  prefixed('Scalingo API token', /\btk-us-[\w-]{48}(?![\w-])/g, ['tk-us-'], 2),
  prefixed('SendGrid API key', /\bSG\.[A-Za-z0-9=_.-]{66}(?![A-Za-z0-9=_.-])/g, [String.raw`SG\.`], 2),
  prefixed('Brevo (Sendinblue) API key', /\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/g, ['xkeysib-'], 2),
  prefixed('Sentry token', /\bsntry[us]_[A-Za-z0-9+/=_]{64,}/g, ['sntryu_', 'sntrys_'], 3.5),
  prefixed('SettleMint token', /\bsm_(?:aat|pat|sat)_[a-zA-Z0-9]{16}\b/g, ['sm_aat_', 'sm_pat_', 'sm_sat_'], 3),
  prefixed('Shippo live token', /\bshippo_live_[a-fA-F0-9]{40}\b/g, ['shippo_live_'], 2),
  prefixed('Slack configuration token', /\bxoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166}/g, [String.raw`xoxe\.`], 2),
  prefixed('Slack token', /\bxoxe-\d-[A-Za-z0-9]{146}/g, ['xoxe-'], 2),
  prefixed('Slack token', /\bxox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}/g, ['xoxp-', 'xoxe-'], 2),
  prefixed('Slack token', /\bxox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}\b/g, ['xoxa-', 'xoxr-'], 2),
  prefixed(
    'Slack webhook',
    /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56}/gi,
    [String.raw`hooks\.slack\.`, String.raw`HOOKS\.SLACK\.`],
  ),
  prefixed('Sourcegraph access token', /\bsgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}\b/g, ['sgp_'], 3),
  prefixed('Square access token', /\b(?:EAAA|sq0atp-)[\w-]{22,60}(?![\w-])/g, ['EAAA', 'sq0atp-'], 2),
  prefixed('Twilio API key', /\bSK[0-9a-fA-F]{32}\b/g, ['SK'], 3),
  prefixed('Typeform API token', /\btfp_[A-Za-z0-9_.=-]{59}(?![A-Za-z0-9_.=-])/g, ['tfp_']),
  prefixed(
    'Microsoft Teams webhook',
    /https:\/\/[a-z0-9]+\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}/g,
    [String.raw`webhook\.office\.`],
  ),
  prefixed(
    'Sidekiq Enterprise credential',
    /\bhttps?:\/\/[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\.contribsys\.com/gi,
    [String.raw`contribsys\.`],
  ),
  // Bare random keys, recognised by a name that mentions the provider.
  named('Adafruit IO key', ['adafruit'], `[${AN}_-]{32}`),
  named('Airtable API key', ['airtable'], `[${AN}]{17}`),
  named('Algolia API key', ['algolia'], `[${AN}]{32}`),
  named('Alibaba Cloud secret key', ['alibaba'], `[${AN}]{30}`, 2),
  named('Asana client secret', ['asana'], `[${AN}]{32}`),
  named('Atlassian API token', ['atlassian', 'confluence', 'jira'], `[${AN}]{20}[a-fA-F0-9]{4}`, 3.5),
  named('Beamer API key', ['beamer'], `b_[${AN}=_-]{44}`),
  named('Bitbucket client secret', ['bitbucket'], `[${AN}=_-]{64}`),
  named('Bittrex key', ['bittrex'], `[${AN}]{32}`),
  named('Cisco Meraki API key', ['meraki'], '[0-9a-f]{40}'),
  named('Cloudflare API key', ['cloudflare'], `[${AN}_-]{40}|[a-f0-9]{37}`, 2),
  named('Codecov token', ['codecov'], `[${AN}]{32}`),
  named('Cohere API key', ['cohere', 'co_api_key'], `[${AN}]{40}`, 4),
  named('Coinbase token', ['coinbase'], `[${AN}_-]{64}`),
  named('Confluent key', ['confluent'], `[${AN}]{64}|[${AN}]{16}`),
  named('Contentful token', ['contentful'], `[${AN}=_-]{43}`),
  named('Datadog key', ['datadog'], `[${AN}]{40}|[a-f0-9]{32}`),
  named('Discord token', ['discord'], `[a-f0-9]{64}|[${AN}=_-]{32}`, 2),
  named('Drone CI token', ['droneci', 'drone'], `[${AN}]{32}`),
  named('Dropbox token', ['dropbox'], String.raw`sl\.[${AN}=_-]{135}|[${AN}]{11}AAAAAAAAAA[${AN}=_-]{43}|[${AN}]{15}`),
  named('Etsy token', ['etsy'], `[${AN}]{24}`),
  named('Facebook app secret', ['facebook'], '[a-f0-9]{32}'),
  named('Fastly API token', ['fastly'], `[${AN}=_-]{32}`),
  named('Finicity secret', ['finicity'], `[a-f0-9]{32}|[${AN}]{20}`),
  named('Finnhub token', ['finnhub'], `[${AN}]{20}`),
  named('Flickr token', ['flickr'], `[${AN}]{32}`),
  named('FreshBooks token', ['freshbooks'], `[${AN}]{64}`),
  named('Gitter token', ['gitter'], `[${AN}_-]{40}`),
  named('GoCardless live token', ['gocardless'], `live_[${AN}=_-]{40}`),
  named('Heroku API key', ['heroku'], UUID),
  named('HubSpot API key', ['hubspot'], UUID),
  named('Intercom token', ['intercom'], `[${AN}=_-]{60}`),
  named('JFrog key', ['jfrog', 'artifactory', 'bintray', 'xray'], `[${AN}]{73}|[${AN}]{64}`),
  named('Kraken key', ['kraken'], `[${AN}/=_+-]{80,90}`),
  named('KuCoin key', ['kucoin'], `[a-f0-9]{24}|${UUID}`),
  named('LaunchDarkly token', ['launchdarkly'], `[${AN}=_-]{40}`),
  named('Linear client secret', ['linear'], '[a-f0-9]{32}', 2),
  named('LinkedIn client secret', ['linkedin', 'linked_in', 'linked-in'], `[${AN}]{16}`, 2),
  named('Lob live key', ['lob'], 'live_[a-f0-9]{35}'),
  named('Looker client secret', ['looker'], `[${AN}]{24}`),
  named('Mailchimp API key', ['mailchimp'], String.raw`[a-f0-9]{32}-us\d{1,2}`),
  named('Mailgun key', ['mailgun'], 'key-[a-f0-9]{32}|[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
  named('Mattermost token', ['mattermost'], `[${AN}]{26}`),
  named('MessageBird key', ['messagebird', 'message_bird', 'message-bird'], `[${AN}]{25}`),
  named('Netlify token', ['netlify'], `[${AN}=_-]{40,46}`),
  named('New York Times key', ['nytimes', 'newyorktimes'], `[${AN}=_-]{32}`),
  named('Okta token', ['okta'], String.raw`00[\w=-]{40}`, 4),
  named('Plaid secret', ['plaid'], `[${AN}]{30}`, 3.5),
  named('Private AI key', ['privateai', 'private_ai', 'private-ai'], `[${AN}]{32}`),
  named('RapidAPI key', ['rapidapi'], `[${AN}_-]{50}`),
  named('Sendbird token', ['sendbird'], '[a-f0-9]{40}'),
  named('Sentry token', ['sentry'], '[a-f0-9]{64}'),
  named(
    'Sidekiq Enterprise credential',
    ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'],
    '[a-f0-9]{8}:[a-f0-9]{8}',
  ),
  named('Snyk token', ['snyk'], UUID),
  named('SonarQube token', ['sonar'], `(?:squ_|sqp_|sqa_)?[${AN}=_-]{40}`),
  named('Squarespace token', ['squarespace'], UUID),
  named('Sumo Logic key', ['sumo'], `[${AN}]{64}`),
  named('Telegram bot token', ['telegram', 'telegr'], `[0-9]{5,16}:A[${AN}_-]{34}`),
  named('Travis CI token', ['travis'], `[${AN}]{22}`),
  named('Twitch token', ['twitch'], `[${AN}]{30}`),
  named(
    'Twitter credential',
    ['twitter'],
    `A{22}[${AN}%]{80,100}|[0-9]{15,25}-[${AN}]{20,40}|[${AN}]{50}|[${AN}]{45}|[${AN}]{25}`,
  ),
  named('Yandex key', ['yandex'], `t1\\.[${AN}_-]+={0,2}\\.[${AN}_-]{86}={0,2}|AQVN[${AN}_-]{35,38}|YC[${AN}_-]{38}`),
  named('Zendesk key', ['zendesk'], `[${AN}]{40}`),
];
