-- CreateEnum
CREATE TYPE "NewEmploymentGroup" AS ENUM ('TRUCK_DRIVER', 'COURIER', 'FOOD_DELIVERY_RIDER', 'RIDE_HAILING_DRIVER', 'CARER', 'DOMESTIC_WORKER', 'MALL_PROMOTER', 'SECURITY_GUARD');

-- CreateEnum
CREATE TYPE "MemberEventType" AS ENUM ('JOINED', 'TRANSFER_OUT', 'TRANSFER_IN', 'STATUS_CHANGED');

-- AlterTable
ALTER TABLE "member" ADD COLUMN     "employer_name" TEXT,
ADD COLUMN     "employment_group" "NewEmploymentGroup",
ADD COLUMN     "is_migrant" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "approved_on" DATE,
ADD COLUMN     "dissolution_approved_on" DATE;

-- CreateTable
CREATE TABLE "member_event" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "type" "MemberEventType" NOT NULL,
    "organization_id" UUID NOT NULL,
    "lineage_ids" TEXT[],
    "date" DATE NOT NULL,
    "from_status" "MemberStatus",
    "to_status" "MemberStatus",
    "counterpart_organization_id" UUID,
    "actor_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "member_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_figures" (
    "organization_id" UUID NOT NULL,
    "grassroots_unions" INTEGER NOT NULL DEFAULT 0,
    "members" INTEGER NOT NULL DEFAULT 0,
    "retired_members" INTEGER NOT NULL DEFAULT 0,
    "migrant_members" INTEGER NOT NULL DEFAULT 0,
    "female_members" INTEGER NOT NULL DEFAULT 0,
    "truck_driver" INTEGER NOT NULL DEFAULT 0,
    "courier" INTEGER NOT NULL DEFAULT 0,
    "food_delivery_rider" INTEGER NOT NULL DEFAULT 0,
    "ride_hailing_driver" INTEGER NOT NULL DEFAULT 0,
    "carer" INTEGER NOT NULL DEFAULT 0,
    "domestic_worker" INTEGER NOT NULL DEFAULT 0,
    "mall_promoter" INTEGER NOT NULL DEFAULT 0,
    "security_guard" INTEGER NOT NULL DEFAULT 0,
    "employers_covered" INTEGER NOT NULL DEFAULT 0,
    "employees_at_covered_employers" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "organization_figures_pkey" PRIMARY KEY ("organization_id")
);

-- CreateIndex
CREATE INDEX "member_event_member_id_idx" ON "member_event"("member_id");

-- CreateIndex
CREATE INDEX "member_event_lineage_ids_idx" ON "member_event" USING GIN ("lineage_ids");

-- AddForeignKey
ALTER TABLE "member_event" ADD CONSTRAINT "member_event_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_event" ADD CONSTRAINT "member_event_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_event" ADD CONSTRAINT "member_event_counterpart_organization_id_fkey" FOREIGN KEY ("counterpart_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_figures" ADD CONSTRAINT "organization_figures_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
