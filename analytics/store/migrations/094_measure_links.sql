-- A workshop measure may serve a goal of the goal tree or an indicator: their codes ('' none).
ALTER TABLE measures ADD COLUMN goal_code TEXT DEFAULT '';
ALTER TABLE measures ADD COLUMN indicator_key TEXT DEFAULT '';
