-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('NATIONAL_FEDERATION', 'PROVINCIAL_FEDERATION', 'NATIONAL_INDUSTRIAL_UNION', 'CITY_FEDERATION', 'COUNTY_FEDERATION', 'INDUSTRIAL_UNION', 'TOWNSHIP_UNION', 'PARK_UNION', 'JOINT_GRASSROOTS_UNION', 'GRASSROOTS_UNION', 'BRANCH', 'GROUP');

-- CreateEnum
CREATE TYPE "EmployerOwnership" AS ENUM ('STATE', 'PRIVATE', 'FOREIGN', 'COLLECTIVE', 'PUBLIC_INSTITUTION');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "credit_code" CHAR(18),
    "parent_id" UUID,
    "lineage_ids" TEXT[],
    "depth" INTEGER NOT NULL,
    "industry" TEXT,
    "employer_name" TEXT,
    "employer_headcount" INTEGER,
    "ownership" "EmployerOwnership",
    "founded_on" DATE NOT NULL,
    "dissolved_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_credit_code_key" ON "organization"("credit_code");

-- CreateIndex
CREATE INDEX "organization_lineage_ids_idx" ON "organization" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "organization_parent_id_idx" ON "organization"("parent_id");

-- CreateIndex
CREATE INDEX "organization_region_code_idx" ON "organization"("region_code");

-- CreateIndex
CREATE INDEX "organization_kind_idx" ON "organization"("kind");

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

