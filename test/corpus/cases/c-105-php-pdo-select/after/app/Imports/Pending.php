<?php

namespace App\Imports;

use Illuminate\Support\Facades\DB;

class Pending
{
    public function count(): int
    {
        return (int) DB::select("SELECT count(*) AS c FROM import_rows WHERE status = 'pending'")[0]->c;
    }
}
