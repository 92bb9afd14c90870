import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TableName = process.env.TABLE_NAME ?? 'bookings';

async function main() {
  const { Items = [] } = await doc.send(new ScanCommand({ TableName }));
  for (let i = 0; i < Items.length; i += 25) {
    const chunk = Items.slice(i, i + 25);
    await doc.send(
      new BatchWriteCommand({
        RequestItems: { [TableName]: chunk.map((item) => ({ DeleteRequest: { Key: { id: item.id } } })) },
      }),
    );
  }
}

main();
