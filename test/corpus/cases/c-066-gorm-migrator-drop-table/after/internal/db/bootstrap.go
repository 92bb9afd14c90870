package db

import (
	"gorm.io/gorm"

	"example.com/shop/internal/models"
)

func Bootstrap(db *gorm.DB) error {
	if err := db.Migrator().DropTable(&models.User{}); err != nil {
		return err
	}
	return db.AutoMigrate(&models.User{})
}
