class SignupsReport
  def rows
    ActiveRecord::Base.connection.select_all(
      "SELECT date_trunc('month', created_at) AS month, count(*) FROM users GROUP BY 1 ORDER BY 1"
    )
  end
end
