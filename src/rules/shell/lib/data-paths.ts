/** Paths whose removal or overwrite destroys kept data: the shell rules that delete files share them. */

/** Where databases, volumes and backups keep their files, and the paths that hold everything. */
export const DATA_PATH =
  /(^|\/)(var\/lib\/(postgresql|pgsql|mysql|mariadb|mongodb|redis|docker|elasticsearch|clickhouse|cassandra|influxdb|etcd|minio)|pgdata|pg_data|mysql-data|postgres-data|backups?)(\/|$)|^\/(\*)?$|^~\/?\*?$|^\/(home|srv|data|mnt|opt|var)\/?\*?$|\.(sqlite3?|db)$/i;

/**
 * The state a service keeps on its machine: `/var/lib/<service>` (the package managers' caches
 * there excepted), `/data`, and a `data` directory under /srv, /mnt, /opt or /var.
 */
const STATE_PATH =
  /^\/var\/lib\/(?!(apt|dpkg|yum|dnf|rpm|apk|pacman|cloud|dhcp|dhclient|systemd|snapd|ucf|man-db|polkit-1|update-notifier|ureadahead|command-not-found|texmf|locales|pam|sudo|logrotate|private|misc|gems)(\/|$))[^/]+|^\/data(\/|$)|^\/(srv|mnt|opt|var)\/([^/]+\/)*data(\/|$)/i;

/**
 * Where database servers keep their files on Windows, as the readers of PowerShell and batch
 * files write a path (`C:\ProgramData\MySQL\…` -> `/ProgramData/MySQL/…`).
 */
const WINDOWS_STATE_PATH =
  /(^|\/)(ProgramData\/(MySQL|PostgreSQL|MariaDB|MongoDB|Redis|Elastic(search)?|RabbitMQ|CouchDB|Neo4j)|MSSQL\/(DATA|Backup)|SQL ?Data|SQL ?Backups?|PostgreSQL\/[^/]+\/data|MongoDB\/(data|Server\/[^/]+\/data))(\/|$)/i;

/** A data path or a service's state: what `rm` must not remove. */
export function isDataPath(path: string): boolean {
  return DATA_PATH.test(path) || STATE_PATH.test(path) || WINDOWS_STATE_PATH.test(path);
}

/**
 * A whole system tree: removing it takes the machine's configuration, programs, users' homes or
 * logs with it (`rm -rf /etc`, `rm -rf /var/log`). Their subfolders are routine to clean
 * (`/usr/share/dotnet` on a CI runner, `/var/lib/apt/lists`).
 */
export const SYSTEM_TREE = /^\/(etc|usr|boot|bin|sbin|lib|lib64|root|var\/log|var\/lib|usr\/local)\/?\*?$/;

/** `/tmp/../etc` is `/etc`: `.` and `..` resolved in an absolute path, so a detour does not hide the target. */
export function normalised(path: string): string {
  if (!path.startsWith('/') || !/(^|\/)\.\.?(\/|$)/.test(path)) return path;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return '/' + parts.join('/');
}
