#!/bin/sh
set -e
python manage.py migrate --no-input
python manage.py flush --no-input
python manage.py loaddata initial_categories
python manage.py collectstatic --no-input
exec gunicorn config.wsgi:application --bind 0.0.0.0:8000 --workers 3
