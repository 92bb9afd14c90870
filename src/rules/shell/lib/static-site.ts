import { DYNAMIC } from '../../../parsers/shell/commands.js';
import { programOf, type DocumentCommand, type ShellDocument } from './document.js';

/** The folders static-site generators and bundlers write a site to. */
const BUILD_OUTPUT = /^(dist|build|out|public|_site|site|www|html|storybook-static|_build|\.output)$/i;
/** A bucket named as a website's host (`docs.acme.dev`): S3 serves a site under a custom domain from such a bucket. */
const HOST_BUCKET = /^s3:\/\/([a-z0-9-]+\.)+[a-z]{2,24}\/?$/i;

/**
 * Why `aws s3 sync <dir> s3://bucket --delete` is a static site deploy: the source is a build
 * output folder of the repository (`site/dist`, `public`), generated from the change itself and
 * rebuilt on the next deploy, and the bucket is a website's, by its host name (`s3://docs.acme.dev`)
 * or because the same file invalidates a CloudFront distribution. A source outside the build
 * outputs, a computed one, or a bucket with neither sign still blocks: a sync of the wrong folder
 * onto a data bucket deletes what nothing rebuilds.
 */
export function staticSiteDeployReason(operands: readonly string[], doc: ShellDocument): string | undefined {
  const [source, target] = operands.slice(-2);
  if (source === undefined || target === undefined || source.includes(DYNAMIC) || target.includes(DYNAMIC))
    return undefined;
  if (/^[a-z0-9]+:\/\//i.test(source)) return undefined;
  const folder = source.replace(/\/+$/, '').split('/').at(-1) ?? '';
  if (!BUILD_OUTPUT.test(folder)) return undefined;
  const website = HOST_BUCKET.test(target)
    ? `the bucket is named as the site's host`
    : doc.commands.some(invalidatesCdn)
      ? 'the same file invalidates its CloudFront distribution'
      : undefined;
  if (website === undefined) return undefined;
  return `static site deploy: ${source} is a build output of the repository and ${website}; what --delete removes the next build puts back`;
}

function invalidatesCdn(command: DocumentCommand): boolean {
  if (programOf(command) !== 'aws') return false;
  const i = command.argv.indexOf('cloudfront');
  return i > 0 && command.argv[i + 1] === 'create-invalidation';
}
