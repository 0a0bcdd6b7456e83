-- Placeholder for the hall closures (branch hall-closures owns migration 010), so that this branch's
-- 012 loads: migrations must be numbered without gaps. Delete this file when merging hall-closures.
SELECT 1;
