/**
 * Values that stand in for a credential rather than being one: empty, `changeme`, `<token>`,
 * `${{ secrets.X }}`, `process.env.X`, `xxxx`, `your-token-here`, `replace_me`, `example-key`.
 * A real-shaped token with FAKE or EXAMPLE inside is not a placeholder: a gate cannot tell a
 * leaked key from a made-up one, so only values that are visibly not a key are let through.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["'`]|["'`]$/g, '');
  if (v === '') return true;
  if (/[<>{}]|\$\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$/.test(v)) return true;
  if (/^(process\.env|os\.environ|os\.getenv|ENV\[|env\(|getenv\(|System\.getenv|import\.meta\.env)/.test(v))
    return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3}|…/.test(v)) return true;
  if (/(^|[-_.\s])(your|my)[-_.\s]?[a-z]*[-_.\s]?(key|token|secret|password|pass)/i.test(v)) return true;
  if (
    /change[-_]?me|replace[-_]?me|placeholder|redacted|_here$|-here$|^todo$|^tbd$|^none$|^null$|^undefined$/i.test(v)
  ) {
    return true;
  }
  if (/^(example|sample|dummy|test|fake)([-_][a-z]+)*$/i.test(v)) return true;
  // One character or a short run repeated (`0000000000`, `0123456789abcdef0123456789abcdef`) is padding, not a key.
  if (/^(.{1,16}?)\1+$/.test(v)) return true;
  return false;
}

/** Whether a value looks machine-generated: long enough, no spaces, letters and digits mixed. */
export function looksRandom(value: string, minLength = 16): boolean {
  if (value.length < minLength || /\s/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(value)).length;
  return classes >= 2 && new Set(value).size >= 8;
}

/** Shannon entropy of a value, in bits per character: how evenly its characters are spread. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A provider's test-mode key (`sk_test_…`, EasyPost `EZTK…`, Flutterwave `…_TEST-…`, Plaid
 * `access-sandbox-…`): it reaches only the provider's sandbox, where no real money, mail or
 * customer data is, so committing it leaks nothing live.
 */
export function isTestModeKey(value: string): boolean {
  return /^["'`]?(?:[spr]k_test_|EZTK|FLW(?:SEC|PUB)K_TEST-|duffel_test_|shippo_test_|access-sandbox-|test_(?:pub_)?[a-f0-9]{30,})/.test(
    value,
  );
}
