#!/usr/bin/env bash
set -euo pipefail
cd /home/forge/app.acme-billing.com
git pull origin "$FORGE_SITE_BRANCH"
$FORGE_COMPOSER install --no-dev --no-interaction --prefer-dist --optimize-autoloader
( flock -w 10 9 || exit 1
    echo 'Restarting FPM...'; sudo -S service $FORGE_PHP_FPM reload ) 9>/tmp/fpmlock
if [ -f artisan ]; then
    # schema drifted after the hotfix, rebuild it from migrations
    php artisan migrate:fresh --force
    $FORGE_PHP artisan db:seed --class=ReferenceDataSeeder --force
    $FORGE_PHP artisan config:cache
fi
