schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "email" {
    type = text
  }
  primary_key {
    columns = [column.id]
  }
}
