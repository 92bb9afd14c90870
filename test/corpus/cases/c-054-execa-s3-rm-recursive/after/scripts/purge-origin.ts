import { execa } from 'execa';

const bucket = process.env.ORIGIN_BUCKET ?? 'acme-cdn-origin';

await execa('aws', ['s3', 'rm', `s3://${bucket}`, '--recursive'], { stdio: 'inherit' });
