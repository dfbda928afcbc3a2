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

## ----- end of errors -----



## ===== model =====
## Record kinds, choices and their labels (core/src/model/, schedule/codes.rs) and the CLI's parsing of them (cli/src/parse.rs).
## (end of the section's header)

## ----- end of model -----



## ===== growth =====
## Growth: charts, standings, plausibility, the survey (core/src/growth/).
## (end of the section's header)

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

## ----- end of app -----
