//! Checking a record as saving it would, without saving: what a form shows before the
//! family saves. Reads only.

use super::Handbook;
use super::records::{Rules, Stored};
use crate::error::Result;

impl Handbook {
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
