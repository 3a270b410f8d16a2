-- AlterTable
ALTER TABLE "organization_monthly_figures" ADD COLUMN     "joined_carer" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_courier" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_domestic_worker" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_food_delivery_rider" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_mall_promoter" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_migrant" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_ride_hailing_driver" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_security_guard" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joined_truck_driver" INTEGER NOT NULL DEFAULT 0;

-- Backfill the breakdown of the joinings already counted, by the members' facts as recorded now
-- (the facts at each joining were not kept before this migration).
UPDATE "organization_monthly_figures" AS f
SET "joined_migrant" = g.migrant,
    "joined_truck_driver" = g.truck_driver,
    "joined_courier" = g.courier,
    "joined_food_delivery_rider" = g.food_delivery_rider,
    "joined_ride_hailing_driver" = g.ride_hailing_driver,
    "joined_carer" = g.carer,
    "joined_domestic_worker" = g.domestic_worker,
    "joined_mall_promoter" = g.mall_promoter,
    "joined_security_guard" = g.security_guard
FROM (
  SELECT lineage.id::uuid AS organization_id,
         date_trunc('month', e."date")::date AS month,
         count(*) FILTER (WHERE m."is_migrant")::integer AS migrant,
         count(*) FILTER (WHERE m."employment_group" = 'TRUCK_DRIVER')::integer AS truck_driver,
         count(*) FILTER (WHERE m."employment_group" = 'COURIER')::integer AS courier,
         count(*) FILTER (WHERE m."employment_group" = 'FOOD_DELIVERY_RIDER')::integer AS food_delivery_rider,
         count(*) FILTER (WHERE m."employment_group" = 'RIDE_HAILING_DRIVER')::integer AS ride_hailing_driver,
         count(*) FILTER (WHERE m."employment_group" = 'CARER')::integer AS carer,
         count(*) FILTER (WHERE m."employment_group" = 'DOMESTIC_WORKER')::integer AS domestic_worker,
         count(*) FILTER (WHERE m."employment_group" = 'MALL_PROMOTER')::integer AS mall_promoter,
         count(*) FILTER (WHERE m."employment_group" = 'SECURITY_GUARD')::integer AS security_guard
  FROM "member_event" e
  JOIN "member" m ON m."id" = e."member_id"
  CROSS JOIN LATERAL unnest(e."lineage_ids") AS lineage(id)
  WHERE e."type" = 'JOINED'
     OR (e."type" = 'STATUS_CHANGED' AND e."from_status" = 'LAPSED' AND e."to_status" = 'ACTIVE')
  GROUP BY 1, 2
) AS g
WHERE f."organization_id" = g.organization_id AND f."month" = g.month;
