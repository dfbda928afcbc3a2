//! One record by id, of the kinds whose owners list them by subject only: what a form
//! reads back to edit. Reads only; each table keeps its owner.

use uuid::Uuid;

use super::Handbook;
use super::records::{Rules, Stored, get};
use crate::error::Result;
use crate::model::{
    DentalRecord, GrowthMeasurement, InfantCheckupRecord, PrenatalCheckup, Record, Vaccination,
};

impl Handbook {
    pub fn prenatal_checkup(&self, id: Uuid) -> Result<Record<PrenatalCheckup>> {
        get(self.conn(), id)
    }

    pub fn growth_record(&self, id: Uuid) -> Result<Record<GrowthMeasurement>> {
        get(self.conn(), id)
    }

    pub fn infant_checkup_record(&self, id: Uuid) -> Result<Record<InfantCheckupRecord>> {
        get(self.conn(), id)
    }

    pub fn vaccination(&self, id: Uuid) -> Result<Record<Vaccination>> {
        get(self.conn(), id)
    }

    pub fn dental_record(&self, id: Uuid) -> Result<Record<DentalRecord>> {
        get(self.conn(), id)
    }

    /// Every check saving `data` would run (the record's rules and what it points
    /// to), writing nothing: what a form shows before the family saves.
    pub(crate) fn check_record<T: Stored + 'static>(&self, data: &T) -> Result<()> {
        let tx = self
            .conn()
            .unchecked_transaction()
            .map_err(crate::HandbookError::sql("checking a record"))?;
        let rules = Rules {
            today: self.today(),
            merged: false,
        };
        data.validate(&tx, &rules)
        // Dropping the transaction rolls it back: it wrote nothing.
    }
}
