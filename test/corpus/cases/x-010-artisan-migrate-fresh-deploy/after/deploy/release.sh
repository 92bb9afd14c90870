#!/usr/bin/env bash
set -euo pipefail

composer install --no-dev --optimize-autoloader
php artisan migrate:fresh --force --seed
php artisan config:cache
