#!/usr/bin/env bash
set -euo pipefail

composer install --no-dev
php artisan migrate --force
php artisan migrate:fresh --env=testing
php artisan migrate:fresh --pretend
