<?php

namespace Database\Seeders;

use App\Models\Tenant;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\DB;

class DemoTenantSeeder extends Seeder
{
    public function run(): void
    {
        if (app()->environment('local')) {
            DB::table('tenants')->truncate();
        }
        Tenant::factory()->count(5)->create();
    }
}
