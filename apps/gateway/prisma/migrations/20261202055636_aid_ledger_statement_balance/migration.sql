-- Written by hand (no Prisma schema change): the ledger's balance is checked at the end of every
-- INSERT statement instead of at COMMIT. A commit-time (deferred) failure is not reported the
-- same way by every driver adapter — pglite-prisma-adapter let an unbalanced nested create
-- through, and the pg adapter kept a pool connection after it — whereas a statement's error is.
-- The gateway writes a transaction's entries in ONE statement (createMany), so after every
-- statement each ledger transaction it touched must sum to 0 with at least two entries.
DROP TRIGGER "aid_ledger_entry_balanced" ON "aid_ledger_entry";
DROP FUNCTION "aid_ledger_balanced"();

CREATE FUNCTION "aid_ledger_statement_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unbalanced RECORD;
BEGIN
  SELECT e."transaction_id" AS id, SUM(e."amount_fen") AS total, COUNT(*) AS lines
    INTO unbalanced
    FROM "aid_ledger_entry" e
   WHERE e."transaction_id" IN (SELECT DISTINCT n."transaction_id" FROM inserted n)
   GROUP BY e."transaction_id"
  HAVING SUM(e."amount_fen") <> 0 OR COUNT(*) < 2
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'aid: ledger transaction % does not balance (sum %, % entries)',
      unbalanced.id, unbalanced.total, unbalanced.lines USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "aid_ledger_entry_statement_balanced" AFTER INSERT ON "aid_ledger_entry"
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION "aid_ledger_statement_balanced"();
