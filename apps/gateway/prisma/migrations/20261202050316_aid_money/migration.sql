-- CreateEnum
CREATE TYPE "AidApplicationState" AS ENUM ('SUBMITTED', 'GRASSROOTS_REVIEWED', 'DISTRICT_REVIEWED', 'APPROVED', 'DISBURSED', 'RETURNED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AidLedgerTransactionKind" AS ENUM ('ALLOCATION', 'DISBURSEMENT', 'REVERSAL');

-- CreateEnum
CREATE TYPE "AidLedgerAccountKind" AS ENUM ('UNION_FUNDS', 'BUDGET', 'RECIPIENT');

-- CreateTable
CREATE TABLE "aid_union_program" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "grant_period" TEXT NOT NULL,
    "public_notice_required" BOOLEAN NOT NULL,
    "notice_days" INTEGER NOT NULL,
    "second_approval_above_fen" BIGINT NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_union_program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_budget" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "year" INTEGER NOT NULL,
    "allocated_fen" BIGINT NOT NULL,
    "remaining_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_application" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "member_id" UUID,
    "applicant_name" TEXT NOT NULL,
    "id_number_cipher" TEXT NOT NULL,
    "id_number_index" TEXT NOT NULL,
    "id_number_masked" TEXT NOT NULL,
    "phone_cipher" TEXT,
    "phone_masked" TEXT,
    "household_keys" TEXT[],
    "household_size" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "grant_slot" TEXT,
    "state" "AidApplicationState" NOT NULL DEFAULT 'SUBMITTED',
    "requested_fen" BIGINT NOT NULL,
    "approved_fen" BIGINT,
    "paid_fen" BIGINT NOT NULL DEFAULT 0,
    "explanation" JSONB NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 0,
    "notice_starts_on" DATE,
    "notice_ends_on" DATE,
    "closing_reason" TEXT,
    "consent_given_by" TEXT NOT NULL,
    "consent_given_on" DATE NOT NULL,
    "consent_recorded_by" UUID NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "applicant_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "aid_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_approval" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_application_event" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" "AidApplicationState",
    "to_state" "AidApplicationState" NOT NULL,
    "reason" TEXT,
    "actor_staff_id" UUID NOT NULL,
    "actor_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_disbursement" (
    "id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "payload_hash" TEXT NOT NULL,
    "application_id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_disbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_ledger_transaction" (
    "id" UUID NOT NULL,
    "kind" "AidLedgerTransactionKind" NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "budget_id" UUID NOT NULL,
    "disbursement_id" UUID,
    "reverses_id" UUID,
    "memo" TEXT NOT NULL,
    "staff_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aid_ledger_transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aid_ledger_entry" (
    "id" UUID NOT NULL,
    "transaction_id" UUID NOT NULL,
    "account_kind" "AidLedgerAccountKind" NOT NULL,
    "account_ref" TEXT NOT NULL,
    "amount_fen" BIGINT NOT NULL,

    CONSTRAINT "aid_ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "aid_union_program_lineage_ids_idx" ON "aid_union_program" USING GIN ("lineage_ids");

-- CreateIndex
CREATE UNIQUE INDEX "aid_union_program_organization_id_name_key" ON "aid_union_program"("organization_id", "name");

-- CreateIndex
CREATE INDEX "aid_budget_lineage_ids_idx" ON "aid_budget" USING GIN ("lineage_ids");

-- CreateIndex
CREATE UNIQUE INDEX "aid_budget_program_id_year_key" ON "aid_budget"("program_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "aid_application_grant_slot_key" ON "aid_application"("grant_slot");

-- CreateIndex
CREATE INDEX "aid_application_lineage_ids_idx" ON "aid_application" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "aid_application_household_keys_idx" ON "aid_application" USING GIN ("household_keys");

-- CreateIndex
CREATE INDEX "aid_application_program_id_state_idx" ON "aid_application"("program_id", "state");

-- CreateIndex
CREATE INDEX "aid_application_id_number_index_idx" ON "aid_application"("id_number_index");

-- CreateIndex
CREATE UNIQUE INDEX "aid_approval_application_id_round_staff_id_key" ON "aid_approval"("application_id", "round", "staff_id");

-- CreateIndex
CREATE INDEX "aid_application_event_application_id_created_at_idx" ON "aid_application_event"("application_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "aid_disbursement_idempotency_key_key" ON "aid_disbursement"("idempotency_key");

-- CreateIndex
CREATE INDEX "aid_disbursement_application_id_idx" ON "aid_disbursement"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "aid_ledger_transaction_reverses_id_key" ON "aid_ledger_transaction"("reverses_id");

-- CreateIndex
CREATE INDEX "aid_ledger_transaction_lineage_ids_idx" ON "aid_ledger_transaction" USING GIN ("lineage_ids");

-- CreateIndex
CREATE INDEX "aid_ledger_transaction_budget_id_created_at_idx" ON "aid_ledger_transaction"("budget_id", "created_at");

-- CreateIndex
CREATE INDEX "aid_ledger_entry_transaction_id_idx" ON "aid_ledger_entry"("transaction_id");

-- CreateIndex
CREATE INDEX "aid_ledger_entry_account_kind_account_ref_idx" ON "aid_ledger_entry"("account_kind", "account_ref");

-- AddForeignKey
ALTER TABLE "aid_budget" ADD CONSTRAINT "aid_budget_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "aid_union_program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_application" ADD CONSTRAINT "aid_application_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "aid_union_program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_application" ADD CONSTRAINT "aid_application_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "aid_budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_approval" ADD CONSTRAINT "aid_approval_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "aid_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_application_event" ADD CONSTRAINT "aid_application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "aid_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_disbursement" ADD CONSTRAINT "aid_disbursement_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "aid_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_ledger_transaction" ADD CONSTRAINT "aid_ledger_transaction_disbursement_id_fkey" FOREIGN KEY ("disbursement_id") REFERENCES "aid_disbursement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_ledger_transaction" ADD CONSTRAINT "aid_ledger_transaction_reverses_id_fkey" FOREIGN KEY ("reverses_id") REFERENCES "aid_ledger_transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aid_ledger_entry" ADD CONSTRAINT "aid_ledger_entry_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "aid_ledger_transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express these). See prisma/schema/aid.prisma.

-- A budget never goes below zero nor above what was allocated.
ALTER TABLE "aid_budget" ADD CONSTRAINT "aid_budget_remaining_in_range"
  CHECK ("remaining_fen" >= 0 AND "remaining_fen" <= "allocated_fen");

-- A grant is never paid above its approved amount, and nothing is paid before approval.
ALTER TABLE "aid_application" ADD CONSTRAINT "aid_application_paid_in_range"
  CHECK ("paid_fen" >= 0 AND "paid_fen" <= COALESCE("approved_fen", 0));
ALTER TABLE "aid_application" ADD CONSTRAINT "aid_application_amounts_positive"
  CHECK ("requested_fen" > 0 AND ("approved_fen" IS NULL OR "approved_fen" > 0));

ALTER TABLE "aid_disbursement" ADD CONSTRAINT "aid_disbursement_amount_positive"
  CHECK ("amount_fen" > 0);
ALTER TABLE "aid_ledger_entry" ADD CONSTRAINT "aid_ledger_entry_amount_not_zero"
  CHECK ("amount_fen" <> 0);

-- Append-only: the ledger and the disbursements are never updated nor deleted. PGlite has a
-- single role, so REVOKE cannot be the guard; this trigger is, on PGlite and PostgreSQL alike.
CREATE FUNCTION "aid_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'aid: % is append-only (% refused)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "aid_ledger_transaction_append_only" BEFORE UPDATE OR DELETE ON "aid_ledger_transaction"
  FOR EACH ROW EXECUTE FUNCTION "aid_append_only"();
CREATE TRIGGER "aid_ledger_entry_append_only" BEFORE UPDATE OR DELETE ON "aid_ledger_entry"
  FOR EACH ROW EXECUTE FUNCTION "aid_append_only"();
CREATE TRIGGER "aid_disbursement_append_only" BEFORE UPDATE OR DELETE ON "aid_disbursement"
  FOR EACH ROW EXECUTE FUNCTION "aid_append_only"();

-- Every ledger transaction balances: checked at COMMIT (deferred), once all its entries exist.
CREATE FUNCTION "aid_ledger_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total NUMERIC;
  lines INTEGER;
BEGIN
  SELECT COALESCE(SUM("amount_fen"), 0), COUNT(*) INTO total, lines
    FROM "aid_ledger_entry" WHERE "transaction_id" = NEW."transaction_id";
  IF total <> 0 OR lines < 2 THEN
    RAISE EXCEPTION 'aid: ledger transaction % does not balance (sum %, % entries)',
      NEW."transaction_id", total, lines USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "aid_ledger_entry_balanced" AFTER INSERT ON "aid_ledger_entry"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "aid_ledger_balanced"();
