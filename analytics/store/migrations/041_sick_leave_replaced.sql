-- Sick leave was resolved when read (the newest active upload of a year, month and unit won).
-- Now, as for every kind, a newer upload sets `replaced_by` on the rows it replaces when it is
-- stored. Rows that a newer active upload already covers are marked here, by the first such one.

UPDATE sick_leave AS s SET replaced_by = (
    SELECT min(n.upload_id) FROM sick_leave n
    JOIN uploads u ON u.id = n.upload_id AND u.status = 'active'
    WHERE n.year = s.year AND n.month = s.month AND n.unit_code = s.unit_code
      AND n.upload_id > s.upload_id
)
WHERE s.replaced_by IS NULL;
