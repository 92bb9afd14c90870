-- name: GetAuthor :one
SELECT * FROM authors WHERE id = $1 LIMIT 1;

-- name: DeleteAuthor :exec
DELETE FROM authors WHERE id = $1;

-- name: UpdateAuthorBio :exec
UPDATE authors SET bio = $2 WHERE id = $1;
