<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Schema;

class SettingsSeeder extends Seeder
{
    public function run(): void
    {
        Schema::dropIfExists('settings');
        $this->call(DefaultSettingsSeeder::class);
    }
}
