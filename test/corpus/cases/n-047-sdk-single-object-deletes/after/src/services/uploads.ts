import { S3Client, DeleteObjectCommand } from '@aws-sdk/client-s3';
import { SQSClient, DeleteMessageCommand } from '@aws-sdk/client-sqs';

const s3 = new S3Client({});
const sqs = new SQSClient({});

export async function removeAvatar(userId: string) {
  await s3.send(new DeleteObjectCommand({ Bucket: process.env.UPLOADS_BUCKET, Key: `avatars/${userId}.png` }));
}

export async function ack(queueUrl: string, receiptHandle: string) {
  await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: receiptHandle }));
}
