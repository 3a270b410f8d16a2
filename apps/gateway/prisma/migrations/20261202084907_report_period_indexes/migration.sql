-- CreateIndex
CREATE INDEX "honor_award_published_at_idx" ON "honor_award"("published_at");

-- CreateIndex
CREATE INDEX "organization_founded_on_idx" ON "organization"("founded_on");
