<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class ResetCaches extends Command
{
    protected $signature = 'caches:reset';

    public function handle(): int
    {
        $host = config('database.redis.default.host');
        shell_exec("redis-cli -h {$host} FLUSHALL");
        return self::SUCCESS;
    }
}
