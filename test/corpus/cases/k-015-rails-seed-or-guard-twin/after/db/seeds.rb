# Demo data. Set RESET_DATA=1 to rebuild it from scratch.
if Rails.env.development? || ENV["RESET_DATA"].present?
  Comment.delete_all
  Post.delete_all
end

User.find_or_create_by!(email: "admin@example.com") { |u| u.name = "Admin" }
