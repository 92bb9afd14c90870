-- atlas:nolint destructive
DROP TABLE "pets";
