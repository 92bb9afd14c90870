<?php

namespace App\Imports;

use PDO;

class Staging
{
    public function __construct(private PDO $pdo) {}

    public function reset(): void
    {
        $this->pdo->exec('TRUNCATE TABLE import_rows, import_errors');
    }
}
