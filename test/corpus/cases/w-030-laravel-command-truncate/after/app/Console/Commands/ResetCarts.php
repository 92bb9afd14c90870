<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;

class ResetCarts extends Command
{
    protected $signature = 'carts:reset';

    protected $description = 'Remove abandoned carts';

    public function handle(): int
    {
        DB::table('carts')->truncate();

        return self::SUCCESS;
    }
}
