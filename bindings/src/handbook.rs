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
//! # Changes are announced
//!
//! A screen registers a [`HandbookObserver`] with [`Handbook::observe`] and is told
//! after every write that changed the handbook (its own saves and deletes, a merged
//! share, a restored backup, a synced feed, a city move), so no screen re-reads by
//! hand after an action of another screen. Observers are called on the thread that
//! made the change, after the handbook's lock is released (an observer may read the
//! handbook), and are kept until their [`ObserverHandle`] is dropped or cancelled.
//!
//! # No panic crosses the FFI
//!
//! Each method runs inside [`guard`]: a panic becomes an `Internal` error, and
//! a mutex poisoned by that panic is taken over (the SQLite transaction of the failed
//! call was rolled back when it unwound, so the connection is consistent).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};

use chrono::NaiveDate;
use hagukumi_core::Lang;
use hagukumi_core::clock::FixedClock;
use hagukumi_core::foreign::{
    self as stored, ChildRecord, DeliveryRecord, DiaryRecord, GrowthRecord, MotherProfileRecord,
    PregnancyRecord, PrenatalCheckupRecord, RecordId, VaccinationRecord,
};
use hagukumi_core::model::{
    Child, Delivery, DentalRecord, DiaryEntry, GrowthMeasurement, InfantCheckupRecord,
    MotherProfile, Newborn, Pregnancy, PrenatalCheckup, RecordKind, Subject, Vaccination,
};
use hagukumi_core::store::{ChildSummary, HomeSummary, NewRecord, PregnancySummary, TimelinePage};

use crate::error::{Result, closed, guard};
use crate::growth::{GrowthChart, Indicator, PlausibilityWarning, Standard, Standing};
use crate::photos::{ImportProgress, Photo, PhotoCheck, PhotoImport};

/// How to open a handbook.
#[derive(Debug, Clone, PartialEq, Eq, Default, uniffi::Record)]
pub struct OpenOptions {
    /// Pin "today" to this date instead of the phone's clock: tests, demos and store
    /// screenshots need dates that do not move. `None` in the app.
    #[uniffi(default = None)]
    pub today: Option<NaiveDate>,
}

/// What changed, for an observer to decide what to re-read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Change {
    /// A record was added, changed or deleted on this phone.
    Records { kind: RecordKind },
    /// A share or a backup was merged, or a backup replaced the handbook.
    Merged,
    /// The city feed was synced or the family moved to another city.
    Feed,
    /// Photos were imported or repaired.
    Photos,
    /// A setting of the plan changed (the reminder timing).
    Schedule,
}

/// Told when the handbook changed (see the module documentation).
#[uniffi::export(with_foreign)]
pub trait HandbookObserver: Send + Sync {
    fn on_change(&self, change: Change);
}

type Observers = Mutex<Vec<(u64, Arc<dyn HandbookObserver>)>>;

/// Keeps an observer registered; cancel it (or drop it) to stop the calls.
#[derive(uniffi::Object)]
pub struct ObserverHandle {
    id: u64,
    observers: Weak<Observers>,
}

#[uniffi::export]
impl ObserverHandle {
    pub fn cancel(&self) {
        if let Some(list) = self.observers.upgrade() {
            list.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .retain(|(id, _)| *id != self.id);
        }
    }
}

impl Drop for ObserverHandle {
    fn drop(&mut self) {
        self.cancel();
    }
}

impl std::fmt::Debug for ObserverHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ObserverHandle")
            .field("id", &self.id)
            .finish()
    }
}

/// An open handbook file.
#[derive(uniffi::Object)]
pub struct Handbook {
    inner: Mutex<Option<hagukumi_core::Handbook>>,
    /// The pinned "today" of [`OpenOptions`], for the feed sync's own connection.
    pub(crate) pinned_today: Option<NaiveDate>,
    observers: Arc<Observers>,
    next_observer: AtomicU64,
}

impl std::fmt::Debug for Handbook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handbook").finish_non_exhaustive()
    }
}

impl Handbook {
    fn new(core: hagukumi_core::Handbook, options: &OpenOptions) -> Result<Arc<Self>> {
        let pinned_today = options.today;
        Ok(Arc::new(Handbook {
            inner: Mutex::new(Some(Self::pinned(core, pinned_today))),
            pinned_today,
            observers: Arc::default(),
            next_observer: AtomicU64::new(1),
        }))
    }

    pub(crate) fn pinned(
        core: hagukumi_core::Handbook,
        today: Option<NaiveDate>,
    ) -> hagukumi_core::Handbook {
        match today {
            Some(today) => core.with_clock(FixedClock::on(today)),
            None => core,
        }
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
            let hb = inner.as_mut().ok_or_else(closed)?;
            f(hb)
        })
    }

    /// [`Handbook::with`] for a call that changes the handbook: observers hear of it
    /// once it succeeded.
    pub(crate) fn write<T>(
        &self,
        change: Change,
        f: impl FnOnce(&mut hagukumi_core::Handbook) -> Result<T>,
    ) -> Result<T> {
        let result = self.with(f)?;
        self.changed(change);
        Ok(result)
    }

    /// Tell every observer, outside the handbook's lock.
    pub(crate) fn changed(&self, change: Change) {
        let observers: Vec<Arc<dyn HandbookObserver>> = self
            .observers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(_, o)| Arc::clone(o))
            .collect();
        for o in observers {
            // An observer's panic is its own; the write has succeeded.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| o.on_change(change)));
        }
    }

    /// Poison the lock the way a panicking call would, to test the recovery.
    #[cfg(test)]
    pub(crate) fn panic_while_locked(&self) -> Result<()> {
        self.with(|_| panic!("test panic while holding the handbook"))
    }
}

/// Add, update and delete of one record kind: each a single core call.
macro_rules! record_calls {
    ($($kind:ident: $data:ty => $stored:ty, $add:ident, $update:ident, $delete:ident;)+) => {
        #[uniffi::export]
        impl Handbook {
            $(
                pub fn $add(&self, data: $data) -> Result<$stored> {
                    self.write(Change::Records { kind: RecordKind::$kind }, |hb| Ok(hb.$add(data)?))
                }

                pub fn $update(&self, id: RecordId, data: $data) -> Result<$stored> {
                    self.write(Change::Records { kind: RecordKind::$kind }, |hb| Ok(hb.$update(id, data)?))
                }

                pub fn $delete(&self, id: RecordId) -> Result<()> {
                    self.write(Change::Records { kind: RecordKind::$kind }, |hb| Ok(hb.$delete(id)?))
                }
            )+
        }
    };
}

record_calls! {
    Pregnancy: Pregnancy => PregnancyRecord, add_pregnancy, update_pregnancy, delete_pregnancy;
    PrenatalCheckup: PrenatalCheckup => PrenatalCheckupRecord,
        add_prenatal_checkup, update_prenatal_checkup, delete_prenatal_checkup;
    Child: Child => ChildRecord, add_child, update_child, delete_child;
    InfantCheckup: InfantCheckupRecord => stored::InfantCheckupRecord,
        add_infant_checkup, update_infant_checkup, delete_infant_checkup;
    Vaccination: Vaccination => VaccinationRecord, add_vaccination, update_vaccination, delete_vaccination;
    Dental: DentalRecord => stored::DentalRecord, add_dental, update_dental, delete_dental;
    Diary: DiaryEntry => DiaryRecord, add_diary, update_diary, delete_diary;
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

    /// Be told of every change (see the module documentation) until the handle is
    /// cancelled or dropped.
    pub fn observe(&self, observer: Arc<dyn HandbookObserver>) -> Arc<ObserverHandle> {
        let id = self.next_observer.fetch_add(1, Ordering::Relaxed);
        self.observers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((id, observer));
        Arc::new(ObserverHandle {
            id,
            observers: Arc::downgrade(&self.observers),
        })
    }

    /// Today in Japan (or the pinned date).
    pub fn today(&self) -> Result<NaiveDate> {
        self.with(|hb| Ok(hb.today()))
    }

    // ------------------------------------------------------------ screens

    /// The home screen: the mother, the ongoing pregnancy and a card per child.
    pub fn home(&self, lang: Lang) -> Result<HomeSummary> {
        self.with(|hb| Ok(hb.home(lang)?))
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
        self.with(|hb| Ok(hb.timeline(subject, cursor.as_deref(), limit, lang)?))
    }

    /// A child's card.
    pub fn child_summary(&self, child_id: RecordId, lang: Lang) -> Result<ChildSummary> {
        self.with(|hb| Ok(hb.child_summary(child_id, lang)?))
    }

    /// A pregnancy's card; `None` when it is not ongoing (delivered, or dated beyond
    /// 45 weeks).
    pub fn pregnancy_summary(
        &self,
        pregnancy_id: RecordId,
        lang: Lang,
    ) -> Result<Option<PregnancySummary>> {
        self.with(|hb| Ok(hb.pregnancy_summary(pregnancy_id, lang)?))
    }

    /// A growth chart of a child: the reference curves (the handbook's percentiles)
    /// and the child's measurements, birth included, with z-scores and corrected age
    /// where it applies.
    pub fn growth_chart(
        &self,
        child_id: RecordId,
        indicator: Indicator,
        standard: Standard,
        lang: Lang,
    ) -> Result<GrowthChart> {
        self.with(|hb| {
            let data = hb.growth_chart(child_id, indicator, standard)?;
            Ok(GrowthChart::from_core(data, lang))
        })
    }

    /// Where a measurement stands: the band and percentile on the handbook's 2023
    /// curves, WHO's z-score alongside, each with its sentence in `lang`. For the form's
    /// answer after saving (and before, as a live hint).
    pub fn growth_standings(
        &self,
        measurement: GrowthMeasurement,
        lang: Lang,
    ) -> Result<Vec<Standing>> {
        self.with(|hb| Ok(hb.growth_standings(&measurement, lang)?))
    }

    /// The warnings a measurement would get, without saving it: for a form that asks
    /// "is 75 kg right?" before the parent taps Save.
    pub fn growth_warnings(
        &self,
        measurement: GrowthMeasurement,
    ) -> Result<Vec<PlausibilityWarning>> {
        self.with(|hb| warnings(hb, &measurement))
    }

    /// Import photos from files, in order, each one independently: a refused file
    /// (HEIC, corrupt, too large) leaves nothing behind and the others still import.
    /// `entry`: a diary entry to attach them to. `progress` is called as files finish.
    pub fn import_photos(
        &self,
        paths: Vec<String>,
        entry: Option<RecordId>,
        progress: Option<Arc<dyn ImportProgress>>,
    ) -> Result<Vec<PhotoImport>> {
        self.write(Change::Photos, |hb| {
            let paths: Vec<std::path::PathBuf> = paths.into_iter().map(Into::into).collect();
            let mut report = crate::photos::progress_fn(progress);
            Ok(hb
                .import_photos(&paths, entry, &mut report)
                .into_iter()
                .map(PhotoImport::from)
                .collect())
        })
    }

    /// Import one photo from its bytes (a picker's data; JPEG, PNG or WebP).
    pub fn import_photo_bytes(&self, bytes: Vec<u8>, entry: Option<RecordId>) -> Result<Photo> {
        self.write(Change::Photos, |hb| {
            Ok(hb.import_photo_bytes(&bytes, entry)?.photo)
        })
    }

    pub fn photo(&self, id: String) -> Result<Photo> {
        self.with(|hb| Ok(hb.photo(&id)?))
    }

    /// Every stored photo, most recently taken first.
    pub fn photos(&self) -> Result<Vec<Photo>> {
        self.with(|hb| Ok(hb.photos()?))
    }

    /// Check the photo folder against the handbook; with `repair`, remove orphan
    /// files and remake missing thumbnails.
    pub fn check_photos(&self, repair: bool) -> Result<PhotoCheck> {
        let check = self.with(|hb| Ok(hb.check_photos(repair)?))?;
        if repair && check.repaired {
            self.changed(Change::Photos);
        }
        Ok(check)
    }

    // ------------------------------------------------------------ lists and records

    pub fn mother_profile(&self) -> Result<Option<MotherProfileRecord>> {
        self.with(|hb| Ok(hb.mother_profile()?))
    }

    /// All pregnancies, most recent first.
    pub fn pregnancies(&self) -> Result<Vec<PregnancyRecord>> {
        self.with(|hb| Ok(hb.pregnancies()?))
    }

    pub fn pregnancy(&self, id: RecordId) -> Result<PregnancyRecord> {
        self.with(|hb| Ok(hb.pregnancy(id)?))
    }

    /// A pregnancy's checkups, oldest first.
    pub fn prenatal_checkups(&self, pregnancy_id: RecordId) -> Result<Vec<PrenatalCheckupRecord>> {
        self.with(|hb| Ok(hb.prenatal_checkups(pregnancy_id)?))
    }

    /// The delivery of a pregnancy, if recorded.
    pub fn delivery_of(&self, pregnancy_id: RecordId) -> Result<Option<DeliveryRecord>> {
        self.with(|hb| Ok(hb.delivery_of(pregnancy_id)?))
    }

    pub fn children(&self) -> Result<Vec<ChildRecord>> {
        self.with(|hb| Ok(hb.children()?))
    }

    pub fn child(&self, id: RecordId) -> Result<ChildRecord> {
        self.with(|hb| Ok(hb.child(id)?))
    }

    /// A child's measurements, oldest first.
    pub fn growth(&self, child_id: RecordId) -> Result<Vec<GrowthRecord>> {
        self.with(|hb| Ok(hb.growth(child_id)?))
    }

    pub fn infant_checkups(&self, child_id: RecordId) -> Result<Vec<stored::InfantCheckupRecord>> {
        self.with(|hb| Ok(hb.infant_checkups(child_id)?))
    }

    pub fn vaccinations(&self, subject: Subject) -> Result<Vec<VaccinationRecord>> {
        self.with(|hb| Ok(hb.vaccinations(subject)?))
    }

    pub fn dental(&self, subject: Subject) -> Result<Vec<stored::DentalRecord>> {
        self.with(|hb| Ok(hb.dental(subject)?))
    }

    pub fn diary(&self, subject: Subject) -> Result<Vec<DiaryRecord>> {
        self.with(|hb| Ok(hb.diary(subject)?))
    }

    pub fn diary_entry(&self, id: RecordId) -> Result<DiaryRecord> {
        self.with(|hb| Ok(hb.diary_entry(id)?))
    }

    // ------------------------------------------------------------ user actions

    /// Enter or replace the mother's page.
    pub fn set_mother_profile(&self, profile: MotherProfile) -> Result<MotherProfileRecord> {
        self.write(
            Change::Records {
                kind: RecordKind::MotherProfile,
            },
            |hb| Ok(hb.set_mother_profile(profile)?),
        )
    }

    /// Record the delivery and create its child (or children) in one action.
    pub fn record_delivery(
        &self,
        delivery: Delivery,
        newborns: Vec<Newborn>,
    ) -> Result<DeliveryRecorded> {
        self.write(
            Change::Records {
                kind: RecordKind::Delivery,
            },
            |hb| {
                let (delivery, children) = hb.record_delivery(delivery, newborns)?;
                Ok(DeliveryRecorded { delivery, children })
            },
        )
    }

    pub fn update_delivery(&self, id: RecordId, delivery: Delivery) -> Result<DeliveryRecord> {
        self.write(
            Change::Records {
                kind: RecordKind::Delivery,
            },
            |hb| Ok(hb.update_delivery(id, delivery)?),
        )
    }

    pub fn delete_delivery(&self, id: RecordId) -> Result<()> {
        self.write(
            Change::Records {
                kind: RecordKind::Delivery,
            },
            |hb| Ok(hb.delete_delivery(id)?),
        )
    }

    /// Save a measurement; the result carries the plausibility warnings (a value is
    /// never refused for being unusual, only for being impossible).
    pub fn add_growth(&self, measurement: GrowthMeasurement) -> Result<GrowthSaved> {
        self.write(
            Change::Records {
                kind: RecordKind::Growth,
            },
            |hb| {
                let record = hb.add_growth(measurement)?;
                let warnings = warnings(hb, &record.data)?;
                Ok(GrowthSaved { record, warnings })
            },
        )
    }

    pub fn update_growth(
        &self,
        id: RecordId,
        measurement: GrowthMeasurement,
    ) -> Result<GrowthSaved> {
        self.write(
            Change::Records {
                kind: RecordKind::Growth,
            },
            |hb| {
                let record = hb.update_growth(id, measurement)?;
                let warnings = warnings(hb, &record.data)?;
                Ok(GrowthSaved { record, warnings })
            },
        )
    }

    pub fn delete_growth(&self, id: RecordId) -> Result<()> {
        self.write(
            Change::Records {
                kind: RecordKind::Growth,
            },
            |hb| Ok(hb.delete_growth(id)?),
        )
    }

    /// Insert many records in one transaction (imports, the demo family, benchmarks):
    /// if any is refused, none is written. Returns the new ids, in order. Records may
    /// refer only to records that exist before the batch.
    pub fn add_batch(&self, records: Vec<NewRecord>) -> Result<Vec<RecordId>> {
        let kinds: Vec<RecordKind> = records.iter().map(new_record_kind).collect();
        let ids = self.with(|hb| Ok(hb.add_records(records)?))?;
        let mut told = Vec::new();
        for kind in kinds {
            if !told.contains(&kind) {
                told.push(kind);
                self.changed(Change::Records { kind });
            }
        }
        Ok(ids)
    }
}

fn new_record_kind(r: &NewRecord) -> RecordKind {
    match r {
        NewRecord::Pregnancy { .. } => RecordKind::Pregnancy,
        NewRecord::PrenatalCheckup { .. } => RecordKind::PrenatalCheckup,
        NewRecord::Child { .. } => RecordKind::Child,
        NewRecord::Growth { .. } => RecordKind::Growth,
        NewRecord::InfantCheckup { .. } => RecordKind::InfantCheckup,
        NewRecord::Vaccination { .. } => RecordKind::Vaccination,
        NewRecord::Dental { .. } => RecordKind::Dental,
        NewRecord::Diary { .. } => RecordKind::Diary,
    }
}

/// The result of saving a measurement, with the reasons to look at it again.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GrowthSaved {
    pub record: GrowthRecord,
    /// Probably-a-typo warnings (75 kg for 7.5 kg, a jump of more than 2 SD). The value
    /// is saved anyway: a real, alarming measurement must be recordable too.
    pub warnings: Vec<PlausibilityWarning>,
}

/// Recording a delivery creates its children.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DeliveryRecorded {
    pub delivery: DeliveryRecord,
    pub children: Vec<ChildRecord>,
}

/// Plausibility warnings for a measurement, against the child's previous one.
fn warnings(
    hb: &hagukumi_core::Handbook,
    m: &GrowthMeasurement,
) -> Result<Vec<PlausibilityWarning>> {
    Ok(hb.growth_warnings(m)?)
}
