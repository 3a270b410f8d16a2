-- AlterTable
ALTER TABLE "innovation_studio" ADD COLUMN     "lead_award_id" UUID;

-- CreateIndex
CREATE INDEX "innovation_studio_lead_award_id_idx" ON "innovation_studio"("lead_award_id");

-- AddForeignKey
ALTER TABLE "innovation_studio" ADD CONSTRAINT "innovation_studio_lead_award_id_fkey" FOREIGN KEY ("lead_award_id") REFERENCES "honor_award"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
