package store

import "gorm.io/gorm"

// ClearSessions is called from main() before the server starts.
func ClearSessions(db *gorm.DB) error {
	return db.Where("1 = 1").Delete(&Session{}).Error
}
