-- Service positions get their opening and closing dates (启用日期, 撤销日期).
ALTER TABLE "service_position" ADD COLUMN "closed_on" DATE,
ADD COLUMN "opened_on" DATE;

-- Positions registered before: opened on the day they were registered (China Standard Time),
-- and a closed one closed on the day it was last changed.
UPDATE "service_position"
   SET "opened_on" = ("created_at" AT TIME ZONE 'Asia/Shanghai')::date,
       "closed_on" = CASE WHEN "status" = 'CLOSED'
                          THEN GREATEST(("updated_at" AT TIME ZONE 'Asia/Shanghai')::date,
                                        ("created_at" AT TIME ZONE 'Asia/Shanghai')::date)
                     END;

ALTER TABLE "service_position" ALTER COLUMN "opened_on" SET NOT NULL;

-- A position closes on or after the day it opened, and has a closing day exactly when closed.
ALTER TABLE "service_position" ADD CONSTRAINT "service_position_closed_after_opened"
  CHECK ("closed_on" IS NULL OR "closed_on" >= "opened_on");
ALTER TABLE "service_position" ADD CONSTRAINT "service_position_closed_on_when_closed"
  CHECK (("status" = 'CLOSED') = ("closed_on" IS NOT NULL));
