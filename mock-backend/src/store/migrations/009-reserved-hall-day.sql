-- Placeholder for the hall's day (branch hall-day owns migration 009), so that this branch's 010
-- loads: migrations must be numbered without gaps. Delete this file when merging hall-day.
SELECT 1;
