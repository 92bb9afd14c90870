<?php

namespace App\Jobs;

use App\Models\Upload;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;

class PurgeUploads implements ShouldQueue
{
    use Queueable;

    public function handle(): void
    {
        Upload::all()->each->delete();
    }
}
