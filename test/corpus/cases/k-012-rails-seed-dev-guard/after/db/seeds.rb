# Development seed data. `bin/rails db:seed` in other environments only creates the admin.
if Rails.env.development?
  Comment.delete_all
  Post.delete_all
  User.where.not(email: "admin@example.com").delete_all

  10.times do |i|
    user = User.create!(email: "user#{i}@example.com", name: "User #{i}")
    3.times { |j| user.posts.create!(title: "Post #{j}", body: "Hello") }
  end
end

User.find_or_create_by!(email: "admin@example.com") { |u| u.name = "Admin"; u.admin = true }
