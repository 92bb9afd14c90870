nginx:
  pkg.installed: []
  service.running:
    - enable: true

reload-nginx:
  cmd.run:
    - name: systemctl reload nginx
