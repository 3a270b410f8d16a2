-- CreateEnum
CREATE TYPE "StudioLevel" AS ENUM ('NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "StudioStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'DELISTED');

-- CreateEnum
CREATE TYPE "SkillLevel" AS ENUM ('JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN', 'CHIEF_TECHNICIAN');

-- CreateEnum
CREATE TYPE "StarRatingChange" AS ENUM ('INITIAL', 'UPGRADE', 'UNCHANGED', 'DOWNGRADE');

-- CreateEnum
CREATE TYPE "AllianceKind" AS ENUM ('CROSS_REGION', 'CROSS_INDUSTRY', 'CROSS_EMPLOYER');

-- CreateEnum
CREATE TYPE "InnovationResultType" AS ENUM ('SMALL_INVENTION', 'SMALL_CREATION', 'SMALL_INNOVATION', 'SMALL_DESIGN', 'SMALL_SUGGESTION', 'INVENTION_PATENT', 'UTILITY_MODEL_PATENT', 'DESIGN_PATENT', 'RATIONALISATION_PROPOSAL', 'TECHNICAL_BREAKTHROUGH');

-- CreateEnum
CREATE TYPE "ConversionState" AS ENUM ('REGISTERED', 'ASSESSED', 'PROMOTED', 'IN_CONVERSION', 'RETURNS_SECURED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "ConversionMove" AS ENUM ('ASSESS', 'PROMOTE', 'START_CONVERSION', 'SECURE_RETURNS', 'ABANDON');

-- CreateTable
CREATE TABLE "innovation_studio" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "name" TEXT NOT NULL,
    "level" "StudioLevel" NOT NULL,
    "status" "StudioStatus" NOT NULL DEFAULT 'ACTIVE',
    "status_since" DATE NOT NULL,
    "host_employer_name" TEXT NOT NULL,
    "industry_chain" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "founded_on" DATE NOT NULL,
    "description" TEXT,
    "lead_name" TEXT NOT NULL,
    "lead_honor_codes" TEXT[],
    "lead_skill_level" "SkillLevel",
    "stars" INTEGER,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "innovation_studio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_studio_member" (
    "id" UUID NOT NULL,
    "studio_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,

    CONSTRAINT "innovation_studio_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_studio_rating" (
    "id" UUID NOT NULL,
    "studio_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "evaluated_on" DATE NOT NULL,
    "measures" JSONB NOT NULL,
    "breakdown" JSONB NOT NULL,
    "score_hundredths" INTEGER NOT NULL,
    "stars" INTEGER NOT NULL,
    "previous_stars" INTEGER,
    "change" "StarRatingChange" NOT NULL,
    "explanation" TEXT NOT NULL,
    "evaluated_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "innovation_studio_rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_studio_status_change" (
    "id" UUID NOT NULL,
    "studio_id" UUID NOT NULL,
    "from_status" "StudioStatus" NOT NULL,
    "to_status" "StudioStatus" NOT NULL,
    "changed_on" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "innovation_studio_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_alliance" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "name" TEXT NOT NULL,
    "kind" "AllianceKind" NOT NULL,
    "founded_on" DATE NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "innovation_alliance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_alliance_membership" (
    "id" UUID NOT NULL,
    "alliance_id" UUID NOT NULL,
    "studio_id" UUID NOT NULL,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,

    CONSTRAINT "innovation_alliance_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_result" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "studio_id" UUID,
    "title" TEXT NOT NULL,
    "type" "InnovationResultType" NOT NULL,
    "patent_number" TEXT,
    "team" TEXT[],
    "year" INTEGER NOT NULL,
    "economic_benefit_fen" BIGINT NOT NULL,
    "awards" TEXT[],
    "summary" TEXT,
    "conversion_state" "ConversionState" NOT NULL DEFAULT 'REGISTERED',
    "conversion_moved_on" DATE,
    "returns_fen" BIGINT,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "innovation_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_conversion_step" (
    "id" UUID NOT NULL,
    "result_id" UUID NOT NULL,
    "move" "ConversionMove" NOT NULL,
    "from_state" "ConversionState" NOT NULL,
    "to_state" "ConversionState" NOT NULL,
    "moved_on" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "returns_fen" BIGINT,
    "staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "innovation_conversion_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_enterprise" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "year" INTEGER NOT NULL,
    "enterprise_name" TEXT NOT NULL,
    "selected_on" DATE NOT NULL,
    "staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "innovation_enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "innovation_studio_lineage_ids_idx" ON "innovation_studio" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "innovation_studio_level_stars_idx" ON "innovation_studio"("level", "stars");

-- CreateIndex
CREATE INDEX "innovation_studio_member_studio_id_idx" ON "innovation_studio_member"("studio_id");

-- CreateIndex
CREATE UNIQUE INDEX "innovation_studio_rating_studio_id_year_key" ON "innovation_studio_rating"("studio_id", "year");

-- CreateIndex
CREATE INDEX "innovation_studio_status_change_studio_id_changed_on_idx" ON "innovation_studio_status_change"("studio_id", "changed_on");

-- CreateIndex
CREATE INDEX "innovation_alliance_lineage_ids_idx" ON "innovation_alliance" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "innovation_alliance_membership_alliance_id_studio_id_idx" ON "innovation_alliance_membership"("alliance_id", "studio_id");

-- CreateIndex
CREATE INDEX "innovation_alliance_membership_studio_id_idx" ON "innovation_alliance_membership"("studio_id");

-- CreateIndex
CREATE INDEX "innovation_result_lineage_ids_idx" ON "innovation_result" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "innovation_result_type_year_idx" ON "innovation_result"("type", "year");

-- CreateIndex
CREATE INDEX "innovation_result_studio_id_idx" ON "innovation_result"("studio_id");

-- CreateIndex
CREATE INDEX "innovation_conversion_step_result_id_moved_on_idx" ON "innovation_conversion_step"("result_id", "moved_on");

-- CreateIndex
CREATE INDEX "innovation_enterprise_lineage_ids_idx" ON "innovation_enterprise" USING GIN ("lineage_ids");

-- CreateIndex
CREATE UNIQUE INDEX "innovation_enterprise_organization_id_year_enterprise_name_key" ON "innovation_enterprise"("organization_id", "year", "enterprise_name");

-- AddForeignKey
ALTER TABLE "innovation_studio_member" ADD CONSTRAINT "innovation_studio_member_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "innovation_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_studio_rating" ADD CONSTRAINT "innovation_studio_rating_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "innovation_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_studio_status_change" ADD CONSTRAINT "innovation_studio_status_change_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "innovation_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_alliance_membership" ADD CONSTRAINT "innovation_alliance_membership_alliance_id_fkey" FOREIGN KEY ("alliance_id") REFERENCES "innovation_alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_alliance_membership" ADD CONSTRAINT "innovation_alliance_membership_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "innovation_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_result" ADD CONSTRAINT "innovation_result_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "innovation_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_conversion_step" ADD CONSTRAINT "innovation_conversion_step_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "innovation_result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
