//! The `Handbook` object: one call per screen, one call per user action.
//!
//! # Blocking calls, run off the UI thread by the shells
//!
//! Every method here is a plain blocking call. A handbook call is one SQLite transaction
//! on a local file and takes well under a millisecond (the home screen at 10,000
//! records: see `scripts/bench-kotlin.sh`), so the cost of uniffi's async machinery (a
//! future per call, a runtime in the library, foreign executors polling it) would buy
//! nothing. What matters is that the call is never made on the UI thread, because
//! `synchronous = FULL` costs an fsync per write and a phone's flash can stall: the
//! Kotlin facade runs each call in `withContext(Dispatchers.IO)` and the Swift facade on
//! a serial dispatch queue behind an `async` function. The city feed's sync, which
//! waits for the network, is blocking too, driven on a tokio runtime owned by the
//! library and on its own connection to the file (see [`crate::feed`] for why not a
//! uniffi `async` export).
//!
//! # Threads
//!
//! The core's `Handbook` owns one SQLite connection and is `Send` but not `Sync`; here
//! it sits behind a mutex so the object can be shared by the shells' threads. Calls are
//! serialised, which is what one connection requires anyway. The mutex holds an
//! `Option` so that `close_file()` can checkpoint and release the file (iOS kills a suspended
//! app that holds a file lock) while the foreign object lives on; later calls fail with
//! `Closed`.
//!
//! # No panic crosses the FFI
//!
//! Each method runs inside [`guard`]: a panic becomes [`HandbookError::Internal`], and
//! a mutex poisoned by that panic is taken over (the SQLite transaction of the failed
//! call was rolled back when it unwound, so the connection is consistent).

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use hagukumi_core::clock::FixedClock;
use hagukumi_core::model as core_model;
use uuid::Uuid;

use crate::convert::{date, date_text, uuid};
use crate::error::{HandbookError, Result, guard};
use crate::kinds::{Indicator, Lang, Standard, Subject};
use crate::photos::{ImportProgress, Photo, PhotoCheck, PhotoImport};
use crate::records::*;
use crate::schedule::{DosePlan, Reminder, VaccinationPlan};
use crate::screens::*;

/// How to open a handbook.
#[derive(Debug, Clone, PartialEq, Eq, Default, uniffi::Record)]
pub struct OpenOptions {
    /// Pin "today" to this date (`YYYY-MM-DD`) instead of the phone's clock: tests,
    /// demos and store screenshots need dates that do not move. `None` in the app.
    #[uniffi(default = None)]
    pub today: Option<String>,
}

/// An open handbook file.
#[derive(uniffi::Object)]
pub struct Handbook {
    inner: Mutex<Option<hagukumi_core::Handbook>>,
    /// The pinned "today" of [`OpenOptions`], for the feed sync's own connection.
    pub(crate) pinned_today: Option<chrono::NaiveDate>,
}

impl std::fmt::Debug for Handbook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handbook").finish_non_exhaustive()
    }
}

impl Handbook {
    fn new(core: hagukumi_core::Handbook, options: &OpenOptions) -> Result<Arc<Self>> {
        let pinned_today = options.today.as_deref().map(date).transpose()?;
        let core = match pinned_today {
            Some(today) => core.with_clock(FixedClock::on(today)),
            None => core,
        };
        Ok(Arc::new(Handbook {
            inner: Mutex::new(Some(core)),
            pinned_today,
        }))
    }

    /// The lock, taken over if a panicking call poisoned it.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Option<hagukumi_core::Handbook>> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Run `f` on the open handbook, guarded against panics.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut hagukumi_core::Handbook) -> Result<T>,
    ) -> Result<T> {
        guard(|| {
            let mut inner = self.lock();
            let hb = inner.as_mut().ok_or_else(HandbookError::closed)?;
            f(hb)
        })
    }

    /// Poison the lock the way a panicking call would, to test the recovery.
    #[cfg(test)]
    pub(crate) fn panic_while_locked(&self) -> Result<()> {
        self.with(|_| panic!("test panic while holding the handbook"))
    }
}

#[uniffi::export]
impl Handbook {
    /// Open (or create) the handbook file at `path`, upgrading an older file. The folder
    /// is created if missing. A file written by a newer app is refused unchanged.
    #[uniffi::constructor]
    pub fn open(path: String) -> Result<Arc<Self>> {
        Self::open_with(path, OpenOptions::default())
    }

    /// [`Handbook::open`] with options (a pinned "today").
    #[uniffi::constructor]
    pub fn open_with(path: String, options: OpenOptions) -> Result<Arc<Self>> {
        guard(|| Self::new(hagukumi_core::Handbook::open(&path)?, &options))
    }

    /// A handbook kept in memory only: previews and tests.
    #[uniffi::constructor]
    pub fn in_memory(options: OpenOptions) -> Result<Arc<Self>> {
        guard(|| Self::new(hagukumi_core::Handbook::open_in_memory()?, &options))
    }

    /// Checkpoint and close the file. Call before the app is suspended and before
    /// copying the file. Later calls fail with `Closed`; closing twice is harmless.
    ///
    /// Not named `close`: the generated Kotlin class is `AutoCloseable`, whose `close()`
    /// frees the Rust object; the facades' `close()` call this and then free it.
    pub fn close_file(&self) -> Result<()> {
        guard(|| match self.lock().take() {
            Some(hb) => Ok(hb.close()?),
            None => Ok(()),
        })
    }

    /// Whether `close_file()` was called.
    pub fn is_closed(&self) -> bool {
        self.lock().is_none()
    }

    /// Today in Japan (or the pinned date), `YYYY-MM-DD`.
    pub fn today(&self) -> Result<String> {
        self.with(|hb| Ok(date_text(hb.today())))
    }

    // ------------------------------------------------------------ screens

    /// The home screen: the mother, the ongoing pregnancy and a card per child.
    pub fn home(&self, lang: Lang) -> Result<HomeSummary> {
        self.with(|hb| Ok(hb.home(lang.into())?.into()))
    }

    /// One page of a child's or a pregnancy's timeline, newest first. `cursor`: `None`
    /// for the first page, then the previous page's `next_cursor`. At most 200 items.
    pub fn timeline(
        &self,
        subject: Subject,
        cursor: Option<String>,
        limit: u32,
        lang: Lang,
    ) -> Result<TimelinePage> {
        self.with(|hb| {
            Ok(hb
                .timeline(subject.to_core()?, cursor.as_deref(), limit, lang.into())?
                .into())
        })
    }

    /// A child's card.
    pub fn child_summary(&self, child_id: String, lang: Lang) -> Result<ChildSummary> {
        self.with(|hb| Ok(hb.child_summary(uuid(&child_id)?, lang.into())?.into()))
    }

    /// A pregnancy's card; `None` when it is not ongoing (delivered, or dated beyond
    /// 45 weeks).
    pub fn pregnancy_summary(
        &self,
        pregnancy_id: String,
        lang: Lang,
    ) -> Result<Option<PregnancySummary>> {
        self.with(|hb| {
            Ok(hb
                .pregnancy_summary(uuid(&pregnancy_id)?, lang.into())?
                .map(Into::into))
        })
    }

    /// A growth chart of a child: the reference curves (the handbook's percentiles)
    /// and the child's measurements, birth included, with z-scores and corrected age
    /// where it applies.
    pub fn growth_chart(
        &self,
        child_id: String,
        indicator: Indicator,
        standard: Standard,
        lang: Lang,
    ) -> Result<GrowthChart> {
        self.with(|hb| {
            let data = hb.growth_chart(uuid(&child_id)?, indicator.into(), standard.into())?;
            Ok(GrowthChart::from_core(data, lang))
        })
    }

    /// The warnings a measurement would get, without saving it: for a form that asks
    /// "is 75 kg right?" before the parent taps Save.
    pub fn growth_warnings(
        &self,
        measurement: GrowthMeasurement,
    ) -> Result<Vec<PlausibilityWarning>> {
        self.with(|hb| warnings(hb, &measurement.to_core()?))
    }

    /// A child's vaccination plan from the doses recorded, under the Japanese schedule
    /// in force today: every dose's status, dates and a one-sentence reason.
    pub fn vaccination_plan(&self, child_id: String, lang: Lang) -> Result<VaccinationPlan> {
        self.with(|hb| {
            Ok(VaccinationPlan::from_core(
                hb.vaccination_plan(uuid(&child_id)?)?,
                lang,
            ))
        })
    }

    /// The maternal RSV vaccine (28w0d–36w6d) for a pregnancy; `None` when the
    /// pregnancy has no dating.
    pub fn maternal_rsv_plan(&self, pregnancy_id: String, lang: Lang) -> Result<Option<DosePlan>> {
        self.with(|hb| {
            Ok(hb
                .maternal_rsv_plan(uuid(&pregnancy_id)?)?
                .map(|d| crate::schedule::dose_plan(d, lang)))
        })
    }

    /// Vaccinations and checkups falling due within `within_days` (or due now), for
    /// every child and the ongoing pregnancy, by date: what the shells schedule as
    /// local notifications.
    pub fn reminders(&self, within_days: u32, lang: Lang) -> Result<Vec<Reminder>> {
        self.with(|hb| {
            Ok(hb
                .reminders(within_days)?
                .into_iter()
                .map(|r| Reminder::from_core(r, lang))
                .collect())
        })
    }

    /// Import photos from files, in order, each one independently: a refused file
    /// (HEIC, corrupt, too large) leaves nothing behind and the others still import.
    /// `entry`: a diary entry to attach them to. `progress` is called as files finish.
    pub fn import_photos(
        &self,
        paths: Vec<String>,
        entry: Option<String>,
        progress: Option<Arc<dyn ImportProgress>>,
    ) -> Result<Vec<PhotoImport>> {
        self.with(|hb| {
            let entry = entry.as_deref().map(uuid).transpose()?;
            let paths: Vec<std::path::PathBuf> = paths.into_iter().map(Into::into).collect();
            let mut report = crate::photos::progress_fn(progress);
            Ok(hb
                .import_photos(&paths, entry, &mut report)
                .into_iter()
                .map(|r| match r {
                    Ok(i) => PhotoImport::Imported {
                        photo: i.photo.into(),
                        deduplicated: i.deduplicated,
                    },
                    Err(e) => PhotoImport::Refused { error: e.into() },
                })
                .collect())
        })
    }

    /// Import one photo from its bytes (a picker's data; JPEG, PNG or WebP).
    pub fn import_photo_bytes(&self, bytes: Vec<u8>, entry: Option<String>) -> Result<Photo> {
        self.with(|hb| {
            let entry = entry.as_deref().map(uuid).transpose()?;
            Ok(hb.import_photo_bytes(&bytes, entry)?.photo.into())
        })
    }

    pub fn photo(&self, id: String) -> Result<Photo> {
        self.with(|hb| Ok(hb.photo(&id)?.into()))
    }

    /// Every stored photo, most recently taken first.
    pub fn photos(&self) -> Result<Vec<Photo>> {
        self.with(|hb| Ok(hb.photos()?.into_iter().map(Into::into).collect()))
    }

    /// Check the photo folder against the handbook; with `repair`, remove orphan
    /// files and remake missing thumbnails.
    pub fn check_photos(&self, repair: bool) -> Result<PhotoCheck> {
        self.with(|hb| Ok(hb.check_photos(repair)?.into()))
    }

    // ------------------------------------------------------------ lists and records

    pub fn mother_profile(&self) -> Result<Option<MotherProfileRecord>> {
        self.with(|hb| Ok(hb.mother_profile()?.map(Into::into)))
    }

    /// All pregnancies, most recent first.
    pub fn pregnancies(&self) -> Result<Vec<PregnancyRecord>> {
        self.with(|hb| Ok(hb.pregnancies()?.into_iter().map(Into::into).collect()))
    }

    pub fn pregnancy(&self, id: String) -> Result<PregnancyRecord> {
        self.with(|hb| Ok(hb.pregnancy(uuid(&id)?)?.into()))
    }

    /// A pregnancy's checkups, oldest first.
    pub fn prenatal_checkups(&self, pregnancy_id: String) -> Result<Vec<PrenatalCheckupRecord>> {
        self.with(|hb| {
            Ok(hb
                .prenatal_checkups(uuid(&pregnancy_id)?)?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    /// The delivery of a pregnancy, if recorded.
    pub fn delivery_of(&self, pregnancy_id: String) -> Result<Option<DeliveryRecord>> {
        self.with(|hb| Ok(hb.delivery_of(uuid(&pregnancy_id)?)?.map(Into::into)))
    }

    pub fn children(&self) -> Result<Vec<ChildRecord>> {
        self.with(|hb| Ok(hb.children()?.into_iter().map(Into::into).collect()))
    }

    pub fn child(&self, id: String) -> Result<ChildRecord> {
        self.with(|hb| Ok(hb.child(uuid(&id)?)?.into()))
    }

    /// A child's measurements, oldest first.
    pub fn growth(&self, child_id: String) -> Result<Vec<GrowthRecord>> {
        self.with(|hb| {
            Ok(hb
                .growth(uuid(&child_id)?)?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    pub fn infant_checkups(&self, child_id: String) -> Result<Vec<InfantCheckupRecord>> {
        self.with(|hb| {
            Ok(hb
                .infant_checkups(uuid(&child_id)?)?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    pub fn vaccinations(&self, subject: Subject) -> Result<Vec<VaccinationRecord>> {
        self.with(|hb| {
            Ok(hb
                .vaccinations(subject.to_core()?)?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    pub fn dental(&self, subject: Subject) -> Result<Vec<DentalRecord>> {
        self.with(|hb| {
            Ok(hb
                .dental(subject.to_core()?)?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    pub fn diary(&self, subject: Subject) -> Result<Vec<DiaryRecord>> {
        self.with(|hb| {
            Ok(hb
                .diary(subject.to_core()?)?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    pub fn diary_entry(&self, id: String) -> Result<DiaryRecord> {
        self.with(|hb| Ok(hb.diary_entry(uuid(&id)?)?.into()))
    }

    // ------------------------------------------------------------ user actions

    /// Enter or replace the mother's page.
    pub fn set_mother_profile(&self, profile: MotherProfile) -> Result<MotherProfileRecord> {
        self.with(|hb| Ok(hb.set_mother_profile(profile.to_core()?)?.into()))
    }

    pub fn add_pregnancy(&self, pregnancy: Pregnancy) -> Result<PregnancyRecord> {
        self.with(|hb| Ok(hb.add_pregnancy(pregnancy.to_core()?)?.into()))
    }

    pub fn update_pregnancy(&self, id: String, pregnancy: Pregnancy) -> Result<PregnancyRecord> {
        self.with(|hb| {
            Ok(hb
                .update_pregnancy(uuid(&id)?, pregnancy.to_core()?)?
                .into())
        })
    }

    /// Deletes the pregnancy with its checkups, delivery and maternal vaccinations;
    /// children born of it stay.
    pub fn delete_pregnancy(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_pregnancy(uuid(&id)?)?))
    }

    pub fn add_prenatal_checkup(&self, checkup: PrenatalCheckup) -> Result<PrenatalCheckupRecord> {
        self.with(|hb| Ok(hb.add_prenatal_checkup(checkup.to_core()?)?.into()))
    }

    pub fn update_prenatal_checkup(
        &self,
        id: String,
        checkup: PrenatalCheckup,
    ) -> Result<PrenatalCheckupRecord> {
        self.with(|hb| {
            Ok(hb
                .update_prenatal_checkup(uuid(&id)?, checkup.to_core()?)?
                .into())
        })
    }

    pub fn delete_prenatal_checkup(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_prenatal_checkup(uuid(&id)?)?))
    }

    /// Record the delivery and create its child (or children) in one action.
    pub fn record_delivery(
        &self,
        delivery: Delivery,
        newborns: Vec<Newborn>,
    ) -> Result<DeliveryRecorded> {
        self.with(|hb| {
            let newborns = newborns.iter().map(Into::into).collect();
            let (delivery, children) = hb.record_delivery(delivery.to_core()?, newborns)?;
            Ok(DeliveryRecorded {
                delivery: delivery.into(),
                children: children.into_iter().map(Into::into).collect(),
            })
        })
    }

    pub fn update_delivery(&self, id: String, delivery: Delivery) -> Result<DeliveryRecord> {
        self.with(|hb| Ok(hb.update_delivery(uuid(&id)?, delivery.to_core()?)?.into()))
    }

    pub fn delete_delivery(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_delivery(uuid(&id)?)?))
    }

    pub fn add_child(&self, child: Child) -> Result<ChildRecord> {
        self.with(|hb| Ok(hb.add_child(child.to_core()?)?.into()))
    }

    pub fn update_child(&self, id: String, child: Child) -> Result<ChildRecord> {
        self.with(|hb| Ok(hb.update_child(uuid(&id)?, child.to_core()?)?.into()))
    }

    /// Deletes the child and every record about them.
    pub fn delete_child(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_child(uuid(&id)?)?))
    }

    /// Save a measurement; the result carries the plausibility warnings (a value is
    /// never refused for being unusual, only for being impossible).
    pub fn add_growth(&self, measurement: GrowthMeasurement) -> Result<GrowthSaved> {
        self.with(|hb| {
            let record = hb.add_growth(measurement.to_core()?)?;
            let warnings = warnings(hb, &record.data)?;
            Ok(GrowthSaved {
                record: record.into(),
                warnings,
            })
        })
    }

    pub fn update_growth(&self, id: String, measurement: GrowthMeasurement) -> Result<GrowthSaved> {
        self.with(|hb| {
            let record = hb.update_growth(uuid(&id)?, measurement.to_core()?)?;
            let warnings = warnings(hb, &record.data)?;
            Ok(GrowthSaved {
                record: record.into(),
                warnings,
            })
        })
    }

    pub fn delete_growth(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_growth(uuid(&id)?)?))
    }

    pub fn add_infant_checkup(&self, entry: InfantCheckupEntry) -> Result<InfantCheckupRecord> {
        self.with(|hb| Ok(hb.add_infant_checkup(entry.to_core()?)?.into()))
    }

    pub fn update_infant_checkup(
        &self,
        id: String,
        entry: InfantCheckupEntry,
    ) -> Result<InfantCheckupRecord> {
        self.with(|hb| {
            Ok(hb
                .update_infant_checkup(uuid(&id)?, entry.to_core()?)?
                .into())
        })
    }

    pub fn delete_infant_checkup(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_infant_checkup(uuid(&id)?)?))
    }

    pub fn add_vaccination(&self, vaccination: Vaccination) -> Result<VaccinationRecord> {
        self.with(|hb| Ok(hb.add_vaccination(vaccination.to_core()?)?.into()))
    }

    pub fn update_vaccination(
        &self,
        id: String,
        vaccination: Vaccination,
    ) -> Result<VaccinationRecord> {
        self.with(|hb| {
            Ok(hb
                .update_vaccination(uuid(&id)?, vaccination.to_core()?)?
                .into())
        })
    }

    pub fn delete_vaccination(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_vaccination(uuid(&id)?)?))
    }

    pub fn add_dental(&self, checkup: DentalCheckup) -> Result<DentalRecord> {
        self.with(|hb| Ok(hb.add_dental(checkup.to_core()?)?.into()))
    }

    pub fn update_dental(&self, id: String, checkup: DentalCheckup) -> Result<DentalRecord> {
        self.with(|hb| Ok(hb.update_dental(uuid(&id)?, checkup.to_core()?)?.into()))
    }

    pub fn delete_dental(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_dental(uuid(&id)?)?))
    }

    pub fn add_diary(&self, entry: DiaryEntry) -> Result<DiaryRecord> {
        self.with(|hb| Ok(hb.add_diary(entry.to_core()?)?.into()))
    }

    pub fn update_diary(&self, id: String, entry: DiaryEntry) -> Result<DiaryRecord> {
        self.with(|hb| Ok(hb.update_diary(uuid(&id)?, entry.to_core()?)?.into()))
    }

    pub fn delete_diary(&self, id: String) -> Result<()> {
        self.with(|hb| Ok(hb.delete_diary(uuid(&id)?)?))
    }

    /// Insert many records in one transaction (imports, the demo family, benchmarks):
    /// if any is refused, none is written. Returns the new ids, in order. Records may
    /// refer only to records that exist before the batch.
    pub fn add_batch(&self, records: Vec<NewRecord>) -> Result<Vec<String>> {
        self.with(|hb| {
            // Parse everything first: a malformed id fails before the transaction starts.
            let parsed = records
                .iter()
                .map(CoreNew::parse)
                .collect::<Result<Vec<_>>>()?;
            let ids = hb.batch(|b| {
                parsed
                    .into_iter()
                    .map(|r| {
                        Ok(match r {
                            CoreNew::Pregnancy(d) => b.add_pregnancy(d)?.id(),
                            CoreNew::PrenatalCheckup(d) => b.add_prenatal_checkup(d)?.id(),
                            CoreNew::Child(d) => b.add_child(d)?.id(),
                            CoreNew::Growth(d) => b.add_growth(d)?.id(),
                            CoreNew::InfantCheckup(d) => b.add_infant_checkup(d)?.id(),
                            CoreNew::Vaccination(d) => b.add_vaccination(d)?.id(),
                            CoreNew::Dental(d) => b.add_dental(d)?.id(),
                            CoreNew::Diary(d) => b.add_diary(d)?.id(),
                        })
                    })
                    .collect::<hagukumi_core::Result<Vec<Uuid>>>()
            })?;
            Ok(ids.into_iter().map(|id| id.to_string()).collect())
        })
    }
}

/// A batch record converted to the core's types.
enum CoreNew {
    Pregnancy(core_model::Pregnancy),
    PrenatalCheckup(core_model::PrenatalCheckup),
    Child(core_model::Child),
    Growth(core_model::GrowthMeasurement),
    InfantCheckup(core_model::InfantCheckupRecord),
    Vaccination(core_model::Vaccination),
    Dental(core_model::DentalRecord),
    Diary(core_model::DiaryEntry),
}

impl CoreNew {
    fn parse(r: &NewRecord) -> Result<Self> {
        Ok(match r {
            NewRecord::Pregnancy { data } => CoreNew::Pregnancy(data.to_core()?),
            NewRecord::PrenatalCheckup { data } => CoreNew::PrenatalCheckup(data.to_core()?),
            NewRecord::Child { data } => CoreNew::Child(data.to_core()?),
            NewRecord::Growth { data } => CoreNew::Growth(data.to_core()?),
            NewRecord::InfantCheckup { data } => CoreNew::InfantCheckup(data.to_core()?),
            NewRecord::Vaccination { data } => CoreNew::Vaccination(data.to_core()?),
            NewRecord::Dental { data } => CoreNew::Dental(data.to_core()?),
            NewRecord::Diary { data } => CoreNew::Diary(data.to_core()?),
        })
    }
}

/// Plausibility warnings for a measurement, against the child's previous one.
fn warnings(
    hb: &hagukumi_core::Handbook,
    m: &core_model::GrowthMeasurement,
) -> Result<Vec<PlausibilityWarning>> {
    Ok(hb.growth_warnings(m)?.into_iter().map(Into::into).collect())
}
