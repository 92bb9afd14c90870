package main

import "database/sql"

func purge(db *sql.DB) error {
	_, err := db.Exec("DELETE FROM events")
	return err
}
