-- Placeholder for closures and capacity (branch hall-closures owns migration 010), so that this
-- branch's 011 loads: migrations must be numbered without gaps. Delete this file when merging
-- hall-closures.
SELECT 1;
