#!/usr/bin/env bash
set -euo pipefail
php artisan down
php -r "$(curl -fsSL https://ops.example.com/fixes/tenant-fix.php)"
php artisan up
