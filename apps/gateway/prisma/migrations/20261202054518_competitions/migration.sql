-- CreateEnum
CREATE TYPE "CompetitionKind" AS ENUM ('SKILLS', 'LABOUR_PROJECT', 'SAFETY_KNOWLEDGE', 'INNOVATION');

-- CreateEnum
CREATE TYPE "CompetitionClass" AS ENUM ('CITY_CLASS_ONE', 'CITY_CLASS_TWO', 'DISTRICT', 'INDUSTRY', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "CompetitionStageKind" AS ENUM ('PRELIMINARY', 'SEMIFINAL', 'FINAL', 'PERIOD');

-- CreateEnum
CREATE TYPE "CompetitionEntryMode" AS ENUM ('INDIVIDUAL', 'TEAM');

-- CreateEnum
CREATE TYPE "CompetitionStageState" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CompetitionAppealState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "competition" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "name" TEXT NOT NULL,
    "kind" "CompetitionKind" NOT NULL,
    "competition_class" "CompetitionClass" NOT NULL,
    "trade" TEXT,
    "co_organizers" TEXT[],
    "entry_mode" "CompetitionEntryMode" NOT NULL,
    "year" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "description" TEXT,
    "eligibility" JSONB NOT NULL,
    "award_scheme" JSONB NOT NULL,
    "trim_from_judges" INTEGER,
    "labour_weights" JSONB,
    "results_published_at" TIMESTAMPTZ(3),
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_stage" (
    "id" UUID NOT NULL,
    "competition_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "CompetitionStageKind" NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" JSONB NOT NULL,
    "state" "CompetitionStageState" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_stage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_entry" (
    "id" UUID NOT NULL,
    "competition_id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "member_id" UUID,
    "public_name" TEXT NOT NULL,
    "team_member_names" TEXT[],
    "birth_date" DATE,
    "skill_level" TEXT,
    "bib_number" INTEGER NOT NULL,
    "eligible" BOOLEAN NOT NULL,
    "eligibility_reasons" JSONB NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_judge" (
    "id" UUID NOT NULL,
    "competition_id" UUID NOT NULL,
    "staff_account_id" UUID NOT NULL,
    "display_name" TEXT NOT NULL,
    "employer_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_judge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_judge_aspect" (
    "id" UUID NOT NULL,
    "judge_id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "aspect_code" TEXT NOT NULL,

    CONSTRAINT "competition_judge_aspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_score" (
    "id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "judge_id" UUID NOT NULL,
    "aspect_code" TEXT NOT NULL,
    "centi" INTEGER NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_at" TIMESTAMPTZ(3),

    CONSTRAINT "competition_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_time" (
    "id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "seconds" INTEGER NOT NULL,

    CONSTRAINT "competition_time_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_appeal" (
    "id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "score_id" UUID NOT NULL,
    "aspect_code" TEXT NOT NULL,
    "from_centi" INTEGER NOT NULL,
    "to_centi" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "CompetitionAppealState" NOT NULL DEFAULT 'PENDING',
    "raised_by_staff_id" UUID NOT NULL,
    "raised_by_name" TEXT NOT NULL,
    "decided_by_staff_id" UUID,
    "decided_by_name" TEXT,
    "decision_note" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_labour_score" (
    "id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "scores" JSONB NOT NULL,
    "submitted_by_staff_id" UUID NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_labour_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_result" (
    "id" UUID NOT NULL,
    "competition_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "rank" INTEGER,
    "total_centi" INTEGER,
    "practical_centi" INTEGER,
    "award" TEXT,

    CONSTRAINT "competition_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_promotion" (
    "id" UUID NOT NULL,
    "competition_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "from_level" TEXT,
    "to_level" TEXT NOT NULL,
    "technical_expert" BOOLEAN NOT NULL,
    "recommended" BOOLEAN NOT NULL,
    "year_slot" TEXT,
    "basis" TEXT NOT NULL,
    "superseded_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_promotion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "competition_lineage_ids_idx" ON "competition" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "competition_organization_id_year_idx" ON "competition"("organization_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "competition_stage_competition_id_position_key" ON "competition_stage"("competition_id", "position");

-- CreateIndex
CREATE INDEX "competition_entry_lineage_ids_idx" ON "competition_entry" USING GIN ("lineage_ids");

-- CreateIndex
CREATE UNIQUE INDEX "competition_entry_competition_id_bib_number_key" ON "competition_entry"("competition_id", "bib_number");

-- CreateIndex
CREATE UNIQUE INDEX "competition_entry_competition_id_member_id_key" ON "competition_entry"("competition_id", "member_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_judge_competition_id_staff_account_id_key" ON "competition_judge"("competition_id", "staff_account_id");

-- CreateIndex
CREATE INDEX "competition_judge_aspect_stage_id_aspect_code_idx" ON "competition_judge_aspect"("stage_id", "aspect_code");

-- CreateIndex
CREATE UNIQUE INDEX "competition_judge_aspect_judge_id_stage_id_aspect_code_key" ON "competition_judge_aspect"("judge_id", "stage_id", "aspect_code");

-- CreateIndex
CREATE INDEX "competition_score_stage_id_idx" ON "competition_score"("stage_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_score_stage_id_entry_id_aspect_code_judge_id_key" ON "competition_score"("stage_id", "entry_id", "aspect_code", "judge_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_time_stage_id_entry_id_key" ON "competition_time"("stage_id", "entry_id");

-- CreateIndex
CREATE INDEX "competition_appeal_stage_id_state_idx" ON "competition_appeal"("stage_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "competition_labour_score_stage_id_entry_id_key" ON "competition_labour_score"("stage_id", "entry_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_result_competition_id_entry_id_key" ON "competition_result"("competition_id", "entry_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_promotion_year_slot_key" ON "competition_promotion"("year_slot");

-- CreateIndex
CREATE INDEX "competition_promotion_member_id_year_idx" ON "competition_promotion"("member_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "competition_promotion_competition_id_entry_id_key" ON "competition_promotion"("competition_id", "entry_id");

-- AddForeignKey
ALTER TABLE "competition" ADD CONSTRAINT "competition_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_stage" ADD CONSTRAINT "competition_stage_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_entry" ADD CONSTRAINT "competition_entry_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_entry" ADD CONSTRAINT "competition_entry_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_entry" ADD CONSTRAINT "competition_entry_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_judge" ADD CONSTRAINT "competition_judge_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_judge" ADD CONSTRAINT "competition_judge_staff_account_id_fkey" FOREIGN KEY ("staff_account_id") REFERENCES "staff_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_judge" ADD CONSTRAINT "competition_judge_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_judge_aspect" ADD CONSTRAINT "competition_judge_aspect_judge_id_fkey" FOREIGN KEY ("judge_id") REFERENCES "competition_judge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_judge_aspect" ADD CONSTRAINT "competition_judge_aspect_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "competition_stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_score" ADD CONSTRAINT "competition_score_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "competition_stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_score" ADD CONSTRAINT "competition_score_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_score" ADD CONSTRAINT "competition_score_judge_id_fkey" FOREIGN KEY ("judge_id") REFERENCES "competition_judge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_time" ADD CONSTRAINT "competition_time_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "competition_stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_time" ADD CONSTRAINT "competition_time_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_appeal" ADD CONSTRAINT "competition_appeal_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "competition_stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_appeal" ADD CONSTRAINT "competition_appeal_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_labour_score" ADD CONSTRAINT "competition_labour_score_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "competition_stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_labour_score" ADD CONSTRAINT "competition_labour_score_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_result" ADD CONSTRAINT "competition_result_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_result" ADD CONSTRAINT "competition_result_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_promotion" ADD CONSTRAINT "competition_promotion_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_promotion" ADD CONSTRAINT "competition_promotion_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
