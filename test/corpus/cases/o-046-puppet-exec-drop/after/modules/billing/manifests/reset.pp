class billing::reset {
  exec { 'drop-billing-db':
    command => '/usr/bin/mysql -h billing-db.acme.internal -e "DROP DATABASE billing"',
    path    => ['/usr/bin', '/bin'],
  }
}
