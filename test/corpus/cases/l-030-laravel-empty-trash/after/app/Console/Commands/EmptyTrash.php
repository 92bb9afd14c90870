<?php

namespace App\Console\Commands;

use App\Models\Comment;
use Illuminate\Console\Command;

class EmptyTrash extends Command
{
    protected $signature = 'comments:empty-trash';

    public function handle(): int
    {
        $count = Comment::onlyTrashed()
            ->where('deleted_at', '<', now()->subDays(30))
            ->forceDelete();
        $this->info("Removed {$count} trashed comments");

        return self::SUCCESS;
    }
}
