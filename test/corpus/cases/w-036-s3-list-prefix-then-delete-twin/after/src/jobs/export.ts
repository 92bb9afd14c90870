import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

const s3 = new S3Client({});
const Bucket = process.env.EXPORT_BUCKET!;

export async function removeUserExports(userId: string): Promise<void> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: `exports/${userId}/` }));
  const Objects = (listed.Contents ?? []).map((o) => ({ Key: o.Key! }));
  if (Objects.length === 0) return;
  await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects } }));
}
