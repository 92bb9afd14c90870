<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;

class ResetCarts extends Command
{
    protected $signature = 'carts:prune';

    protected $description = 'Remove abandoned carts';

    public function handle(): int
    {
        DB::table('carts')->where('updated_at', '<', now()->subDays(30))->delete();

        return self::SUCCESS;
    }
}
