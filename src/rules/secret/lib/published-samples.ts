/**
 * Credentials that providers print in their own documentation, character for character: the AWS
 * docs' access key pair, Stripe's docs test keys, GitHub's and Slack's docs tokens, the Azurite
 * storage emulator's well-known key, jwt.io's sample token. Anyone can read them, and none of them
 * opens anything. Only these exact values are let through: a key that merely contains EXAMPLE or
 * FAKE is shaped like a real one, and a gate cannot tell which it is.
 */
const SAMPLES: ReadonlyMap<string, string> = new Map([
  ['AKIAIOSFODNN7EXAMPLE', 'AWS documentation'],
  ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AWS documentation'],
  ['AKIAI44QH8DHBEXAMPLE', 'AWS documentation'],
  ['je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'AWS documentation'],
  ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'Stripe documentation'],
  ['pk_test_TYooMQauvdEDq54NiTphI7jx', 'Stripe documentation'],
  ['sk_test_BQokikJOvBiI2HlWgH4olfQ2', 'Stripe documentation'],
  ['pk_test_6pRNASCoBOKtIshFeQd4XMUh', 'Stripe documentation'],
  ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'GitHub documentation'],
  ['xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy', 'Slack documentation'],
  [
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    'Azure Storage emulator (Azurite) documentation',
  ],
  [
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    'jwt.io',
  ],
]);

/** Where a value is published as a sample, when it is exactly one of the documented sample keys. */
export function publishedSample(value: string): string | undefined {
  const source = SAMPLES.get(value.trim().replace(/^["'`]|["'`]$/g, ''));
  return source ? `the sample key published in the ${source}` : undefined;
}
