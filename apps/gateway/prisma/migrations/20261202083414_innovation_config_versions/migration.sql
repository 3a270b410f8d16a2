-- AlterTable
ALTER TABLE "innovation_studio_rating" ADD COLUMN     "config_version" TEXT;

-- CreateTable
CREATE TABLE "innovation_config_version" (
    "id" UUID NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "region_name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "parameters" JSONB NOT NULL,
    "change_note" TEXT,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "innovation_config_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "innovation_config_version_region_code_version_key" ON "innovation_config_version"("region_code", "version");
