-- CreateTable
CREATE TABLE "TeamInvite" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    CONSTRAINT "TeamInvite_pkey" PRIMARY KEY ("id")
);
