-- CreateIndex
CREATE INDEX "honor_award_level_year_name_id_idx" ON "honor_award"("level", "year" DESC, "name", "id");
