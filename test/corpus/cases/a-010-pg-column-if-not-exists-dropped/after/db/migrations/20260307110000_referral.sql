ALTER TABLE users ADD COLUMN IF NOT EXISTS referral_code text;
ALTER TABLE users DROP COLUMN referral_code;
