-- AlterTable
ALTER TABLE "aid_application" ADD COLUMN     "entitlement_cipher" TEXT,
ADD COLUMN     "entitlement_fen" BIGINT,
ADD COLUMN     "hardship_file_id" UUID,
ADD COLUMN     "rule_version" TEXT;

-- Written by hand: the amount applied for never exceeds the computed entitlement.
ALTER TABLE "aid_application" ADD CONSTRAINT "aid_application_requested_within_entitlement"
  CHECK ("entitlement_fen" IS NULL OR ("requested_fen" > 0 AND "requested_fen" <= "entitlement_fen"));
