#!/usr/bin/env bash
screen -dmS clear bash -c 'redis-cli -h sessions.internal FLUSHALL'
