-- Schema 10: how a pregnancy ended when it did not end in a birth, and the city's
-- consultation desk.
--
-- A pregnancy ends in a birth (its delivery record) or in a loss: `outcome` says
-- which loss (流産, 死産, 人工妊娠中絶) and `ended_on` the day. Both NULL while the
-- pregnancy goes on or ended in a birth (every pregnancy recorded before this
-- version). Owned by store/mother.rs; the columns travel with the pregnancy record
-- in shares and backups like its other fields.
ALTER TABLE pregnancies ADD COLUMN outcome TEXT
    CHECK (outcome IS NULL OR outcome IN ('miscarriage', 'stillbirth', 'termination'));
ALTER TABLE pregnancies ADD COLUMN ended_on TEXT
    CHECK ((ended_on IS NULL) = (outcome IS NULL));

-- The city's consultation desk (こども家庭センター) as JSON: as configured when the
-- family chose the city (`city.toml`), and as the city's signed feed last carried
-- it. Owned by store/feed.rs; NULL when the city names none.
ALTER TABLE city_config ADD COLUMN desk TEXT CHECK (desk IS NULL OR json_valid(desk));
ALTER TABLE feed_source ADD COLUMN city_desk TEXT
    CHECK (city_desk IS NULL OR json_valid(city_desk));
