-- Schema 11: 出産の状態 as the 2023 form prints it (様式第三号, 出産の状態): the rows
-- the delivery record lacked, and each baby's 特別な所見・処置 on the child's row.
-- NULL when not entered (every delivery and child recorded before this version).
-- The CHECKs are typing guards (the codes of core/src/model/records.rs, a week of
-- labour in minutes), not clinical limits. Owned by store/mother.rs (deliveries)
-- and store/child.rs (children); they travel with those records in shares and
-- backups like their other fields.
ALTER TABLE deliveries ADD COLUMN presentation TEXT
    CHECK (presentation IS NULL OR presentation IN ('cephalic', 'breech', 'other'));
ALTER TABLE deliveries ADD COLUMN presentation_other TEXT
    CHECK (presentation_other IS NULL OR presentation IS 'other');
ALTER TABLE deliveries ADD COLUMN course_notes TEXT;
ALTER TABLE deliveries ADD COLUMN labor_minutes INTEGER
    CHECK (labor_minutes IS NULL OR labor_minutes BETWEEN 0 AND 10080);
ALTER TABLE deliveries ADD COLUMN blood_loss_grade TEXT
    CHECK (blood_loss_grade IS NULL OR blood_loss_grade IN ('small', 'moderate', 'large'));
ALTER TABLE deliveries ADD COLUMN transfusion TEXT
    CHECK (transfusion IS NULL OR transfusion IN ('no', 'yes'));
ALTER TABLE deliveries ADD COLUMN transfusion_detail TEXT
    CHECK (transfusion_detail IS NULL OR transfusion IS 'yes');
ALTER TABLE deliveries ADD COLUMN certificate TEXT
    CHECK (certificate IS NULL OR certificate IN ('birth', 'stillbirth', 'birth_and_death'));
ALTER TABLE deliveries ADD COLUMN midwife TEXT;
ALTER TABLE deliveries ADD COLUMN other_attendant TEXT;
ALTER TABLE children ADD COLUMN birth_findings TEXT;
