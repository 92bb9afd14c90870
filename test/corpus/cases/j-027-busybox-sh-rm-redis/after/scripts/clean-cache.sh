#!/bin/sh
busybox sh -c 'rm -rf /var/lib/redis/*'
