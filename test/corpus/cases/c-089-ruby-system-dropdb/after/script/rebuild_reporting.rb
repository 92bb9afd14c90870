#!/usr/bin/env ruby
db = ENV.fetch("REPORTING_DB", "reporting")
system("dropdb", "--if-exists", db) or abort("dropdb failed")
system("createdb", db) or abort("createdb failed")
