-- CreateEnum
CREATE TYPE "HonorLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "HonorSubject" AS ENUM ('PERSON', 'COLLECTIVE', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "NominationState" AS ENUM ('DRAFT', 'SUBMITTED', 'QUALIFIED', 'PUBLIC_NOTICE', 'APPROVED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN', 'REVOKED');

-- CreateEnum
CREATE TYPE "ObjectionState" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateTable
CREATE TABLE "honor_campaign" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "name" TEXT NOT NULL,
    "title_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quota_rules" JSONB NOT NULL,
    "nomination_deadline" DATE NOT NULL,
    "notice_working_days" INTEGER NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "honor_campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honor_nomination" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "member_id" UUID,
    "subject" "HonorSubject" NOT NULL,
    "name" TEXT NOT NULL,
    "sex" "Sex",
    "employer_name" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "industry" TEXT,
    "photo_url" TEXT,
    "citation" TEXT NOT NULL,
    "categories" TEXT[],
    "state" "NominationState" NOT NULL DEFAULT 'DRAFT',
    "nominated_by_staff_id" UUID NOT NULL,
    "submitted_by_staff_id" UUID,
    "notice_starts_on" DATE,
    "notice_ends_on" DATE,
    "closing_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "honor_nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honor_objection" (
    "id" UUID NOT NULL,
    "nomination_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" "ObjectionState" NOT NULL DEFAULT 'OPEN',
    "finding" TEXT,
    "resolved_by_staff_id" UUID,
    "resolved_on" DATE,

    CONSTRAINT "honor_objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honor_consent" (
    "id" UUID NOT NULL,
    "nomination_id" UUID NOT NULL,
    "given_by" TEXT NOT NULL,
    "given_on" DATE NOT NULL,
    "scopes" TEXT[],
    "recorded_by_staff_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_on" DATE,

    CONSTRAINT "honor_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honor_award" (
    "id" UUID NOT NULL,
    "nomination_id" UUID,
    "campaign_id" UUID,
    "lineage_ids" TEXT[],
    "title_code" TEXT NOT NULL,
    "title_name" TEXT NOT NULL,
    "level" "HonorLevel" NOT NULL,
    "subject" "HonorSubject" NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "employer_name" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "industry" TEXT,
    "citation" TEXT NOT NULL,
    "photo_url" TEXT,
    "public_scopes" TEXT[],
    "certificate_code" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" TEXT,

    CONSTRAINT "honor_award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honor_nomination_event" (
    "id" UUID NOT NULL,
    "nomination_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" "NominationState",
    "to_state" "NominationState" NOT NULL,
    "reason" TEXT,
    "actor_staff_id" UUID,
    "actor_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honor_nomination_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "honor_campaign_lineage_ids_idx" ON "honor_campaign" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "honor_campaign_organization_id_year_idx" ON "honor_campaign"("organization_id", "year");

-- CreateIndex
CREATE INDEX "honor_nomination_campaign_id_state_idx" ON "honor_nomination"("campaign_id", "state");

-- CreateIndex
CREATE INDEX "honor_nomination_lineage_ids_idx" ON "honor_nomination" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "honor_nomination_state_notice_ends_on_idx" ON "honor_nomination"("state", "notice_ends_on");

-- CreateIndex
CREATE INDEX "honor_objection_nomination_id_idx" ON "honor_objection"("nomination_id");

-- CreateIndex
CREATE INDEX "honor_consent_nomination_id_recorded_at_idx" ON "honor_consent"("nomination_id", "recorded_at");

-- CreateIndex
CREATE UNIQUE INDEX "honor_award_nomination_id_key" ON "honor_award"("nomination_id");

-- CreateIndex
CREATE UNIQUE INDEX "honor_award_certificate_code_key" ON "honor_award"("certificate_code");

-- CreateIndex
CREATE INDEX "honor_award_year_level_idx" ON "honor_award"("year", "level");

-- CreateIndex
CREATE INDEX "honor_award_region_code_idx" ON "honor_award"("region_code");

-- CreateIndex
CREATE INDEX "honor_award_lineage_ids_idx" ON "honor_award" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "honor_nomination_event_nomination_id_created_at_idx" ON "honor_nomination_event"("nomination_id", "created_at");

-- AddForeignKey
ALTER TABLE "honor_campaign" ADD CONSTRAINT "honor_campaign_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_nomination" ADD CONSTRAINT "honor_nomination_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "honor_campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_nomination" ADD CONSTRAINT "honor_nomination_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_nomination" ADD CONSTRAINT "honor_nomination_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_objection" ADD CONSTRAINT "honor_objection_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_consent" ADD CONSTRAINT "honor_consent_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_award" ADD CONSTRAINT "honor_award_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_award" ADD CONSTRAINT "honor_award_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "honor_campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honor_nomination_event" ADD CONSTRAINT "honor_nomination_event_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
