if Rails.env.development?
  puts "Resetting demo data"
  Comment.delete_all
  Post.delete_all
  User.where(email: /@example\.com\z/).destroy_all
end

admin = User.find_or_create_by!(email: "admin@example.com") do |u|
  u.password = "password"
end
5.times { |i| Post.find_or_create_by!(title: "Demo post #{i}", author: admin) }
