-- Schema 8: 出産の状態 records the blood loss at delivery (出血量, in mL), as the
-- handbook's delivery page asks. NULL when not entered (every delivery recorded
-- before this version). The CHECK is a typing guard, not a clinical limit.
ALTER TABLE deliveries ADD COLUMN blood_loss_ml INTEGER
    CHECK (blood_loss_ml IS NULL OR blood_loss_ml BETWEEN 0 AND 20000);
