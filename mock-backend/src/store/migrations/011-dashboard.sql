-- The supervisors' dashboard (issue 10) sums records in SQL; these indexes let each sum read
-- only the period and department asked for, and hold every column the sum needs, so no table
-- row is read. Nothing else changes.

-- Satisfaction per hall within one department: the department's services, each a range of days.
-- (Per service, and per hall for the whole city, read rating_tallies.)
CREATE INDEX ratings_by_service_day ON ratings (service_code, rated_on, hall_id, level, case_id);

-- The fix rate: negative ratings' cases by their first deadline, with what decides "on time".
CREATE INDEX feedback_cases_negative_by_due ON feedback_cases
  (first_answer_by, department_id, first_replied_on, solved) WHERE kind = 'negative-rating';

-- Overdue 基本满意 items of the whole city (a department's use low_rating_reviews_by_department).
CREATE INDEX low_rating_reviews_by_status ON low_rating_reviews (status, answer_by);

-- Seats booked per hall: by day for the whole city, by department and day for one department.
CREATE INDEX appointments_by_date ON appointments (date, hall_id, status);
CREATE INDEX appointments_by_department_date ON appointments (department_id, date, hall_id, status);
