-- CreateTable
CREATE TABLE "region_census" (
    "region_code" CHAR(6) NOT NULL,
    "year" INTEGER NOT NULL,
    "employers" INTEGER NOT NULL,
    "employees" INTEGER,
    "source" TEXT,
    "recorded_by_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "region_census_pkey" PRIMARY KEY ("region_code","year")
);
