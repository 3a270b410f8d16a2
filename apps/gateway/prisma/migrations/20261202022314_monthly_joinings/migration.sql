-- CreateTable
CREATE TABLE "organization_monthly_figures" (
    "organization_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "joined" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "organization_monthly_figures_pkey" PRIMARY KEY ("organization_id","month")
);

-- CreateIndex
CREATE INDEX "member_event_date_created_at_id_idx" ON "member_event"("date" DESC, "created_at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "organization_monthly_figures" ADD CONSTRAINT "organization_monthly_figures_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
