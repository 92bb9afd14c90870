#!/bin/sh
(crontab -l 2>/dev/null; echo "30 2 * * * rm -rf /srv/app/data/uploads") | crontab -
