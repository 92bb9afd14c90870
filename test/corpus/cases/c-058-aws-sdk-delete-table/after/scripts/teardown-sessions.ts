import { DynamoDBClient, DeleteTableCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

await client.send(new DeleteTableCommand({ TableName: 'sessions' }));
