schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "email" {
    type = text
  }
  column "phone" {
    type = text
    null = true
  }
  primary_key {
    columns = [column.id]
  }
}

table "login_attempts" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "user_id" {
    type = bigint
  }
}
