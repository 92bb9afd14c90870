import { DeleteObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { redis } from "../cache";
import { users } from "../users/repo";

const s3 = new S3Client({});

export async function uploadAvatar(userId: string, body: Buffer, contentType: string) {
  const key = `avatars/${userId}/${Date.now()}`;
  await s3.send(new PutObjectCommand({ Bucket: process.env.MEDIA_BUCKET, Key: key, Body: body, ContentType: contentType }));
  const previous = await users.setAvatarKey(userId, key);
  if (previous) {
    await s3.send(new DeleteObjectCommand({ Bucket: process.env.MEDIA_BUCKET, Key: previous }));
  }
  await redis.del(`profile:${userId}`);
  return key;
}
