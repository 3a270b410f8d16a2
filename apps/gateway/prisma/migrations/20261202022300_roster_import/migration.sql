-- CreateEnum
CREATE TYPE "RosterImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "roster_import" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "file_name" TEXT NOT NULL,
    "status" "RosterImportStatus" NOT NULL DEFAULT 'QUEUED',
    "total_rows" INTEGER,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "imported_rows" INTEGER NOT NULL DEFAULT 0,
    "already_member_rows" INTEGER NOT NULL DEFAULT 0,
    "failed_rows" INTEGER NOT NULL DEFAULT 0,
    "failure_message" TEXT,
    "created_by_staff_id" UUID,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "roster_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roster_import_issue" (
    "id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "cells" JSONB,

    CONSTRAINT "roster_import_issue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "roster_import_organization_id_created_at_idx" ON "roster_import"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "roster_import_lineage_ids_idx" ON "roster_import" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "roster_import_issue_import_id_row_number_idx" ON "roster_import_issue"("import_id", "row_number");

-- AddForeignKey
ALTER TABLE "roster_import" ADD CONSTRAINT "roster_import_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster_import_issue" ADD CONSTRAINT "roster_import_issue_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "roster_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
