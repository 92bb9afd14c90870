//go:build integration

package store

import (
	"context"
	"testing"

	"github.com/testcontainers/testcontainers-go/modules/postgres"
)

func TestStore(t *testing.T) {
	ctx := context.Background()
	pg, err := postgres.Run(ctx, "postgres:16")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pg.Terminate(ctx) })
	db := mustOpen(t, pg.MustConnectionString(ctx))
	t.Cleanup(func() { _, _ = db.Exec("DROP TABLE IF EXISTS widgets") })
	if _, err := db.Exec("CREATE TABLE widgets (id serial primary key, name text)"); err != nil {
		t.Fatal(err)
	}
}
