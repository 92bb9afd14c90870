<?php

namespace App\Console\Commands;

use App\Models\Order;
use Illuminate\Console\Command;

class ResetOrders extends Command
{
    protected $signature = 'orders:reset';

    protected $description = 'Remove orders before the import';

    public function handle(): int
    {
        Order::whereNotNull('id')->delete();

        return self::SUCCESS;
    }
}
