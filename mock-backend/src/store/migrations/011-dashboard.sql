-- The supervisors' dashboard (issue 10) sums records in SQL; these indexes let each sum read
-- only the period and department asked for, and hold every column the sum needs, so no table
-- row is read. Nothing else changes.

-- Satisfaction within one department: the department's services, each a range of days (about
-- 1 ms where the daily tallies, read through their by-day index, took 200 ms at 100,000
-- ratings). The whole city reads rating_tallies.
CREATE INDEX ratings_by_service_day ON ratings (service_code, rated_on, hall_id, level, case_id);

-- The fix rate: negative ratings' cases by their first deadline, with what decides "on time".
CREATE INDEX feedback_cases_negative_by_due ON feedback_cases
  (first_answer_by, department_id, first_replied_on, solved) WHERE kind = 'negative-rating';

-- Overdue 基本满意 items of the whole city (a department's use low_rating_reviews_by_department).
CREATE INDEX low_rating_reviews_by_status ON low_rating_reviews (status, answer_by);

-- Seats booked per hall: counted per hall and status, each a range of days, in index order (no
-- sorting): for the whole city, and for one department.
CREATE INDEX appointments_by_hall_status ON appointments (hall_id, status, date);
CREATE INDEX appointments_by_department_hall ON appointments (department_id, hall_id, status, date);
