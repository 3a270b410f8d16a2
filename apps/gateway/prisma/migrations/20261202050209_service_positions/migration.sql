-- CreateEnum
CREATE TYPE "ServicePositionKind" AS ENUM ('WORKER_LIBRARY', 'SMART_BOOK_CABINET', 'UNION_STATION', 'OUTDOOR_WORKER_STATION', 'CARING_MOTHER_ROOM', 'SHARED_WORKERS_HOME', 'NEW_WORKER_HOUSING', 'CHILDCARE_STATION');

-- CreateEnum
CREATE TYPE "LibraryLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "ServicePositionStatus" AS ENUM ('OPEN', 'SUSPENDED', 'CLOSED');

-- CreateTable
CREATE TABLE "service_position" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "kind" "ServicePositionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "library_level" "LibraryLevel",
    "region_code" CHAR(6) NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "opening_hours" TEXT NOT NULL,
    "open_24_hours" BOOLEAN NOT NULL,
    "weekly_open_from" INTEGER[],
    "weekly_open_until" INTEGER[],
    "services" TEXT[],
    "capacity" INTEGER,
    "host_name" TEXT,
    "status" "ServicePositionStatus" NOT NULL DEFAULT 'OPEN',
    "imported_from" TEXT,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_position_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_position_lineage_ids_idx" ON "service_position" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "service_position_kind_region_code_idx" ON "service_position"("kind", "region_code");

-- CreateIndex
CREATE INDEX "service_position_region_code_idx" ON "service_position"("region_code");

-- CreateIndex
CREATE INDEX "service_position_latitude_longitude_idx" ON "service_position"("latitude", "longitude");

-- AddForeignKey
ALTER TABLE "service_position" ADD CONSTRAINT "service_position_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
