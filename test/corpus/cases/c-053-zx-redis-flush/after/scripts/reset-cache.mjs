#!/usr/bin/env zx
import 'zx/globals';

const url = process.env.REDIS_URL;
await $`redis-cli -u ${url} FLUSHALL`;
echo('cache reset');
