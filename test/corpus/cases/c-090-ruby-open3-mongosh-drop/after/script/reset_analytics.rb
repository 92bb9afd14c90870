require "open3"

url = ENV.fetch("MONGO_URL")
out, status = Open3.capture2("mongosh #{url} --quiet --eval 'db.dropDatabase()'")
abort(out) unless status.success?
