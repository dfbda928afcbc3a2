//! Many records in one transaction: imports, the demo family, and bulk tests.
//!
//! A user action is one transaction (see [`Handbook::write`]); a batch is the same
//! guarantee for a group: if any record is refused, none of the batch is written.

use rusqlite::Transaction;

use super::records::insert_in;
use super::{Handbook, WriteCtx};
use crate::error::Result;
use crate::model::*;

/// An open batch; records added through it are committed together.
pub struct Batch<'a> {
    tx: &'a Transaction<'a>,
    ctx: &'a WriteCtx,
}

impl Batch<'_> {
    pub fn add_pregnancy(&mut self, p: Pregnancy) -> Result<Record<Pregnancy>> {
        insert_in(self.tx, self.ctx, p)
    }

    pub fn add_prenatal_checkup(&mut self, c: PrenatalCheckup) -> Result<Record<PrenatalCheckup>> {
        insert_in(self.tx, self.ctx, c)
    }

    pub fn add_child(&mut self, c: Child) -> Result<Record<Child>> {
        insert_in(self.tx, self.ctx, c)
    }

    pub fn add_growth(&mut self, m: GrowthMeasurement) -> Result<Record<GrowthMeasurement>> {
        insert_in(self.tx, self.ctx, m)
    }

    pub fn add_infant_checkup(
        &mut self,
        r: InfantCheckupRecord,
    ) -> Result<Record<InfantCheckupRecord>> {
        insert_in(self.tx, self.ctx, r)
    }

    pub fn add_vaccination(&mut self, v: Vaccination) -> Result<Record<Vaccination>> {
        insert_in(self.tx, self.ctx, v)
    }

    pub fn add_dental(&mut self, r: DentalRecord) -> Result<Record<DentalRecord>> {
        insert_in(self.tx, self.ctx, r)
    }

    pub fn add_diary(&mut self, e: DiaryEntry) -> Result<Record<DiaryEntry>> {
        insert_in(self.tx, self.ctx, e)
    }
}

/// One record of a batch, of any kind a batch takes (the mother's page and the
/// delivery are one per handbook or pregnancy and are entered on their own).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NewRecord {
    Pregnancy { data: Pregnancy },
    PrenatalCheckup { data: PrenatalCheckup },
    Child { data: Child },
    Growth { data: GrowthMeasurement },
    InfantCheckup { data: InfantCheckupRecord },
    Vaccination { data: Vaccination },
    Dental { data: DentalRecord },
    Diary { data: DiaryEntry },
}

impl Batch<'_> {
    /// Add one record of any kind; its new id.
    pub fn add(&mut self, record: NewRecord) -> Result<uuid::Uuid> {
        Ok(match record {
            NewRecord::Pregnancy { data } => self.add_pregnancy(data)?.id(),
            NewRecord::PrenatalCheckup { data } => self.add_prenatal_checkup(data)?.id(),
            NewRecord::Child { data } => self.add_child(data)?.id(),
            NewRecord::Growth { data } => self.add_growth(data)?.id(),
            NewRecord::InfantCheckup { data } => self.add_infant_checkup(data)?.id(),
            NewRecord::Vaccination { data } => self.add_vaccination(data)?.id(),
            NewRecord::Dental { data } => self.add_dental(data)?.id(),
            NewRecord::Diary { data } => self.add_diary(data)?.id(),
        })
    }
}

impl Handbook {
    /// Insert `records` in one transaction: if any is refused, none is written. The
    /// new ids, in order. Records may refer only to records that exist before.
    pub fn add_records(&mut self, records: Vec<NewRecord>) -> Result<Vec<uuid::Uuid>> {
        self.batch(|b| records.into_iter().map(|r| b.add(r)).collect())
    }

    /// Run `f` with a [`Batch`]; commit if it returns `Ok`, write nothing if it fails.
    pub fn batch<T>(&mut self, f: impl FnOnce(&mut Batch<'_>) -> Result<T>) -> Result<T> {
        self.write("saving records", |tx, ctx| f(&mut Batch { tx, ctx }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::error::HandbookError;

    #[test]
    fn a_failing_batch_writes_nothing() {
        let mut hb = Handbook::open_in_memory()
            .unwrap()
            .with_clock(FixedClock::on("2026-11-25".parse().unwrap()));
        let err = hb
            .batch(|b| {
                let child = b.add_child(Child {
                    name: "はな".into(),
                    name_kana: None,
                    sex: Sex::Female,
                    birth_date: "2026-01-01".parse().unwrap(),
                    birth_order: 1,
                    ga_at_birth: None,
                    delivery_id: None,
                    birth: BirthMeasurements::default(),
                })?;
                for kg in [3.0, 4.0, 400.0] {
                    b.add_growth(GrowthMeasurement {
                        child_id: child.id(),
                        measured_on: "2026-02-01".parse().unwrap(),
                        weight_kg: Some(kg),
                        length_cm: None,
                        position: None,
                        head_cm: None,
                        notes: None,
                    })?;
                }
                Ok(())
            })
            .unwrap_err();
        assert!(matches!(err, HandbookError::Invalid(_)));
        assert!(hb.children().unwrap().is_empty());
    }
}
