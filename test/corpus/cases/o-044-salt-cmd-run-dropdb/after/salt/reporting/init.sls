postgresql-client:
  pkg.installed

reporting-db-reset:
  cmd.run:
    - name: dropdb --if-exists -h reporting.db.acme.internal reporting
    - runas: postgres
