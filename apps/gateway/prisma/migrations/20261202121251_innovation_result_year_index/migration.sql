-- CreateIndex
CREATE INDEX "innovation_result_year_idx" ON "innovation_result"("year");
