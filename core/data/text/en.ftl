# Hagukumi: English catalog. The fallback for a message missing in another language.
#
# Source: the project's own English; handbook terms follow the official English edition's
# sense (Maternal and Child Health Handbook). Format: Project Fluent. See README.md in
# this folder for how to add a language.
# status: complete

### Glossary: the paper handbook's own words, one word per thing.
### Page and section names as 母子保健法施行規則 様式第三号 (2023 edition) prints them; the
### form's source is cited in core/data/forms/child-pages.toml ([[source]] form-2023). A
### dose past its recommended period is -overdue everywhere (the project's word; the form
### prints none). Messages say { -term } instead of writing the word again.

-handbook = Maternal and Child Health Handbook
-prenatal-checkup = prenatal checkup
-prenatal-checkup-short = prenatal checkup
-pregnancy-course = course of pregnancy
-delivery-page = delivery record
-infant-checkup = infant health checkup
-checkup-short = checkup
-vaccination-record = vaccination record
-vaccination = vaccination
-growth-curve = growth curves
-test-record = test record
-postpartum-checkup = postpartum checkup
-stool-color-record = stool colour record
-due-date = due date
-lmp = last menstrual period
-gestational-age = weeks of pregnancy
-child = child
-mother = mother
-diary = diary
-overdue = overdue
-due-now = due
-upcoming = upcoming


## ===== common =====
## Words shared by every part: units, yes/no, list joining. Lead.
## (end of the section's header)

list-separator = {", "}

## ----- end of common -----



## ===== errors =====
## The core's errors and the form checks (core/src/error.rs, problem.rs, forms/, foreign.rs).
## (end of the section's header)

errors-field-name = name
errors-field-birth-date = birth date
errors-field-lmp = { -lmp }
errors-field-due-date = { -due-date }
errors-field-fetuses = number of babies
errors-field-date = date
errors-field-next-visit = next visit
errors-field-weight = weight
errors-field-pre-pregnancy-weight = weight before pregnancy
errors-field-height = height
errors-field-length = length
errors-field-head = head circumference
errors-field-chest = chest circumference
errors-field-systolic = systolic blood pressure
errors-field-diastolic = diastolic blood pressure
errors-field-fundal-height = fundal height
errors-field-abdominal-girth = abdominal girth
errors-field-gestational-age = gestational age
errors-field-apgar = Apgar score
errors-field-birth-order = birth order
errors-field-dose = dose number
errors-field-teeth = number of teeth
errors-field-caries = number of cavities
errors-field-text = text
errors-field-question = question
errors-field-photos = photos
errors-field-subjects = who it is about
errors-field-delivered-at = time of birth
errors-field-newborns = babies
errors-field-blood-loss = blood loss
errors-field-record-id = record id
errors-field-cursor = timeline position

errors-required = The { $field } is empty. Please fill it in.
errors-too-long = The { $field } is too long ({ $len } characters; at most { $max }).
errors-date-in-future = The { $field } { $date } is in the future (today is { $today }).
errors-before-birth = The { $field } { $date } is before the birth date { $birth }.
errors-before-pregnancy = The { $field } { $date } is before this pregnancy began ({ $start }).
errors-before-other = The { $field } { $date } is before the { $other } { $other_date }.
errors-implausible-date = The { $field } { $date } is too far from today ({ $today }) to be right. Please check the year.
errors-out-of-range = A { $field } of { $value } { $unit } is not possible { $context } (expected { $min }–{ $max } { $unit }). Please check the number and the decimal point.
errors-context-newborn = for a newborn
errors-context-adult = for an adult
errors-context-child-months = for a child of { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
errors-context-child-years = for a child of { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
errors-blood-pressure-order = The blood pressure { $systolic }/{ $diastolic } has the lower value above the upper one. Please check the order.
errors-dating-mismatch = The { -due-date } ({ $due }) is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } { $later ->
        [yes] later
       *[no] earlier
    } than the { -lmp } ({ $lmp }) gives; one of them is likely mistyped.
errors-no-dating = Enter the { -lmp } or the { -due-date }, so the { -gestational-age } can be counted.
errors-no-measurement = Enter at least one of weight, length or head circumference.
errors-no-subject = Choose who this entry is about (a pregnancy or a child).
errors-unknown-code = Unknown { $what } "{ $value }". Use one of: { $valid }.
errors-what-vaccine-code = vaccine code
errors-what-rotavirus-brand = rotavirus brand
errors-what-checkup = checkup
errors-what-maternal-rsv = maternal RSV vaccine
errors-what-a-pregnancy = a pregnancy
errors-what-a-child = a child
errors-what-a-child-or-pregnancy = a child or a pregnancy
errors-what-the-family = the family
errors-what-childhood-vaccines = childhood vaccines
errors-what-page = page
errors-what-this-page = this page
errors-dose-out-of-range = { $vaccine } dose { $dose } does not exist (the series has at most { $max } doses).
errors-wrong-subject = { $what } can only be recorded for { $expected }.
errors-newborn-count = This pregnancy was recorded with { $expected ->
        [one] { $expected } baby
       *[other] { $expected } babies
    }, but the delivery lists { $got }.
errors-already-delivered = This pregnancy already has a delivery record; edit that one instead.
errors-unknown-photo = The photo "{ $reference }" is not in this handbook; import it first.
errors-birth-gestational-age = Gestational age { $ga } at birth is outside 22w0d–45w0d; please check it.
errors-ended-by-birth = This pregnancy has a delivery record: it ended in a birth. If the delivery was recorded by mistake, delete that record first.
errors-pregnancy-ended = This pregnancy is recorded as ended on { $on }. If that was recorded by mistake, reopen it first (hagukumi pregnancy reopen).
errors-pregnancy-has-diary = Diary entries are about this pregnancy ({ $entries }); they would no longer be reachable, so it is not deleted. To record that the pregnancy ended, use `pregnancy end` (everything is kept); to delete it, delete those entries first.

errors-not-found = No { $kind } with id { $id } (it may have been deleted).
errors-schema-too-new = This handbook was saved by a newer version of Hagukumi (data format { $found }; this version reads up to { $supported }). Please update the app; the file was not changed.
errors-not-a-handbook = { $path } is not a Hagukumi handbook (it belongs to another application).
errors-corrupt = The handbook file { $path } is damaged and cannot be opened: { $detail }
errors-disk-full = The phone's storage is full; nothing was saved while { $context }. Free some space and try again.
errors-busy = The handbook is busy in another part of the app; nothing was saved while { $context }. Try again.
errors-io = Could not use the folder { $path }: { $detail }
errors-storage = Storage error while { $context }: { $detail }
errors-bad-cursor = The timeline position { $cursor } is not valid; start again from the first page.
errors-bad-stored-value = The stored { $what } could not be read ({ $detail }); the file may have been edited by another program.
errors-stored-share = share
errors-stored-feed = city feed
errors-stored-city = city settings
errors-stored-timeline = timeline
errors-stored-record = record
errors-read-only-view = This is a read-only copy of another family's handbook; only that family's shares change it.
errors-merge = Could not merge the share: { $detail }
errors-bad-argument = "{ $value }" is not a valid { $field }{ $hint ->
        [date-time] ; write it as 2025-10-03T14:25
        [weeks-days] ; write it as weeks+days, e.g. 38+2
        [uuid] {" "}(a UUID)
        [cursor] ; start again from the first page
        [date] ; write it as YYYY-MM-DD, e.g. 2025-10-03
       *[none] {""}
    }
errors-growth-unavailable = { $detail }
errors-growth = { $detail }
errors-read-only-file = { $upgrade ->
        [yes] The handbook { $path } must be upgraded to this version, but it cannot be written (a read-only file or folder).
       *[no] The handbook { $path } is open for reading only (a read-only file or folder); nothing was saved.
    }
errors-damaged = The handbook file is damaged (found while { $context }: { $detail }). Make a rescue backup now (`hagukumi backup create --rescue`, or Backup → Rescue backup in the app): it saves every record that can still be read. Then restore that backup.
errors-duplicate-item = { $date } { $what } (id { $id })
errors-duplicate-item-plain = { $date } (id { $id })
errors-duplicate-separator = {"; "}
errors-likely-duplicate = This looks like a { $kind } already saved: { $found }. Nothing was saved, so that it is not recorded twice. If that one has a mistake, correct that one instead. To save this one as well, run the command again with --force (in the app: confirm "Save anyway").

forms-unknown-form = There is no page "{ $id }" in this handbook.
forms-needs-subject = The page "{ $form }" is about { $subject }; choose it first.
forms-not-of-form = The record { $id } is not a "{ $form }" page.
forms-unreadable-record = The page could not be read as a record: { $detail }
forms-entry-date = Date
forms-source-since = {" "}({ $since }–)
forms-summary-separator = {"; "}
forms-yes = yes
forms-no = no
forms-yes-since = yes ({ $date })
forms-date = { $iso }
forms-date-time = { $date } { $time }
forms-gestation = { $weeks }w{ $days }d
forms-photos = { $n ->
        [one] { $n } photo
       *[other] { $n } photos
    }
forms-legacy-answer = { $question }: { $answer }
forms-alert-contact-doctor = The stool colour is close to numbers 1–3 of the stool colour card. This may be a sign of biliary atresia or another illness: do not wait for the next { -checkup-short }, see a paediatrician or paediatric surgeon as soon as possible. Call your paediatrician or the hospital where your baby was born today.
forms-alert-talk-to-desk = The questionnaire score has reached the level at which talking to someone is recommended. It is not a diagnosis. You don't have to carry this alone: would you talk to the city's consultation desk or to your clinic?
forms-alert-contact-doctor-title = See a doctor now
forms-alert-talk-to-desk-title = Please talk to someone
forms-position-recumbent = lying (recumbent)
forms-position-standing = standing
forms-unknown-field = "{ $label }" is not a field of this page.
forms-repeated = "{ $label }" was given twice.
forms-wrong-type = "{ $label }" takes { $expected }.
forms-required = Please fill in "{ $label }".
forms-out-of-range = "{ $label }" must be between { $min } and { $max } { $unit }. Please check the number and the decimal point.
forms-weeks-out-of-range = "{ $label }" must be between { $min } and { $max } weeks. Please check the number.
forms-too-precise = "{ $label }" is entered in steps of { $step }.
forms-not-an-option = "{ $label }" takes one of: { $options }.
forms-too-long = "{ $label }" is too long ({ $len } characters; at most { $max }).
forms-too-many-photos = "{ $label }" takes at most { $max } photos.
forms-date-in-future = "{ $label }" is in the future (today is { $today }).
forms-before-start = "{ $label }" is before the birth or the start of the pregnancy ({ $start }).
forms-expects-yes-no = yes or no
forms-expects-when = no, or yes with a date
forms-expects-date = a date
forms-expects-date-time = a date and time
forms-expects-gestation = weeks and days of pregnancy
forms-expects-number = a number
forms-expects-integer = a whole number
forms-expects-choice = one of the options
forms-expects-text = text
forms-expects-photos = photos

errors-handbook-closed = The handbook is closed. Open it again.
errors-internal = Something went wrong inside Hagukumi ({ $detail }). Nothing was saved; please try again.

## ----- end of errors -----



## ===== model =====
## Record kinds, choices and their labels (core/src/model/, schedule/codes.rs) and the CLI's parsing of them (cli/src/parse.rs).
## (end of the section's header)

## ----- end of model -----



## ===== growth =====
## Growth: charts, standings, plausibility, the survey (core/src/growth/).
## (end of the section's header)

# Terms of this section.
-growth-japan-survey = 2023 Japanese infant growth survey

# Indicators (Indicator::label) and what was measured, named plainly.
growth-indicator-weight = Weight-for-age
growth-indicator-length = Length/height-for-age
growth-indicator-head = Head circumference-for-age
growth-indicator-bmi = BMI-for-age
growth-indicator-weight-for-length = Weight-for-length/height
growth-measure-weight = Weight
growth-measure-length = Length/height
growth-measure-head = Head circumference
growth-measure-bmi = BMI

# The standards, and the credit printed under anything drawn from them.
growth-standard-who = WHO Child Growth Standards (2006)
growth-standard-japan = Japan 2023 infant growth survey
growth-attribution-who = Source: WHO Child Growth Standards (2006), LMS curves
growth-attribution-japan = Source: Children and Families Agency (こども家庭庁), 2023 National Growth Survey on Preschool Children (e-Stat tables 1–3), processed by Hagukumi

# The bands between the handbook's seven percentile lines.
growth-band-below-p3 = below the 3rd percentile
growth-band-p3-p10 = 3rd–10th percentile
growth-band-p10-p25 = 10th–25th percentile
growth-band-p25-p50 = 25th–50th percentile
growth-band-p50-p75 = 50th–75th percentile
growth-band-p75-p90 = 75th–90th percentile
growth-band-p90-p97 = 90th–97th percentile
growth-band-above-p97 = 97th percentile or above

# Ages (core/src/growth/age.rs): calendar age, and with the corrected age.
growth-age = { $years ->
    [0] {""}
    [one] { $years } year{" "}
   *[other] { $years } years{" "}
}{ $months ->
    [one] { $months } month
   *[other] { $months } months
} { $days ->
    [one] { $days } day
   *[other] { $days } days
}
growth-age-with-corrected = { $age } (corrected { $corrected })
growth-age-before-due-date = { $age } (corrected: { $days ->
    [one] { $days } day
   *[other] { $days } days
} before the { -due-date })
# Where a reference ends: an age in years and months, or a length.
growth-age-years-months = { $years ->
    [one] { $years } year
   *[other] { $years } years
}{ $months ->
    [0] {""}
    [one] {" "}{ $months } month
   *[other] {" "}{ $months } months
}
growth-length-cm = { $cm } cm

# Why a measurement has no percentile (NotScored::message).
growth-not-scored-before-due-date = measured { $days ->
    [one] { $days } day
   *[other] { $days } days
} before the { -due-date }: the curves start at term
growth-not-scored-outside-table = outside the reference (it ends at { $end })
growth-not-scored-invalid = not a valid value
growth-not-scored-not-in-standard = the { -growth-japan-survey } has no such curve (see WHO)

# Standings (standing.rs).
growth-standing-interpolated = { $band } (about { $percentile }, interpolated)
growth-standing-who = WHO z { $z } (P{ $percentile })
growth-standing-both = { $japan } / { $who }

# Plausibility warnings: they ask to look again and never refuse the value.
growth-plausibility-not-positive = { $field } is { $value }. Please check the entry.
growth-plausibility-before-birth = The date { $date } is before the birth on { $birth }. Please check the date.
growth-plausibility-outside = { $field } { $value } { $unit } is far outside the reference (z = { $z }). Please check the value; it can still be saved as entered.
growth-plausibility-outside-slip = { $field } { $value } { $unit } is far outside the reference (z = { $z }) (did you mean { $suggestion } { $unit }?). Please check the value; it can still be saved as entered.
growth-plausibility-jump = { $indicator } z-score moved { $delta } SD since the previous measurement ({ $previous } → { $z }). Please check the value and date; it can still be saved as entered.

# Errors of the growth module (GrowthError::message).
growth-error-unavailable = The { $standard } cannot be used here: { $reason }.
growth-reason-no-lms = the { -growth-japan-survey } publishes percentile lines, not LMS tables; use the WHO standard for z-scores
growth-reason-no-curve = the { -growth-japan-survey } publishes weight, length/height and head circumference only; use the WHO standard for this chart
growth-error-data = bundled growth table { $file }, line { $line }: { $detail }
growth-error-before-birth = measurement dated { $date } is before the birth on { $birth }
growth-error-out-of-range = { $what } { $value } is outside { $min }–{ $max }
growth-error-unknown-name = unknown name "{ $name }"
growth-error-render = could not render the chart to PNG: { $detail }
growth-what-bmi = pre-pregnancy BMI
growth-what-height = pre-pregnancy height (cm)
growth-what-weight = pre-pregnancy weight (kg)

# Weight gain during pregnancy (JSOG 2021).
growth-bmi-underweight = underweight
growth-bmi-normal = normal weight
growth-bmi-obese1 = obese (class 1)
growth-bmi-obese2 = obese (class 2 or more)
growth-gain-range = Pre-pregnancy BMI { $bmi } ({ $class }): the recommended weight gain during pregnancy is { $min }–{ $max } kg.
growth-gain-individual = Pre-pregnancy BMI { $bmi } ({ $class }): weight gain is planned individually with your doctor (up to about { $max } kg).

# The chart picture (svg.rs).
growth-chart-title = { $quantity } ({ $sex })
growth-chart-boy = boy
growth-chart-girl = girl
growth-chart-subtitle = { $standard } — { $lines }
growth-chart-percentile-lines = Percentile curves (3, 10, 25, 50, 75, 90, 97)
growth-chart-sd-lines = SD curves (−3 to +3 SD)
growth-chart-percentile-head =
    per-
    centile
growth-chart-weight-for-height = Weight-for-height
growth-chart-weight-for-length = Weight-for-length
growth-chart-y-axis = { $quantity } ({ $unit })
growth-chart-x-corrected-age = Corrected age (counted from the { -due-date } until 2 years)
growth-chart-x-age = Age
growth-chart-x-length = Length, lying (cm)
growth-chart-x-height = Height, standing (cm)
growth-chart-tick-months = { $months } mo
growth-chart-tick-years = { $years } y
growth-chart-point = { $date } { $age }: { $value } { $unit } (z { $z }, P{ $percentile })
growth-chart-footer-not-shown = { $source }  /  { $n ->
    [one] { $n } record
   *[other] { $n } records
} not shown (before the { -due-date } or off the table)

# The survey tool for city staff (survey.rs).
growth-survey-error-read = could not read the input: { $detail }
growth-survey-error-write = could not write the output: { $detail }
growth-survey-error-empty = the input is empty: the first line must name the columns
growth-survey-error-missing-column = the header has no { $missing } column (found: { $found })
growth-survey-error-line-too-long = line { $line } is longer than { $limit } bytes: not a checkup CSV
growth-survey-error-encoding = line { $line } is neither UTF-8 nor Shift_JIS (CP932) text
growth-survey-row-not-a-number = { $column }: { $value } is not a number
growth-survey-row-sex = { $column }: { $value } is not 1/2, m/f or male/female
growth-survey-row-date = { $column }: { $value } is not a date (YYYY-MM-DD)
growth-survey-row-before-birth = date is before birth_date
growth-survey-row-measure = { $column }: { $value } is not l (lying) or h (standing)
growth-survey-report-title = Anthropometric survey
growth-survey-report-heading = Anthropometric survey (WHO Anthro compatible)
growth-survey-report-counts = Rows: { $rows } / Rows with errors: { $errors } / 60 months or older (not scored): { $old }
growth-survey-zlen = Length/height-for-age
growth-survey-zwei = Weight-for-age
growth-survey-zwfl = Weight-for-length/height
growth-survey-zbmi = BMI-for-age
growth-survey-zhc = Head circumference-for-age
growth-survey-column-age = Age group
growth-survey-column-flagged = Flagged
growth-survey-column-mean = Mean z
growth-survey-group = { $from }–{ $to } months
growth-survey-group-all = All
growth-survey-bands = { -growth-japan-survey } percentile bands

## ----- end of growth -----



## ===== schedule =====
## Vaccinations, checkups and reminders (core/src/schedule/).
## (end of the section's header)

## ----- end of schedule -----



## ===== feed =====
## The city's feed, notices, desks, open-data import (core/src/feed/, core/src/store/feed*).
## (end of the section's header)

## ----- end of feed -----



## ===== store =====
## Home, timeline, duplicates, pregnancy, sharing and backup reports (core/src/store/, share/, bundle/, photos/).
## (end of the section's header)

## Home: the worries at the top (core/src/store/summary.rs).
store-desk-fallback = your city's children and family centre (こども家庭センター)
store-worry-page-alert-named = { $name }: { $said }
store-worry-page-alert-desk = { $said } ({ $desk })
store-worry-pregnancy-loss = You do not have to carry this alone. If you would like someone to listen, or to talk anything over, { $desk } is there for you.
# $count: how many measurements $what names.
store-worry-growth-outside = { $name }'s { $what } { $count ->
        [one] is
       *[other] are
    } outside the usual range of the growth chart. Show it to the doctor at the next { -checkup-short } or your paediatrician; { $desk } is also there for any worry.
store-indicator-weight = weight
store-indicator-length = length
store-indicator-head = head circumference
store-indicator-bmi = BMI
store-indicator-weight-for-length = weight for length
## The pregnancy card's weeks (a count from 0, so "0 days" is normal).
store-pregnancy-weeks = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } { $days ->
        [one] { $days } day
       *[other] { $days } days
    }

## The timeline's lines (core/src/store/timeline.rs). Titles start with a capital,
## so the glossary's lower-case words are written out where they begin one.
store-timeline-birth = { $name } was born
store-timeline-delivery = Delivery
store-timeline-prenatal = Prenatal checkup
store-timeline-prenatal-at = Prenatal checkup ({ $ga })
store-ga-short = { $weeks }w{ $days }d
store-timeline-growth = Measurement
store-timeline-vaccination = Vaccination: { $what }
store-timeline-dental = Dental checkup
store-timeline-cavities = { $n ->
        [one] { $n } cavity
       *[other] { $n } cavities
    }
store-timeline-fluoride = fluoride
store-timeline-diary = Diary
store-timeline-diary-mood = Diary ({ $mood })

## A record in one line: the timeline's details and the look-alikes a new record is
## compared with (core/src/store/duplicates.rs). Numbers come with their decimals.
store-brief-weight-kg = weight { $kg } kg
store-brief-weight-g = weight { $g } g
store-brief-length = length { $cm } cm
store-brief-head = head { $cm } cm
store-brief-blood-pressure = BP { $systolic }/{ $diastolic }
store-brief-urine-protein = protein { $value }
store-brief-urine-glucose = glucose { $value }
store-brief-fundal-height = fundal height { $cm } cm
store-brief-teeth = { $n ->
        [one] { $n } tooth
       *[other] { $n } teeth
    }
store-brief-vaccine-dose = { $vaccine } dose { $dose }
store-brief-delivery = { $time } { $method }
store-brief-pregnancy = pregnancy ({ -due-date } { $due })

## Merging a share (core/src/store/sync.rs).
store-merge-bad-record = a { $kind } record in the bundle is not valid: { $detail }
store-merge-invalid-record = the { $kind } record { $id } in the bundle breaks a rule: { $error }
store-merge-missing-parent = the bundle refers to records this handbook does not have; import the family's earlier shares first, or ask for a full share

## Share and backup files (core/src/bundle/).
store-bundle-kind-share = shared records
store-bundle-kind-backup = a backup
store-secret-key = a share key
store-secret-passphrase = a passphrase
store-bundle-not-a-bundle = This file is not a Hagukumi bundle.
store-bundle-unsupported-version = This bundle uses format version { $found }; this app reads up to version { $supported }. Please update the app.
store-bundle-wrong-key = The share key or passphrase is not the one this bundle was made with.
store-bundle-secret-mismatch = This bundle is protected by { $needed }, but { $given } was given.
store-bundle-kind-mismatch = This file is { $found }, not { $expected }.
store-bundle-damaged = The bundle is damaged or was altered (at byte { $at }); nothing from it can be trusted.
store-bundle-truncated = The bundle ends too early: the file is incomplete (the copy or download was cut off).
store-bundle-bad-share-key = This is not a valid share key: { $detail }
store-bundle-bad-kdf-params = The bundle asks for key-derivation settings this app refuses (memory { $memory } KiB, { $iterations } iterations, parallelism { $parallelism }).
store-bundle-passphrase-too-short = The passphrase is too short ({ $len ->
        [one] { $len } character
       *[other] { $len } characters
    }; at least { $min }).
store-bundle-too-large = The bundle would exceed the largest size the format allows ({ $limit } bytes).
store-bundle-no-randomness = The operating system gave no random numbers: { $detail }
store-bundle-io = Reading or writing the bundle failed: { $detail }

## Sharing, backing up and restoring (core/src/share/error.rs).
store-share-bad-content = The bundle's contents are malformed ({ $detail }); nothing was changed.
store-share-made-by-newer-app = This bundle was made by a newer version of Hagukumi (data format { $found }; this version reads up to { $supported }). Please update the app; nothing was changed.
store-share-other-family = This share belongs to another family's handbook, and this handbook already has records of its own; nothing was changed.
store-share-viewer-share = This share is for viewing (grandparents, relatives): open it as a family view, not into your own handbook.
store-share-wrong-view = This view shows another family ({ $family }); a share from a different family goes into a view of its own.
store-share-co-parent-needs-family = A co-parent share carries the whole family's handbook; it cannot be limited to one { -child } or pregnancy.
store-share-choice-needed = This phone already has records. Choose whether the backup replaces them or is merged with them.
store-share-in-memory = A handbook kept only in memory has no files to back up or restore into.
store-share-no-share = There is no share with id { $id }.
store-share-empty-name = The share's name must not be empty.
store-share-restored-check-failed = The restored handbook failed its check ({ $detail }); the current one was kept.
store-share-unexpected-schema = The backup's database contains things Hagukumi never writes ({ $found }); it may have been tampered with. Nothing was restored and the current handbook was kept.

## Photos (core/src/photos/error.rs). Sizes come with one decimal.
store-photo-heic = This is a HEIC/HEIF photo. The iPhone app converts HEIC photos to JPEG before adding them; from elsewhere, export the photo as JPEG first.
store-photo-unknown-format = This file is not a photo we can add ({ $found }). Use a JPEG, PNG or WebP image.
store-photo-too-large = The file is too large ({ $mb } MB; at most { $max } MB). Export a smaller copy of the photo.
store-photo-too-many-pixels = The image is { $width }×{ $height } pixels, more than the { $megapixels } megapixels a photo can have here. Export a smaller copy of the photo.
store-photo-corrupt = The { $format } file is damaged or incomplete ({ $detail }). Try copying the photo again.
store-photo-read = Could not read { $path }: { $detail }
store-photo-not-a-file = { $path } is { $what }, not a photo file. Choose the photo itself.
store-photo-write = Could not save the photo in { $path }: { $detail }
store-photo-no-folder = This handbook has no folder for photos (it is kept in memory); open it from a file, or give it a photo folder.
store-photo-not-found = No photo with id { $id } (it may have been deleted).
store-not-a-file-folder = a folder
store-not-a-file-named-pipe = a named pipe (FIFO)
store-not-a-file-device = a device
store-not-a-file-socket = a socket
store-not-a-file-other = not a regular file

## ----- end of store -----



## ===== export =====
## The printed summary and the FHIR export (core/src/export/).
## (end of the section's header)

export-title = { $name } — Child health record
export-prepared-on = Prepared on { $date }
export-child = Child
export-name = Name
export-name-kana = Name (kana)
export-sex = Sex
export-birth-date = Date of birth
export-age = Age
export-born-at = Born at
export-presentation = Presentation
export-choice-other = { $choice } ({ $other })
export-delivery-method = Delivery
export-labor-duration = Length of labour
export-ga-at-birth = Gestational age at birth
export-ga-value = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
export-grams = { $g } g
export-cm = { $cm } cm
export-weight = Weight
export-length = Length
export-head = Head circumference
export-chest = Chest circumference
export-apgar-1min = Apgar score (1 min)
export-apgar-5min = Apgar score (5 min)
export-birth-findings = Special findings and treatment
export-at-birth = At birth
export-nothing-recorded = Nothing recorded.
export-footer = Prepared with Hagukumi (electronic maternal and child health handbook). Growth read against the WHO Child Growth Standards (2006); vaccination plan under the Japanese schedule { $version }.
export-footer-clinical = This is the family's record; clinical decisions rest with the clinician.
export-value-unit = { $value } { $unit }
export-not-scored = not scored
export-unreadable-row = This record cannot be read: { $detail }
export-growth = { -growth-curve }
export-no-measurements = No measurements recorded.
export-growth-legend = z: z-score against the WHO Child Growth Standards; P: percentile. Preterm children are read at corrected age until 2 years.
export-date = Date
export-age-column = Age
export-length-height = Length / height
export-head-column = Head
export-notes = Notes
export-at-birth-age = At birth
export-cm-lying = cm (lying)
export-cm-standing = cm (standing)
export-vaccinations = { -vaccination-record }
export-given = Given
export-no-doses = No doses recorded.
export-given-on = Date
export-vaccine = Vaccine
export-dose = Dose
export-product = Product
export-lot = Lot
export-clinic = Clinic
export-vaccine-name = { $name } ({ $ja })
export-next-doses = Next doses
export-no-planned-doses = No doses are planned.
export-status = Status
export-recommended = Recommended
export-why = Why
export-left-out = Records left out of the plan (please check them)
export-alert-line = { $date } { $page }: { $field } { $value }
export-pages = Newborn period, screening tests and checkups
export-written-on = written on { $date }
export-parents-record = Parents' record
export-written-by-parents = written by the parents
export-checkup = Checkup
export-written-by-clinic = written by the clinic
export-seen-on = seen on { $date }
export-findings = Findings
export-page-not-in-edition = This page's questions are not in this edition of the { -handbook }.
export-fhir-measured-at-birth = Measured at birth
export-fhir-findings = Findings
export-fhir-when-date = When (date)
export-code-table = The bundled export code table { $file } is invalid: { $detail }

## ----- end of export -----



## ===== cli =====
## The CLI's own lines: what a command did, lists, errors (cli/src/).
## (end of the section's header)

## ----- end of cli -----



## ===== cli-help =====
## The CLI's help: every command's and option's description (cli/src/help.rs).
## (end of the section's header)

## ----- end of cli-help -----



## ===== app =====
## Sentences the apps' shared modules compute (android/handbook, ios/HandbookKit) through `format`.
## (end of the section's header)

app-import-already = This file was already imported.
app-import-joined = Joined the family's handbook ({ $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }).
app-import-done = Imported { $records ->
        [one] { $records } record
       *[other] { $records } records
    } and { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }.
app-restore-replaced = Restored from the backup ({ $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }).
app-restore-merged = Merged the backup ({ $applied } updated, { $unchanged } already there).
# $lost: the rows counted as unreadable; $more: "yes" when some table could not be counted.
app-rescue-done = Rescue backup made: { $saved ->
        [one] { $saved } record
       *[other] { $saved } records
    } saved, { $lost }{ $more ->
        [yes] +
       *[no] {""}
    } unreadable, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    } lost. Save this file, then use "Restore from a backup".
app-city-moved = Moved from { $from } to { $to }. Archived { $notices ->
        [one] { $notices } notice
       *[other] { $notices } notices
    }.
app-city-set = Now following { $to }.
app-city-same = Already following { $to }.
app-role-co-parent = Co-parent
app-role-viewer = View only
app-scope-family = The whole family
app-scope-child = A child
app-scope-pregnancy = The pregnancy
app-weight-gain-range = { $min }–{ $max } kg
app-weight-gain-up-to = up to { $max } kg
app-weight-gain = Gained so far { $gain } kg (guide: { $range })
app-photos-all-there = { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, all in place.
app-photos-problems = { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }: { $problems }.
app-photos-missing = { $n ->
        [one] { $n } file missing or damaged
       *[other] { $n } files missing or damaged
    }
app-photos-remade = { $n ->
        [one] { $n } file remade
       *[other] { $n } files remade
    }
app-photos-strays-removed = { $n ->
        [one] { $n } stray file removed
       *[other] { $n } stray files removed
    }
app-photos-strays = { $n ->
        [one] { $n } stray file
       *[other] { $n } stray files
    }
app-pages-mother = Mother
app-pages-family = Family
app-pages-pregnancy = Pregnancy { $n }
app-pages-pregnancy-due = Pregnancy { $n } ({ -due-date } { $date })
app-pages-pregnancy-lmp = Pregnancy { $n } ({ -lmp } { $date })
app-failure-file = A file could not be read or written ({ $detail }).
app-failure-unexpected = Something unexpected stopped this action ({ $detail }). Please try again.
app-name = Hagukumi

## ----- end of app -----


## ===== form-pages =====
## The handbook's pages as forms: titles, section titles, field labels, help, units and
## options of core/data/forms/*.toml, by the form's and field's ids (checked against the
## form definitions by core/src/forms/tests.rs).
## (end of the section's header)

## ----- end of form-pages -----
