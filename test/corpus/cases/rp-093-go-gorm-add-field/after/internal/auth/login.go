package auth

import (
	"time"

	"gorm.io/gorm"

	"example.com/app/internal/models"
)

func RecordLogin(db *gorm.DB, userID uint) error {
	now := time.Now()
	return db.Model(&models.User{}).Where("id = ?", userID).Update("last_login_at", &now).Error
}
