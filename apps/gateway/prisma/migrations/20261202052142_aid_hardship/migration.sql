-- CreateEnum
CREATE TYPE "HardshipCategory" AS ENUM ('DEEP', 'ACCIDENT', 'RELATIVE', 'NONE');

-- CreateEnum
CREATE TYPE "HardshipFileState" AS ENUM ('ACTIVE', 'EXITED');

-- CreateEnum
CREATE TYPE "HardshipFileEventType" AS ENUM ('REGISTERED', 'UPDATED', 'REVIEWED', 'EXITED', 'REENTERED');

-- CreateTable
CREATE TABLE "aid_rule_set" (
    "id" UUID NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "region_name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "parameters" JSONB NOT NULL,
    "source" TEXT,
    "change_note" TEXT,
    "created_by_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_rule_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hardship_file" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "worker_name" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "state" "HardshipFileState" NOT NULL DEFAULT 'ACTIVE',
    "category" "HardshipCategory" NOT NULL,
    "causes" TEXT[],
    "is_model_worker" BOOLEAN NOT NULL,
    "household_size" INTEGER NOT NULL,
    "household_cipher" TEXT NOT NULL,
    "assessment_cipher" TEXT NOT NULL,
    "rule_version" TEXT NOT NULL,
    "assessed_on" DATE NOT NULL,
    "registered_on" DATE NOT NULL,
    "last_reviewed_on" DATE NOT NULL,
    "next_review_due" DATE NOT NULL,
    "exited_on" DATE,
    "exit_reason" TEXT,
    "exit_note" TEXT,
    "consent_given_by" TEXT NOT NULL,
    "consent_given_on" DATE NOT NULL,
    "consent_recorded_by" UUID NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "hardship_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hardship_file_event" (
    "id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "type" "HardshipFileEventType" NOT NULL,
    "date" DATE NOT NULL,
    "from_category" "HardshipCategory",
    "to_category" "HardshipCategory",
    "rule_version" TEXT,
    "assessment_cipher" TEXT,
    "exit_reason" TEXT,
    "note" TEXT,
    "actor_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hardship_file_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "aid_rule_set_region_code_version_key" ON "aid_rule_set"("region_code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "hardship_file_member_id_key" ON "hardship_file"("member_id");

-- CreateIndex
CREATE INDEX "hardship_file_lineage_ids_idx" ON "hardship_file" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "hardship_file_state_next_review_due_idx" ON "hardship_file"("state", "next_review_due");

-- CreateIndex
CREATE INDEX "hardship_file_event_file_id_created_at_idx" ON "hardship_file_event"("file_id", "created_at");

-- CreateIndex
CREATE INDEX "hardship_file_event_lineage_ids_idx" ON "hardship_file_event" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "hardship_file_event_type_date_idx" ON "hardship_file_event"("type", "date");

-- AddForeignKey
ALTER TABLE "hardship_file_event" ADD CONSTRAINT "hardship_file_event_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rule sets are append-only: an edit is a new version, never a change to an old one, so a
-- decision that recorded the version it used can always be recomputed.
CREATE FUNCTION "aid_rule_set_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'aid_rule_set is append-only: store a new version instead';
END;
$$;

CREATE TRIGGER "aid_rule_set_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "aid_rule_set"
  FOR EACH ROW EXECUTE FUNCTION "aid_rule_set_is_append_only"();
