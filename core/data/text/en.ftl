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

model-choice-unknown = Unknown { $what } "{ $value }". Use one of: { $accepted }.
model-choice-accepted = { $code }
model-choice-accepted-same = { $code }

model-what-sex = sex
model-sex-male = boy
model-sex-female = girl

model-what-position = measuring position
model-position-recumbent = recumbent
    .aliases = lying
model-position-standing = standing

model-what-checkup = checkup
model-checkup-2w = 2-week checkup
model-checkup-1m = 1-month checkup
model-checkup-2m = 2-month checkup
model-checkup-3-4m = 3-4-month checkup
model-checkup-6-7m = 6-7-month checkup
model-checkup-9-10m = 9-10-month checkup
model-checkup-1y = 1-year checkup
model-checkup-18m = 18-month checkup
model-checkup-2y = 2-year checkup
model-checkup-3y = 3-year checkup
model-checkup-4y = 4-year checkup
model-checkup-5y = 5-year checkup
model-checkup-6y = 6-year checkup

model-what-outcome = outcome
model-outcome-miscarriage = miscarriage
model-outcome-stillbirth = stillbirth
model-outcome-termination = termination of pregnancy
model-pregnancy-end = { $outcome ->
    [miscarriage] Miscarriage
    [stillbirth] Stillbirth
   *[termination] Termination of pregnancy
} ({ $date })

model-what-dipstick = dipstick result
model-dipstick-negative = −
    .aliases = negative
model-dipstick-trace = ±
    .aliases = trace
model-dipstick-plus1 = +
model-dipstick-plus2 = 2+
model-dipstick-plus3 = 3+

model-what-oedema = oedema grade
model-oedema-none = −
model-oedema-mild = +
model-oedema-marked = ++

model-what-delivery-method = delivery method
model-delivery-vaginal = vaginal birth
model-delivery-vacuum = vacuum-assisted birth
model-delivery-forceps = forceps-assisted birth
model-delivery-caesarean = caesarean section
    .aliases = cesarean section

model-what-presentation = presentation
model-presentation-cephalic = cephalic
    .aliases = head
model-presentation-breech = breech
model-presentation-other = other

model-what-blood-loss = blood loss grade
model-blood-loss-small = small
model-blood-loss-moderate = moderate
model-blood-loss-large = large

model-what-transfusion = transfusion answer
model-transfusion-no = no
model-transfusion-yes = yes

model-what-certificate = certificate
model-certificate-birth = birth certificate
model-certificate-stillbirth = certificate of stillbirth
model-certificate-birth-and-death = birth certificate and death certificate

model-labor-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
}

model-what-mood = mood
model-mood-happy = happy
model-mood-calm = calm
model-mood-tired = tired
model-mood-worried = worried
model-mood-unwell = unwell

model-what-record-kind = record kind
model-kind-mother-profile = { -mother }'s profile
model-kind-pregnancy = pregnancy
model-kind-prenatal-checkup = { -prenatal-checkup }
model-kind-delivery = delivery
model-kind-child = { -child }
model-kind-growth = measurement
model-kind-infant-checkup = infant checkup
model-kind-vaccination = { -vaccination }
model-kind-dental = dental checkup
model-kind-diary = { -diary } entry
model-kind-page = handbook page

model-what-vaccine = vaccine
model-vaccine-hepb = Hepatitis B
model-vaccine-rotavirus = Rotavirus
model-vaccine-dpt-ipv-hib = 5-in-1 (DPT-IPV-Hib)
model-vaccine-dpt-ipv = 4-in-1 (DPT-IPV)
model-vaccine-hib = Hib
model-vaccine-pcv = Pneumococcal conjugate
    .aliases = pneumococcal
model-vaccine-bcg = BCG
model-vaccine-mr = Measles-rubella (MR)
model-vaccine-varicella = Varicella
    .aliases = chickenpox
model-vaccine-je = Japanese encephalitis
model-vaccine-dt = DT
model-vaccine-hpv = HPV
model-vaccine-mumps = Mumps
model-vaccine-influenza = Influenza
    .aliases = flu
model-vaccine-rsv-maternal = RSV (maternal)

model-input-date = "{ $value }" is not a date; write it as YYYY-MM-DD, e.g. 2026-05-20
model-input-datetime = "{ $value }" is not a date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-05-20T03:42
model-input-gestational-age = "{ $value }" is not a gestational age; write weeks and days as 38w2d (days 0 to 6)
model-input-number = "{ $value }" is not a number
model-input-pair = "{ $value }" is not a { $what }; write it as { $example }
model-input-blood-pressure = blood pressure
model-input-apgar = pair of Apgar scores (1 and 5 minutes)
model-input-labor-duration = "{ $value }" is not a duration; write hours and minutes as 12h30m, 45m or 12:30
model-input-baby = --baby "{ $value }": { $detail } (write NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]], e.g. Hinata:female:3.02:49.0:33.0)
model-input-baby-fields = expected 2 to 5 fields
model-input-baby-name = the name is empty
model-input-answer = --answer "{ $value }": write ID=VALUE (the ids: hagukumi checkup questions --kind KIND)

model-gestational-age = { $weeks } { $weeks ->
    [one] week
   *[other] weeks
} { $days } { $days ->
    [one] day
   *[other] days
}
model-age = { $years } y { $months } m { $days } d

model-check-presentation-other = What the presentation was (その他の内容) goes with その他 (other) only.
model-check-transfusion-detail = What was transfused goes with 有 (yes) only.
model-check-labor-too-long = A labour of { $duration } is not possible (at most 7 days). Please check the hours and minutes.

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

schedule-status-done = done
schedule-status-invalid = invalid
schedule-status-upcoming = { -upcoming }
schedule-status-due = { -due-now }
schedule-status-overdue = { -overdue }
schedule-status-not-eligible = not eligible
schedule-reminder-funding-ends = funding ends
schedule-reminder-last-chance = last chance
schedule-reminder-prenatal-visit = prenatal visit
schedule-reminder-checkup-due = checkup

schedule-dose-name = { $vaccine } dose { $dose }
schedule-reminder-overdue = { $name } is { -overdue }: past its recommended period. { $until ->
    [none] Give it soon.
   *[other] Give it by { $until }.
}
schedule-reminder-due = { $name } is { -due-now }{ $from ->
    [none] {""}
   *[other] {" "}from { $from }
}{ $until ->
    [none] {""}
   *[other] {" "}(recommended until { $until })
}.
schedule-reminder-last-chance-left = { $name } can only be given until { $day } ({ $left ->
    [one] { $left } day left
   *[other] { $left } days left
}).
schedule-reminder-funding-ends-left = Free { $name } ends on { $day } ({ $left ->
    [one] { $left } day left
   *[other] { $left } days left
}).
schedule-reminder-funding-ended = Free { $name } ended on { $day }; ask the doctor about a self-paid dose.
schedule-reminder-checkup-open = Time for the { $checkup } (until { $day }).
schedule-reminder-checkup-closing = The { $checkup } window closes on { $day } ({ $left ->
    [one] { $left } day left
   *[other] { $left } days left
}); book it if not done.
schedule-reminder-prenatal = { $day ->
    [none] Prenatal visit today.
   *[other] Next prenatal visit on { $day }.
}

schedule-interval-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
schedule-interval-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}

schedule-rule-live = at least { $interval } after the injected live vaccine { $vaccine } on { $date }
schedule-rule-previous = at least { $interval } after the previous dose on { $date }
schedule-reason-girls-only = The routine programme is for girls.
schedule-reason-past-age-limit = It cannot be given by the upper age limit ({ $date }).
schedule-reason-funding-ended = The funded period ended on { $until }; ask the doctor about a self-paid dose.
schedule-reason-after-funding = The earliest possible date ({ $earliest }) is after the funded period ends ({ $until }).
schedule-reason-follows-previous = Follows the previous dose (earliest { $earliest } if that one is given as planned).{ $funded }
schedule-reason-from = Can be given from { $earliest }.{ $recommended }{ $funded }
schedule-reason-before-standard = Can be given from { $earliest }, but the recommended period has not begun.{ $recommended }{ $funded }
schedule-reason-overdue = This dose is { -overdue }: past the recommended window (until { $until }); give it soon.{ $funded }
schedule-reason-due = Can be given now.{ $recommended }{ $funded }
schedule-reason-note = {" "}{ $note }
schedule-reason-extension = {" "}({ $note })
schedule-reason-brand-unknown = {" "}No brand recorded: planned as Rotarix (2 doses); RotaTeq needs 3 doses by 32 weeks 0 days.
schedule-reason-given = Given on { $date } ({ $dose }).
schedule-reason-recorded-as = {" "}Recorded as dose { $recorded }; it counts as dose { $counts }.
schedule-reason-outside-funding = {" "}It was outside the funded period.
schedule-invalid-too-early = The dose on { $day } was before the minimum age ({ $earliest }) and does not count.
schedule-invalid-interval = The dose on { $day } came less than { $interval } after the dose on { $previous } and does not count (repeat from { $again }).
schedule-invalid-live = The dose on { $day } came less than 27 days after the { $vaccine } live vaccine on { $previous } and does not count (repeat from { $again }).
schedule-invalid-too-late = The dose on { $day } was after the upper age limit ({ $limit }) and does not count.
schedule-invalid-extra = The dose on { $day } is beyond the { $doses } doses this series needs and does not count.
schedule-skip-age-limit = The { $dose } is given only until { $limit }; it is skipped.
schedule-skip-previous-late = Not needed: the previous dose ({ $previous }) came after { $after }.
schedule-recommended-window = {" "}Recommended { $from } to { $until }.
schedule-recommended-from = {" "}Recommended from { $from }.
schedule-funded-until = {" "}Free until { $until }.
schedule-voluntary = {" "}Voluntary (self-paid).
schedule-maternal-window = { $from } to { $until } of pregnancy ({ $first } to { $last })
schedule-maternal-given-routine = Given on { $date } as a routine dose.
schedule-maternal-given-outside = Given on { $date }, outside the routine window ({ $window }), so not publicly funded.
schedule-maternal-voluntary = One dose between { $window } (voluntary, self-paid; routine from { $routine }).
schedule-maternal-upcoming = One dose between { $window }.
schedule-maternal-due = Can be given now; funded until { $until }. Protection may be incomplete if the baby is born within 14 days.
schedule-maternal-passed = The routine window ({ $window }) has passed.

schedule-error-dose-before-birth = { $code } dose { $dose } on { $date } is before the birth date { $birth }
schedule-error-dose-in-future = { $code } dose { $dose } on { $date } is later than today ({ $today })
schedule-error-dose-out-of-range = { $code } has doses 1 to { $max }; dose { $dose } is out of range
schedule-error-unknown-brand = unknown { $code } brand "{ $brand }" (expected one of: { $expected })
schedule-error-brand-switch = { $code }: the series started with { $first } (dose on { $first_date }) and switched to { $second } (dose on { $second_date }); it must be completed with one product
schedule-error-not-a-child-vaccine = { $code } is recorded on the pregnancy, not on the { -child }
schedule-error-today-before-birth = today ({ $today }) is before the birth date ({ $birth })
schedule-error-no-schedule = no bundled schedule is in force on { $date } (the earliest starts on { $earliest })
schedule-error-data-corrupt = bundled schedule data { $file } is corrupt: { $message }
schedule-error-lmp-after-today = the { -lmp } { $lmp } is after today ({ $today })
schedule-error-maternal-outside-pregnancy = the maternal RSV dose on { $date } is outside the pregnancy (LMP { $lmp }, today { $today })

schedule-what-timing = timing
schedule-timing-standard = standard
    .aliases = recommended
schedule-timing-earliest = earliest
    .aliases = as early as allowed

schedule-dose-arg-shape = "{ $text }" is not CODE:N:YYYY-MM-DD[:BRAND]
schedule-dose-arg-code = "{ $text }": { $reason }
schedule-dose-arg-number = "{ $text }": dose number "{ $number }" is not a whole number from 1
schedule-dose-arg-date = "{ $text }": "{ $date }" is not a date (YYYY-MM-DD)
schedule-dose-arg-empty-brand = "{ $text }": the brand after the last ':' is empty

## The schedule files' words (core/data/schedule/*.toml), named by the files: a dose's
## `label`, a dose's or a funding extension's `note`, each version's title. The ids are
## computed (schedule::data); schedule::data::tests checks the catalogs have exactly these.
schedule-data-title-jp-2024-04-01 = Routine and voluntary immunization schedule (2024-04-01 to 2026-03-31)
schedule-data-title-jp-2026-04-01 = Routine and voluntary immunization schedule (from 2026-04-01)
schedule-data-dose-single = single dose
schedule-data-dose-dose-1 = 1st dose
schedule-data-dose-dose-2 = 2nd dose
schedule-data-dose-dose-3 = 3rd dose
schedule-data-dose-mr-period-1 = 1st period (age 1)
schedule-data-dose-mr-period-2 = 2nd period (year before primary school)
schedule-data-dose-period-2 = 2nd period
schedule-data-dose-je-primary-1 = 1st period, primary 1
schedule-data-dose-je-primary-2 = 1st period, primary 2
schedule-data-dose-je-booster = 1st period, booster
schedule-data-dose-dpt-primary-1 = primary 1
schedule-data-dose-dpt-primary-2 = primary 2
schedule-data-dose-dpt-primary-3 = primary 3
schedule-data-dose-dpt-booster = booster
schedule-data-dose-primary-1 = primary 1
schedule-data-dose-primary-2 = primary 2
schedule-data-dose-primary-3 = primary 3
schedule-data-dose-booster = booster
schedule-data-dose-season-single = this season, single dose
schedule-data-dose-season-dose-1 = this season, 1st dose
schedule-data-dose-season-dose-2 = this season, 2nd dose
schedule-data-note-hpv-third-dose = If given less than 5 months after the 1st, a 3rd dose at least 3 months after the 2nd is needed.
schedule-data-note-rotavirus-late-first = A first dose from 15 weeks 0 days is not recommended for safety reasons.
schedule-data-note-mr-shortage-2024 = funded until 2027-03-31 if missed during the FY2024 vaccine shortage
schedule-data-note-je-special-measure = special measure (until age 20)

## ----- end of schedule -----



## ===== feed =====
## The city's feed, notices, desks, open-data import (core/src/feed/, core/src/store/feed*).
## (end of the section's header)

# Why a notice is shown ("for you because…"): core/src/feed/targeting.rs.
feed-reason-pregnancy = For week { $weeks } of pregnancy
feed-reason-district = For residents of { $district }
feed-reason-district-unset = For residents of { $districts } (shown because your district is not set)
# Between the districts of one notice.
feed-district-separator = {", "}
feed-reason-everyone = For everyone
feed-reason-child-born = For { $name } (born { $born })
feed-reason-child-age = For { $name } ({ $age })
feed-child-age-days = { $days ->
    [one] { $days } day old
   *[other] { $days } days old
}
feed-child-age-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
feed-child-age-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}

# A notice's category: core/src/feed/format.rs.
feed-category-health-checkup = Checkup
feed-category-vaccination = Vaccination
feed-category-subsidy = Subsidy
feed-category-event = Event
feed-category-emergency = Emergency
feed-category-general = Notice

# A support programme's body in the list: core/src/store/feed.rs.
feed-how-to-apply = How to apply: { $how }

# The city's consultation desk as a sentence names it: core/src/feed/desk.rs.
feed-desk-phone = phone { $phone }
feed-desk-label = { $name } ({ $details })

# The staff's preview of what phones show (hagukumi feed check): core/src/feed/preview.rs.
feed-stage-pregnancy-weeks = { $weeks ->
    [one] { $weeks } week pregnant
   *[other] { $weeks } weeks pregnant
}
feed-stage-child-days = { $days }-day-old
feed-stage-child-years = { $years }-year-old
# $total months, that is $years years and $months months.
feed-stage-child-months = { $total }-month-old
# The name of the sample child the preview asks about.
feed-preview-sample-child = Hana
feed-lint-expired = ended on { $date }: phones do not show it.
feed-lint-untargeted = no audience (pregnancy weeks, age, district): every family sees it.
feed-lint-missing-link = no link (url): add the page with details or the application form, if there is one.
feed-lint-long-title = the title has { $n } characters; a phone's list cuts it at about { $limit }.
feed-lint-kind-expired = expired
feed-lint-kind-untargeted = untargeted
feed-lint-kind-missing-link = missing link
feed-lint-kind-long-title = long title
feed-preview-title = preview
feed-preview-generated = generated
feed-preview-as-of = as of
feed-preview-desk = Consultation desk:
feed-preview-lint = Lint
feed-preview-lint-none = Nothing found.
feed-preview-lint-kind = kind
feed-preview-lint-entry = entry
feed-preview-lint-what = what to do
feed-preview-nothing = (nothing)

# The open-data CSV importer's problems, for city staff (core/src/feed/opendata.rs).
# A column is named by the file's own header (the data set's Japanese column name);
# the examples of values are what the file must hold, so they stay Japanese.
feed-csv-save-as = Open it in Excel, choose Save As, and pick the file type "CSV UTF-8 (Comma delimited) (*.csv)".
feed-csv-too-large = The file is larger than { $limit } bytes.
feed-csv-utf16 = The file is UTF-16 text (Excel's "Unicode Text"). { $save_as }
feed-csv-euc-jp = The file is EUC-JP text. { $save_as }
feed-csv-encoding = The file is neither UTF-8 nor Shift_JIS (CP932) text (first bad byte near offset { $offset }). { $save_as }
feed-csv-missing-column = The header (row 1) has no { $missing } column (found: { $found }).
feed-csv-more = and { $more } more (fix the { $listed } above first).
feed-csv-at-cell = row { $row }, column { $column }
feed-csv-at-row = row { $row }
feed-csv-problem = { $at }: { $what }
feed-csv-column-count = { $found ->
    [one] { $found } column
   *[other] { $found } columns
}, but the header has { $expected } (a comma inside a value needs double quotes).
feed-csv-empty = is empty; every row needs it.
feed-csv-not-a-date = "{ $value }" is not a date; write it with the year: 2026-06-10, 2026/6/10 or 令和8年6月10日.
feed-csv-not-a-time = "{ $value }" is not a time; write 09:30, 13:30:00 or 13時30分.
feed-csv-not-a-number = "{ $value }" is not a number (for example 35.6812).
feed-csv-not-yes-no = "{ $value }": write 有 or 無 (あり/なし and ○/× also work).
feed-csv-end-before-start = the end date { $end } is before the start date { $start }.
feed-csv-not-an-audience = "{ $value }" is not an audience; write 妊娠20〜27週, 0〜3か月, 1歳6か月〜2歳 or 生後28日まで, several separated by 、 (empty: everyone).
feed-csv-same-id = the same as row { $first_row } (id { $id }): two rows have the same name, date, time and place. If they differ, add an ID column with a different value in each row.

# Why the city's feed was not applied (core/src/feed/error.rs). feed-error-*: the short
# message a parent sees; feed-explain-*: the full one for staff and logs ($detail is
# the parser's or the network's own text).
feed-error-bad-config = The city configuration is not valid: { $detail }
feed-error-connect = Could not get the city's notices. Please check your connection (the notices you have stay as they are).
feed-error-timeout = The city's server did not answer. Please try again later.
feed-error-http-status = The city's server returned an error (HTTP { $status }).
feed-error-too-large = The notices were not applied: the data is too large.
feed-error-invalid = The notices were not applied: the data is not in the right format.
feed-error-unsupported-version = These notices use a newer format. Please update the app.
feed-error-signature = The notices were not applied: their signature could not be verified (the notices you have stay as they are).
feed-error-wrong-city = These notices are for another city than the one this handbook follows, so they were not applied (if you moved, change the city in the settings).
feed-error-rollback = The notices were not applied: they are older than the ones you have.
feed-error-no-city = No city has been chosen yet. Please choose one in the settings.
feed-error-future-dated = The notices were not applied: they are dated in the future ({ $found }). Please check this device's date and time (the notices you have stay as they are).
feed-error-redirect = The city's server tried to send the request elsewhere, so the notices were not fetched (the notices you have stay as they are).
feed-error-unsafe-link = The notices were not applied: they hold a link that cannot be used ({ $field } of { $at }).
feed-explain-connect = Could not connect to { $url }: { $detail }
feed-explain-timeout = { $url } did not answer within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
feed-explain-http-status = { $url } answered HTTP { $status }.
feed-explain-transfer = The download from { $url } failed halfway: { $detail }
feed-explain-too-large = The feed is larger than the { $limit } bytes this app accepts (at least { $seen } bytes).
feed-explain-invalid-json = The feed is not valid JSON (line { $line }, column { $column }): { $detail }
feed-explain-invalid-feed = The feed does not follow the Hagukumi feed format: { $detail }
feed-explain-unsupported-version = The feed uses format version { $found }; this app reads up to version { $supported }. Please update the app.
feed-explain-missing-signature = The feed is not signed; an unsigned feed is never applied.
feed-explain-unknown-key = The feed was signed with a key this city does not use ({ $key }).
feed-explain-bad-signature = The feed's signature does not match its contents (it was altered or damaged).
feed-explain-wrong-city = The feed is for city { $found }, but this handbook follows city { $expected } (after moving, change the city first).
feed-explain-rollback = The feed is older ({ $found }) than the one already applied ({ $applied }); an old feed is not applied again.
feed-explain-no-city = No city has been chosen for this handbook yet; choose one (its city.toml) first.
feed-explain-future-dated = The feed is dated { $found }, more than { $allowed } ahead of this device's clock ({ $clock }); a feed from the future is not used (check the feed's date, or this device's clock).
feed-explain-redirect = { $url } redirected to { $to }, which is not followed: { $reason }.
feed-explain-unsafe-link = { $at }: `{ $field }` is not an https:, mailto: or tel: link ({ $url }).
# How far ahead of the clock a feed may be dated ($minutes: 5, 1440).
feed-duration = { $minutes ->
    [1440] 24 hours
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
feed-redirect-invalid-url = not a valid URL
feed-redirect-other-origin = another origin (scheme, host or port) than the feed URL
feed-redirect-too-many = too many redirects

# Why `hagukumi feed build` / `feed keygen` refused, for city staff (core/src/feed/authoring.rs).
feed-build-key-not-pinned = The signing key's public key { $public_key } is not in public_keys of the city configuration: every phone would refuse this feed. Add it to city.toml (and ship that to the app) before publishing with this key, or use the key that is pinned.
feed-build-not-newer = [feed] generated_at { $found } is not after the feed already in the output folder ({ $previous }): phones would refuse it as an old feed. Remove generated_at from the notices file (the build then takes the time from the clock) or set a later time.
feed-build-future-dated = [feed] generated_at { $found } is ahead of this computer's clock ({ $clock }): phones would then refuse every later feed. Remove generated_at, or correct it (or this computer's clock).
feed-build-bad-time = { $at }: "{ $value }" is not a date (2026-04-01) or an RFC 3339 time (2026-04-01T09:00:00+09:00).
feed-build-invalid = The feed would be refused by phones: { $explanation }
feed-build-notices = { $file }: { $detail }
feed-build-news = { $file }: { $detail }
feed-build-csv-line = { $file }: { $problem }
feed-build-key-exists = { $path } already exists: a second key would replace the one phones trust. Choose another --out folder; keep the existing key unless it was leaked.
feed-build-expired = note: notice { $id } ended on { $valid_until } (valid_until): phones will not show it.
# The feed's title when the notices file gives none.
feed-default-title = { $city } childcare information

# Why `hagukumi feed serve` did not start (core/src/feed/serve.rs).
feed-serve-not-a-folder = { $dir } is not a folder.
feed-serve-no-feed = { $dir } holds no feed.signed.json: build the feed into it first (hagukumi feed build … --out { $dir }).
feed-serve-port-in-use = Port { $port } on 127.0.0.1 is already in use (another `hagukumi feed serve` or a web server?). Choose another with --port, or --port 0 for any free port.
feed-serve-listen = Could not listen on 127.0.0.1:{ $port }: { $detail }
feed-serve-folder = Could not read { $dir }: { $detail }

# What exactly is wrong in a city configuration or a feed, for staff ($field: the
# setting or field as written in the file; $value: its value, quoted).
feed-detail-empty = { $field } is empty
feed-detail-too-long = { $field } is longer than { $max } characters
feed-detail-control-character = { $field } holds a control character
feed-detail-desk-unreachable = { $field }: give a phone number or a page (url), or both
feed-detail-desk-phone = { $field } { $value } is not a phone number: write the digits and hyphens as dialled in Japan, e.g. 0000-12-3410
feed-detail-desk-url = { $field } { $value } is not an https:// address
feed-detail-empty-name = { $field } has an empty name
feed-detail-length = { $field } has { $n } characters (at most { $max })
feed-detail-list-length = { $field } has { $n } entries (at most { $max })
feed-detail-city-code = { $field } { $value } is not a 6-digit municipality code
feed-detail-no-public-key = no public key: an unsigned feed is never applied
feed-detail-feed-url = feed_url { $url }: { $error }
feed-detail-feed-url-scheme = feed_url { $url }: { $scheme }:// is not allowed; the feed must be served over https
feed-detail-public-key = public key { $key }: { $error }
feed-detail-public-key-length = public key { $key }: { $n } bytes, an Ed25519 key has 32
feed-detail-signing-key-missing = signing key: the file holds no key
feed-detail-signing-key = signing key: { $error }
feed-detail-signing-key-length = signing key: { $n } bytes, an Ed25519 seed has 32
feed-detail-algorithm = signature algorithm { $found }; only "ed25519" is accepted
feed-detail-payload-base64 = the payload is not base64: { $error }
feed-detail-http-client = could not set up the HTTP client: { $error }
feed-detail-notices-file = notices file: { $error }
feed-detail-no-random = no random numbers from the operating system: { $error }
feed-detail-format-missing = `_hagukumi.format` is missing: this is not a Hagukumi feed
feed-detail-format-zero = `_hagukumi.format` must be at least 1
feed-detail-version = `version` is { $found }, expected { $expected }
feed-detail-too-many-entries = { $n } entries; a feed holds at most { $max }
feed-detail-end-before-start = { $at }: end_date { $end } is before start_date { $start }
feed-detail-id-empty = an entry of `{ $kind }` has an empty id
feed-detail-id-too-long = an id of `{ $kind }` is longer than { $max } characters
feed-detail-id-twice = `{ $kind }` has the id { $id } twice
feed-detail-place = { $at }: latitude/longitude { $latitude }/{ $longitude } is not a place on Earth
feed-detail-span-reversed = { $field } runs from { $from } back to { $to }
feed-detail-pregnancy-weeks = { $field } starts at week { $weeks }, after any pregnancy ends

# Why a city's news feed (RSS/Atom) was not imported (core/src/feed/news.rs).
feed-news-too-large = The news feed is larger than { $limit } bytes.
feed-news-parse = The news feed could not be read: { $detail }

# The city in the preview's header: its name and municipality code.
feed-preview-city = { $name } ({ $code })

# The kind of entry a lint finding is about.
feed-entry-notice = notice
feed-entry-event = event
feed-entry-programme = programme

feed-news-title = { $notices ->
        [one] { $notices } notice from the city
       *[other] { $notices } notices from the city
    }
feed-news-line = { $title } ({ $reason })

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

cli-error-bad-cursor = The timeline position "{ $cursor }" is not valid. Show the first page again, without --cursor.
cli-error-no-handbook = There is no handbook at { $path } yet. Create one with `hagukumi demo`, or start with `hagukumi profile set` or `hagukumi child add`.
cli-error-already-exists = A handbook already exists at { $path }; the demo did not touch it. Use --force to replace it with the sample family (its records will be lost), or choose another --data-dir.
cli-error-io = Could not use { $path }: { $error }
cli-error-integrity =
    The handbook file is damaged (integrity check):
    { $report }
cli-error-some-failed = { $failed } of { $total } { $total ->
        [one] file
       *[other] files
    } could not be imported (see above).
cli-error-photos-damaged-repair = The photo folder does not match the handbook. Run `hagukumi photo check --repair` to remove orphan files and remake thumbnails; a lost display copy comes back by importing the photo again.
cli-error-photos-damaged = The photo folder does not match the handbook. A lost display copy comes back by importing the same photo again.

cli-ga = { $weeks }w{ $days }d
cli-paren = {" "}({ $text })
cli-field-measured-on = date measured
cli-field-date = date
cli-field-weight = weight
cli-field-length = length
cli-field-head = head
cli-field-chest = chest
cli-field-apgar-1min = Apgar 1 min
cli-field-apgar-5min = Apgar 5 min
cli-field-position = position
cli-field-notes = notes
cli-field-checkup = { -checkup-short }
cli-field-milestones = milestones
cli-field-findings = findings
cli-field-clinic = clinic
cli-field-vaccine = vaccine
cli-field-dose = dose
cli-field-brand = brand
cli-field-lot = lot
cli-field-subject = about
cli-field-teeth = teeth
cli-field-caries = caries
cli-field-fluoride = fluoride
cli-field-text = text
cli-field-mood = mood
cli-field-photos = photos
cli-field-bp-systolic = systolic BP
cli-field-bp-diastolic = diastolic BP
cli-field-urine-protein = urine protein
cli-field-urine-glucose = urine glucose
cli-field-fundal-height = fundal height
cli-field-abdominal-girth = abdominal girth
cli-field-oedema = oedema
cli-field-next-visit = next visit
cli-field-delivered-at = born at
cli-field-ga-at-birth = { -gestational-age } at birth
cli-field-method = delivery method
cli-field-blood-loss = blood loss (mL)
cli-field-place = place
cli-field-attendant = attendant
cli-field-name = name
cli-field-name-kana = kana
cli-field-sex = sex
cli-field-birth-date = birth date
cli-field-birth-order = birth order

cli-data-dir-open = warning: other users of this computer can open the data folder { $dir }; `chmod 700 { $dir }` keeps it to you.
cli-json-failed = Could not write JSON: { $error }
cli-no-home-folder = Could not find your home folder to keep the handbook in; give one with --data-dir DIR or HAGUKUMI_DATA_DIR.

cli-kind-child = { -child }
cli-kind-pregnancy = pregnancy
cli-kind-share = share
cli-id-malformed = "{ $input }" is not a { $what } id: give the id as listed by `{ $list }`, or { $digits } or more hex digits of its start or end.
cli-id-not-found = No { $what } has an id starting or ending with { $input } (see `{ $list }`).
cli-id-ambiguous =
    { $input } matches { $n } { $what } records; type more of the id:
    { $list }
cli-no-ongoing-pregnancy = There is no ongoing pregnancy in this handbook; add one with `hagukumi pregnancy add`, or name one with --pregnancy ID.
cli-no-child-yet = There is no child in this handbook yet; add one with `hagukumi child add` or `hagukumi delivery add`.
cli-choose-one =
    This handbook has { $n } { $what } records; choose one with { $flag } ID:
    { $list }
cli-child-or-pregnancy = Give either --child or --pregnancy, not both.
cli-no-subject-yet = This handbook has no child and no ongoing pregnancy yet.
cli-choose-subject = Choose whose records to show: --child [ID] or --pregnancy [ID].

cli-record-mother-profile = { -mother }'s profile
cli-record-pregnancy = pregnancy
cli-record-prenatal-checkup = { -prenatal-checkup-short }
cli-record-delivery = { -delivery-page }
cli-record-child = { -child }
cli-record-growth = measurement
cli-record-infant-checkup = { -infant-checkup }
cli-record-vaccination = { -vaccination }
cli-record-dental = dental checkup
cli-record-diary = { -diary } entry
cli-record-page = handbook page
cli-saved =
    Saved the { $what }  { $detail }
    id: { $id }
cli-deleted = Deleted the { $what } (id: { $id })
cli-no-records-yet = (no records yet)
cli-edited = Corrected the { $what } (id { $id })
cli-unchanged = Nothing to change (id { $id }): give the options to correct. Nothing was saved.
cli-confirm-delete = This deletes the { $what }: { $line }{ $also }. Nothing was deleted; to delete it, run the command again with --yes.

cli-home-empty = No pregnancy or { -child } recorded yet.
cli-due-today = due today
cli-days-to-go = { $n ->
        [one] { $n } day to go
       *[other] { $n } days to go
    }
cli-days-past-due = { $n ->
        [one] { $n } day past the { -due-date }
       *[other] { $n } days past the { -due-date }
    }
cli-home-title = Hagukumi handbook — { $today }
cli-home-mother = Mother
cli-home-pregnancy = Pregnancy  { $ga }
cli-home-due-date = Due date
cli-home-weight = weight { $weight }
cli-home-bp = BP { $systolic }/{ $diastolic }
cli-home-last-checkup = Last { -checkup-short }
cli-home-next-visit = Next visit
cli-gain-range = { $min }–{ $max } kg
cli-gain-range-up-to = ~{ $max } kg
cli-gain-so-far = { $gain } kg (guide { $range }, BMI { $bmi } { $class })
cli-gain-guide = guide { $range } (BMI { $bmi } { $class })
cli-home-weight-gain = Weight gain
cli-home-at-birth-on = { $date } at birth
cli-home-child = { $name } ({ $sex })  born { $born }  { $age }
cli-home-born-at = Born at
cli-home-at-birth = At birth
cli-home-birth-head = head { $head }
cli-home-corrected-age = Corrected age
cli-home-weight-label = Weight
cli-home-length-label = Length
cli-home-head-label = Head
cli-home-next-checkup = Next { -checkup-short }
cli-home-checkup-window = { $checkup } ({ $from } – { $until })

cli-timeline-more = More: --cursor { $cursor }
cli-check-file = File
cli-check-integrity = Integrity
cli-check-schema-version = Schema version
cli-chart-bad-extension = { $path }: write the chart to a .svg or .png file
cli-chart-written = Wrote the growth chart: { $path } ({ $n ->
        [one] { $n } point
       *[other] { $n } points
    })

cli-diary-delete-photos = , with its { $n ->
        [one] photo
       *[other] { $n } photos
    } unless another entry shows them
cli-diary-photos = ({ $n ->
        [one] { $n } photo
       *[other] { $n } photos
    })
cli-assess-nothing = give at least one of --weight, --length, --head
cli-assess-interpolated = { $band } (about { $percentile }, interpolated)
cli-assess-check = check: { $warning }
cli-assess-corrected-age = Corrected age: { $age }
cli-survey-out-is-input = --out must not be the input file
cli-survey-scored = Scored: { $input } → { $out } ({ $rows } { $rows ->
        [one] row
       *[other] rows
    }, { $errors } with errors (see the error column))
cli-survey-line = line { $line }: { $message }
cli-survey-flagged = flagged
cli-survey-report = Report: { $path }

cli-mother-no-profile-yet-hagukumi = No profile yet (hagukumi profile set --name NAME)
cli-mother-name = Name
cli-mother-birth-date = Birth date
cli-mother-blood-type = Blood type
cli-mother-height = Height
cli-mother-district = District
cli-mother-notes = Notes
cli-mother-lmp = LMP
cli-mother-due-date = Due date
cli-mother-babies = Babies
cli-mother-today = Today
cli-mother-weight-before = Weight before
cli-mother-ended = Ended
cli-mother-checkups = Checkups
cli-mother-to-go = To go
cli-mother-next-visit = Next visit
cli-mother-delivery = Delivery
cli-mother-blood-loss = blood loss
cli-mother-presentation = presentation
cli-mother-notes-on-labour = notes on labour
cli-mother-duration-of-labour = duration of labour
cli-mother-transfusion = transfusion
cli-mother-certificate = certificate
cli-mother-doctor = doctor
cli-mother-midwife = midwife
cli-mother-other-attendant = other attendant
cli-mother-notes-2 = notes
cli-mother-date = Date
cli-mother-ga = GA
cli-mother-weight = Weight
cli-mother-bp = BP
cli-mother-protein = Protein
cli-mother-glucose = Glucose
cli-mother-fundal = Fundal
cli-mother-girth = Girth
cli-mother-oedema = Oedema
cli-mother-next = Next
cli-mother-special-findings-and-treatment = special findings and treatment
cli-mother-each-child-s-birth = Each child's birth date is on the child's own page: correct it with `hagukumi child edit ID --birth-date YYYY-MM-DD`.
cli-mother-saved-the-delivery = Saved the delivery
cli-child-sex = Sex
cli-child-born = Born
cli-child-age = Age
cli-child-age-2 = Age
cli-child-length = Length
cli-child-head = Head
cli-child-where-2023-survey = Where (2023 survey)
cli-child-w = W
cli-child-l = L
cli-child-h = H
cli-child-where-band-of-the = Where: band of the Japanese 2023 survey (~ interpolated between its lines)
cli-child-findings = Findings
cli-child-vaccine = Vaccine
cli-child-dose = Dose
cli-child-brand = Brand
cli-child-lot = Lot
cli-child-clinic = Clinic
cli-child-teeth = Teeth
cli-child-caries = Caries
cli-child-fluoride = Fluoride
cli-child-yes = yes
cli-feed-signing-key = Signing key
cli-feed-public-key = Public key
cli-feed-put-the-public-key = Put the public key in public_keys of the city configuration (city.toml) and ship that to the app. Keep the signing key (feed-signing.key) private, and keep a backup.
cli-feed-the-output-folder-already = The output folder already holds exactly this feed; nothing changed.
cli-feed-note-the-output-folder = note: the output folder's feed.signed.json was not a feed; it is replaced.
cli-feed-consultation-desk = Consultation desk:
cli-feed-consultation-desk-none-name = Consultation desk: none (name the children and family centre in [desk] of city.toml)
cli-feed-lint = Lint
cli-feed-nothing = (nothing)
cli-feed-preview-written-to = Preview written to
cli-feed-the-city-s-feed = The city's feed has not changed.
cli-feed-no-archived-notices = (no archived notices)
cli-feed-no-notices-hagukumi-feed = (no notices; hagukumi feed sync fetches the city's feed)
cli-feed-mark-as-read-hagukumi = Mark as read: hagukumi notices --read NUMBER
cli-share-share-key-scanned-or = Share key (scanned or typed on their phone; give it another way than the bundles):
cli-share-to-write-a-bundle = To write a bundle: hagukumi share export <ID>
cli-share-id = id
cli-share-name = name
cli-share-role = role
cli-share-scope = scope
cli-share-last-export = last export
cli-share-key = key
cli-share-co-parent = co-parent
cli-share-viewer = viewer
cli-share-everything = everything
cli-share-changes-since-the-last = changes since the last export
cli-share-family = family
cli-share-children = children
cli-share-last-import = last import
cli-share-folder = folder
cli-share-table = table
cli-share-saved = saved
cli-share-lost = lost
cli-schedule-no-doses-to-plan = No doses to plan in the coming year.
cli-schedule-status = Status
cli-schedule-given = Given
cli-schedule-earliest = Earliest
cli-schedule-recommended = Recommended
cli-schedule-funded-until = Funded until
cli-schedule-why = Why
cli-schedule-kind = Kind
cli-schedule-for = For
cli-schedule-what = What
cli-schedule-deadline = Deadline
cli-schedule-mother-pregnancy = mother (pregnancy)
cli-photo-taken = Taken
cli-photo-format = Format
cli-photo-original = Original
cli-photo-display = Display
cli-photo-orphan-file = orphan file
cli-photo-display-copy = display copy
cli-photo-thumbnail = thumbnail
cli-photo-remade = remade
cli-photo-missing = missing
cli-photo-photos-in-no-diary = photos in no diary entry
cli-photo-no-problems = no problems
cli-city-the-city-of-the = the city of the synced feed (no configuration stored; hagukumi city move stores one)
cli-city-no-city-chosen-yet = No city chosen yet (hagukumi city move --config city.toml)
cli-city-consultation-desk = Consultation desk
cli-city-phone = phone
cli-city-hours = hours
cli-demo-more-hagukumi-growth-list = More: hagukumi growth list · vaccination list · checkup list · timeline --child --limit 50 · --json
cli-forms-read-via = read via
cli-forms-the-mother-s-pages = The mother's pages
cli-forms-the-child-s-pages = The child's pages
cli-forms-the-family-s-pages = The family's pages
cli-forms-source = Source
cli-forms-filled-by-the-family = filled by the family
cli-forms-filled-by-the-clinic = filled by the clinic
cli-forms-yes-no = yes / no

cli-pregnancy-delete-checkups = { $n ->
        [one] { $n } { -prenatal-checkup-short }
       *[other] { $n } { -prenatal-checkup-short }s
    }
cli-pregnancy-delete-delivery = the { -delivery-page }
cli-pregnancy-delete-vaccinations = { $n ->
        [one] { $n } vaccination during the pregnancy
       *[other] { $n } vaccinations during the pregnancy
    }
cli-pregnancy-delete-dental = { $n ->
        [one] { $n } dental checkup
       *[other] { $n } dental checkups
    }
cli-pregnancy-delete-alone = Deleting this pregnancy cannot be undone.
cli-pregnancy-delete-with = Deleting this pregnancy also deletes { $records }, and cannot be undone.
cli-pregnancy-delete-children-kept = { $n ->
        [one] {" "}The record of { $n } child born of it stays.
       *[other] {" "}The record of { $n } children born of it stays.
    }
cli-pregnancy-delete-confirm = {" "}Nothing was deleted: run again with --yes to delete.
cli-pregnancy-delete-end-instead = {" "}(If the pregnancy ended in a loss, `hagukumi pregnancy end` records that and keeps everything.)
cli-pregnancy-ended =
    Recorded how the pregnancy ended  { $end }
    Its checkups, diary and photos stay as they are.
    id: { $id }
cli-pregnancy-reopened =
    The pregnancy is no longer recorded as ended
    id: { $id }

cli-sex-boy = boy
cli-sex-girl = girl
cli-delivery-delete-children-stay = {" "}(the children's own records stay)
cli-delivery-before-pregnancy = The birth date is before this pregnancy began; check --at, or give --ga.
cli-delivery-too-many = There are more { $option } than --baby; give one { $option } per baby, in the same order.
cli-pregnancy-added = due { $due }, { $ga } today

cli-checkup-no-page = The handbook has no page for the { $checkup }.
cli-answer-not-on-page = "{ $id }" is not a question of the page { $page }. See: hagukumi checkup questions (or forms show { $form })
cli-vaccination-added = { $date }  { $vaccine } dose { $dose }
cli-child-delete-records-too = , with every measurement, { -checkup-short }, { -vaccination } and dental record of the child

cli-demo-created = Created a sample handbook: { $path }
cli-demo-child-records = { $name }'s records (newest { $n })
cli-demo-pregnancy-records = Pregnancy records (newest { $n })
cli-demo-notices = Notices from the sample city (Komorebi): { $n } — hagukumi notices
cli-demo-no-child = The delivery created no child.

cli-export-no-browser = Printing to PDF needs Chromium or Chrome (on Debian/Ubuntu: apt install chromium), or set HAGUKUMI_CHROMIUM to its path. `hagukumi export html` writes the same summary for any browser to print.
cli-export-browser-timeout = { $browser } did not finish printing within { $seconds } s.
cli-export-browser-failed = { $browser } could not print the summary ({ $status }): { $detail }

cli-export-wrote-fhir = Wrote the FHIR R4 bundle: { $path }
cli-export-wrote-summary = Wrote the printable summary: { $path }
cli-export-wrote-pdf = Wrote the printable summary (PDF): { $path }

cli-feed-file-too-large = { $path } is larger than { $mib } MiB: it is not a CSV, news, notices or feed file.
cli-feed-not-utf8 = { $path } is not UTF-8 text.
cli-feed-no-runtime = Could not start the network runtime: { $error }
cli-feed-serving = Serving http://{ $addr }/  (Ctrl-C to stop)
cli-feed-serving-url = The app's feed_url: http://{ $addr }/feed.signed.json
cli-feed-no-city = No city chosen: give --city city.toml (or --sample), or choose one with `hagukumi city move --config city.toml`.
cli-feed-updated = Updated the city's feed: { $added } added, { $changed } changed, { $removed } removed
cli-feed-for-you = For you: { $n } (hagukumi notices)
cli-notice-marked-read = Marked as read: { $title }
cli-notice-bookmarked = Bookmarked: { $title }
cli-notice-unbookmarked = Bookmark removed: { $title }
cli-feed-archived-city = { $city } ({ $code })  left: { $left }
cli-notice-unread-mark = *{" "}
cli-notice-updated-mark = updated{" "}
cli-feed-apply-by = Apply by: { $date }
cli-notice-no-number = There is no notice number { $n }: `hagukumi notices` lists { $count } (numbers 1 to { $count }).
cli-notice-no-item = The city's feed has no item "{ $given }"; give the number `hagukumi notices` shows.
cli-weekday-mon = Mon
cli-weekday-tue = Tue
cli-weekday-wed = Wed
cli-weekday-thu = Thu
cli-weekday-fri = Fri
cli-weekday-sat = Sat
cli-weekday-sun = Sun
cli-date-with-weekday = { $weekday } { $date }
cli-date-range = { $from } – { $until }

cli-forms-when = YYYY-MM-DD (when) / yes / no
cli-forms-gestation = weeks+days (e.g. 39+2)
cli-forms-text = text (up to { $max } characters)
cli-forms-photos = photos (up to { $max })
cli-page-wrong-subject = The page "{ $page }" is not about that subject.
cli-page-own-command = "{ $page }" is recorded with its own command (hagukumi { $command } add).
cli-page-saved =
    Saved the page "{ $page }"
    id: { $id }
cli-page-updated =
    Updated the page "{ $page }"
    id: { $id }
cli-page-confirm-delete = This deletes the page "{ $page }" of { $date }. Add --yes to delete it.

cli-share-created = Created the share "{ $name }" (id: { $id })
cli-share-exported = Wrote the bundle for "{ $name }" to { $path } ({ $kind }: { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    })
cli-share-imported-share = Imported the share: { $applied } newer versions, { $unchanged } already here, { $photos ->
        [one] { $photos } new photo
       *[other] { $photos } new photos
    }
cli-share-imported = Imported { $who }'s records: { $applied } newer versions, { $unchanged } already here, { $photos ->
        [one] { $photos } new photo
       *[other] { $photos } new photos
    }
cli-share-imported-before = (This file had been imported before; nothing changed.)
cli-share-joined = This handbook now belongs to the sharing family.
cli-share-to-view = To view it: hagukumi --data-dir { $dir } home
cli-share-deleted = Deleted the share (id: { $id })
cli-secret-line-too-long = The first line of { $path } is longer than { $bytes } bytes: it is not a key or a passphrase.
cli-backup-no-passphrase = Give the backup's passphrase in HAGUKUMI_PASSPHRASE or with --passphrase-file FILE (or a share key with --key).
cli-backup-created = Backed up to { $path } ({ $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, { $mb } MB)
cli-backup-rescued = Wrote a rescue backup to { $path } ({ $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }; { $lost } could not be read). Restore it with: hagukumi backup restore { $path } --replace
cli-backup-inspected = Backup of { $created } (Hagukumi { $version }): children { $children }, { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }
cli-backup-choice-needed = This handbook already has records: add --replace to replace them with the backup, or --merge to merge the backup into them. Nothing was changed.
cli-backup-restored = Restored the backup ({ $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    })
cli-backup-merged = Merged the backup ({ $applied } newer versions, { $unchanged } unchanged)

cli-photo-already-imported = {" "}(already imported)
cli-photo-folder = Photo folder: { $path }  ({ $n ->
        [one] { $n } photo
       *[other] { $n } photos
    })
cli-photo-removed = {" "}(removed)

cli-schedule-timing-standard = Reminders follow the recommended (standard) periods.
cli-schedule-timing-earliest = Reminders follow the earliest dates allowed.
cli-schedule-visits-title = Clinic visits (doses given together) { $version } (until { $until })
cli-schedule-visit = Visit { $n }: { $date }
cli-schedule-dose = { $vaccine } dose { $dose }
cli-schedule-voluntary = {" "}(voluntary, self-paid)
cli-schedule-recommended-window = ; recommended { $from } to { $until }
cli-schedule-earliest-rule = ; earliest { $earliest }: { $rule } (source: { $source })
cli-schedule-left-out = Warning: left out of the plan: { $message }
cli-schedule-title = Vaccination schedule { $version }
cli-date-from = from { $from }
cli-date-until = until { $until }
cli-reminders-none = { $days ->
        [one] Nothing falls due in the next day.
       *[other] Nothing falls due in the next { $days } days.
    }

cli-city-config-saved = Saved the configuration of { $city }.
cli-city-already-following = Already following { $city }; nothing changed.
cli-city-moved =
    Moved from { $from } to { $to }.
    Archived { $archived ->
        [one] { $archived } notice
       *[other] { $archived } notices
    } of { $from } (hagukumi notices --archived); removed { $dropped } events, facilities and other entries. Every record is kept.
    hagukumi feed sync fetches the notices of { $to }.
cli-city-name = { $name } ({ $code })

cli-demo-sakura-yamada = Sakura Yamada
cli-demo-chuo-ward = Chuo Ward
cli-demo-sakura-women-s = Sakura Women's Clinic
cli-demo-an-easy-birth = An easy birth.
cli-demo-hinata = Hinata
cli-demo-mild-gingivitis-brushing = Mild gingivitis; brushing advice.
cli-demo-minato-dental = Minato Dental
cli-demo-hidamari-pediatrics = Hidamari Pediatrics
cli-demo-chuo-health-center = Chuo Health Center
cli-demo-no-concerns = No concerns.
cli-demo-no-concerns-hips = No concerns; hips open well.
cli-demo-no-concerns-solids = No concerns; solids going well.
cli-demo-gobik = Gobik
cli-demo-prevenar-20 = Prevenar 20
cli-demo-bimmugen = Bimmugen
cli-demo-japan-bcg-laboratory = Japan BCG Laboratory
cli-demo-mearubik = Mearubik
cli-demo-biken = Biken
cli-demo-six-front-teeth = Six front teeth; keep brushing them for her.
cli-demo-heartbeat-seen-on = Heartbeat seen on ultrasound.
cli-demo-due-date-moved = Due date moved 2 days by ultrasound.
cli-demo-trace-protein-drink = Trace protein; drink plenty of water.
cli-demo-breech-for-now = Breech for now; to be checked again next time.
cli-demo-at-discharge = At discharge
cli-demo-midwife-s-home = Midwife's home visit
cli-demo-first-birthday = First birthday
cli-demo-welcome-to-the = Welcome to the world. Such tiny hands.
cli-demo-took-her-to = Took her to the shrine for omiyamairi. She slept through it.
cli-demo-she-laughed-out = She laughed out loud for the first time!
cli-demo-started-solids-one = Started solids: one spoon of rice porridge.
cli-demo-she-crawls-after = She crawls after me everywhere. Night waking, not much sleep.
cli-demo-first-birthday-one = First birthday! One step with the isshō-mochi on her back.
cli-demo-positive-pregnancy-test = Positive pregnancy test. Hinata will be a big sister.
cli-demo-morning-sickness-is = Morning sickness is hard; the smell of rice is too much.
cli-demo-felt-the-baby = Felt the baby move for the first time.
cli-demo-hinata-said-good = Hinata said \"good morning\" to my tummy.
cli-demo-back-ache-getting = Back ache. Getting Hinata to sleep takes all I have left.
cli-demo-started-exercises-to = Started exercises to help the baby turn.

cli-feed-built =
    Built the feed { $path }: { $notices } notices, { $events } events, { $facilities } childcare facilities, { $clinics } medical institutions, { $programmes } programmes
    Generated at: { $generated }
    Signed with public key: { $key }
cli-feed-verified = Signature verified: { $city } ({ $code })  { $generated }  { $entries } entries, { $expired } expired
cli-forms-listed = {"  "}({ $fields } fields, { $saves })
cli-delivery-child = { -child } { $name } ({ $sex })  { $weight }  ID: { $id }

cli-candidate-due = due { $label }

cli-pregnancy-delivered = delivered { $date }


cli-pregnancy-not-an-outcome = "{ $text }" is not an outcome: write miscarriage (流産), stillbirth (死産) or termination (人工妊娠中絶)

cli-input-out-of-range = "{ $value }" is out of range ({ $min }–{ $max }).

## ----- end of cli -----



## ===== cli-help =====
## The CLI's help: every command's and option's description (cli/src/help.rs).
## (end of the section's header)

# clap's own words: headings, the built-in flags, notes after a description.
cli-help-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-heading-global = Global options
cli-help-flag-help = Print help
    .summary = Print help (see more with '--help')
    .long = Print help (see a summary with '-h')
cli-help-flag-version = Print version
cli-help-command-help = Print this message or the help of the given subcommand(s)
cli-help-note-default = [default: { $value }]
cli-help-note-values = [possible values: { $values }]
cli-help-note-env = [env: { $name }]
cli-help-note-aliases = [aliases: { $names }]
# One text after another: a note after a description, a sentence after a sentence.
cli-help-then = { $before } { $after }
cli-help-error-line = error: { $message }
cli-help-error-lang = "{ $value }" is not a language: give ja (日本語) or en (English).
cli-help-error-lang-env = HAGUKUMI_LANG="{ $value }" is not a language: set it to ja (日本語) or en (English), or unset it.
cli-help-error-unknown-argument = unexpected argument '{ $arg }'.
cli-help-error-did-you-mean = Did you mean '{ $suggestion }'?
cli-help-error-trailing = To pass '{ $arg }' as a value, write '-- { $arg }'.
cli-help-error-unknown-command = unrecognized command '{ $name }'.
cli-help-error-value-missing = '{ $arg }' needs a value, but none was given.
cli-help-error-invalid-value = '{ $value }' is not a valid value for '{ $arg }'.
cli-help-error-valid-values = Possible values: { $values }.
cli-help-error-in-option = { $arg }: { $message }
cli-help-error-not-a-whole-number = "{ $value }" is not a whole number.
cli-help-error-unreadable-value = "{ $value }" could not be read.
cli-help-error-unreadable-value-because = "{ $value }" could not be read: { $detail }
cli-help-error-missing-arguments = required arguments were not given: { $args }
cli-help-error-missing-command = '{ $name }' needs a command.
cli-help-error-valid-commands = Commands: { $names }.
cli-help-error-no-equals = '{ $arg }' takes its value after an equals sign (=).
cli-help-error-too-many-values = unexpected value '{ $value }' for '{ $arg }': no more were expected.
cli-help-error-number-of-values = '{ $arg }' takes { $expected ->
        [one] 1 value
       *[other] { $expected } values
    }, but { $actual ->
        [one] 1 was
       *[other] { $actual } were
    } given.
cli-help-error-repeated = '{ $arg }' can be given only once.
cli-help-error-conflict-any = '{ $arg }' cannot be used with one or more of the other arguments given.
cli-help-error-conflict = '{ $arg }' cannot be used with '{ $other }'.
cli-help-error-utf8 = an argument is not valid UTF-8.
cli-help-error-other = the command line could not be read.
cli-help-error-more = For more information, run '{ $command } --help'.

# Every command and argument: cli-help-cmd-<command path>[--<argument>] (cli/src/help.rs),
# checked against the real command tree by the tests in cli/src/help.rs.
cli-help-cmd = Hagukumi (はぐくみ): the electronic maternal and child health handbook (電子母子手帳), from a terminal.
    .long =
        Hagukumi (はぐくみ): the electronic maternal and child health handbook (電子母子手帳), from a terminal.

        Everything stays in one file, DIR/handbook.sqlite3, and the photos in DIR/photos/. Try `hagukumi demo` for a sample family.

        IDs: give the short id a list shows (the id's last 8 hex digits), the full id, or a unique prefix or ending of at least 8 hex digits. Where a command needs a child or a pregnancy and the handbook has exactly one child (or one ongoing pregnancy), the id may be left out.

        Language: --lang, else HAGUKUMI_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG); Japanese when none names ja or en.

        Exit codes: 0 done; 2 the input was refused (nothing was written); 3 `photo import`: some files imported, the others refused (each is listed); 1 any other failure.
cli-help-cmd--data-dir = Folder of the handbook (DIR/handbook.sqlite3) [default: the platform data directory, e.g. ~/.local/share/hagukumi]
cli-help-cmd--lang = Language of output, help and error messages: ja (日本語) or en (English) [default: HAGUKUMI_LANG, else the locale, else ja]
cli-help-cmd--json = Print JSON (the stored record, list or summary) instead of text; errors too
cli-help-cmd--today = Pretend today is this date in Japan (for demos and reproducible tests)
cli-help-cmd-demo = Create a handbook for a sample family in the data directory and show it
cli-help-cmd-demo--force = Replace an existing handbook in the data directory (its records are lost)
cli-help-cmd-home = The home screen: the pregnancy, each child's age, latest measurements, next checkup
cli-help-cmd-profile = The mother's profile (お母さんのプロフィール)
cli-help-cmd-profile-set = Enter or change the mother's profile; options not given keep their value
cli-help-cmd-profile-set--name = Name (required the first time)
cli-help-cmd-profile-set--kana = Name in kana (ふりがな)
cli-help-cmd-profile-set--birth-date = The mother's date of birth
cli-help-cmd-profile-set--blood-type = Blood type as on the test record, e.g. "A Rh+"
cli-help-cmd-profile-set--height = Height in cm
cli-help-cmd-profile-set--district = City district (地区)
cli-help-cmd-profile-set--notes = Free-text notes
cli-help-cmd-profile-show = Show the mother's profile
cli-help-cmd-pregnancy = Pregnancies (妊娠)
cli-help-cmd-pregnancy-add = Add a pregnancy, dated by the last menstrual period and/or the ultrasound due date
cli-help-cmd-pregnancy-add--lmp = First day of the last menstrual period
cli-help-cmd-pregnancy-add--due = Due date set by ultrasound (wins over the LMP for counting weeks)
cli-help-cmd-pregnancy-add--fetuses = Number of babies (2 for twins)
cli-help-cmd-pregnancy-add--pre-weight = Weight before pregnancy, kg
cli-help-cmd-pregnancy-add--notes = Free-text notes
cli-help-cmd-pregnancy-list = List pregnancies, most recent first
cli-help-cmd-pregnancy-show = Show a pregnancy: due date, weeks today, last checkup, delivery
cli-help-cmd-pregnancy-show--id = Pregnancy id or unique prefix (default: the only ongoing pregnancy)
cli-help-cmd-pregnancy-delete = Delete a pregnancy with its checkups and delivery record (children stay); without --yes, only says what would be deleted
cli-help-cmd-pregnancy-delete--id = Pregnancy id or unique prefix
cli-help-cmd-pregnancy-delete--yes = Delete without asking (the deletion cannot be undone)
cli-help-cmd-pregnancy-end = Record that a pregnancy ended in a loss (流産, 死産, 人工妊娠中絶); the records, diary and photos stay
cli-help-cmd-pregnancy-end--id = Pregnancy id or unique prefix
cli-help-cmd-pregnancy-end--outcome = miscarriage (流産), stillbirth (死産) or termination (人工妊娠中絶)
cli-help-cmd-pregnancy-end--date = The day it ended
cli-help-cmd-pregnancy-reopen = Undo `pregnancy end` recorded by mistake
cli-help-cmd-pregnancy-reopen--id = Pregnancy id or unique prefix
cli-help-cmd-prenatal = Prenatal checkups (妊婦健診)
cli-help-cmd-prenatal-add = Record a prenatal checkup (妊婦健診)
cli-help-cmd-prenatal-add--pregnancy = Pregnancy id or unique prefix (default: the only ongoing pregnancy)
cli-help-cmd-prenatal-add--date = Date of the checkup [default: today]
cli-help-cmd-prenatal-add--weight = Mother's weight, kg
cli-help-cmd-prenatal-add--bp = Blood pressure, systolic/diastolic
cli-help-cmd-prenatal-add--protein = Urine protein: -, ±, +, 2+, 3+
cli-help-cmd-prenatal-add--glucose = Urine glucose: -, ±, +, 2+, 3+
cli-help-cmd-prenatal-add--fundal = Fundal height (子宮底長), cm
cli-help-cmd-prenatal-add--girth = Abdominal girth (腹囲), cm
cli-help-cmd-prenatal-add--oedema = Oedema (浮腫): -, +, ++
cli-help-cmd-prenatal-add--clinic = Clinic or hospital
cli-help-cmd-prenatal-add--notes = Free-text notes
cli-help-cmd-prenatal-add--next = Date of the next visit
cli-help-cmd-prenatal-add--force = Save even if a checkup that day is already recorded
cli-help-cmd-prenatal-list = List a pregnancy's checkups, oldest first
cli-help-cmd-prenatal-list--pregnancy = Pregnancy id or unique prefix (default: the only ongoing pregnancy)
cli-help-cmd-prenatal-edit = Correct a prenatal checkup; only the options given change
cli-help-cmd-prenatal-edit--id = Checkup id as listed (short id), full id, or unique prefix
cli-help-cmd-prenatal-edit--date = Date of the checkup
cli-help-cmd-prenatal-edit--weight = Mother's weight, kg
cli-help-cmd-prenatal-edit--bp = Blood pressure, systolic/diastolic
cli-help-cmd-prenatal-edit--protein = Urine protein: -, ±, +, 2+, 3+
cli-help-cmd-prenatal-edit--glucose = Urine glucose: -, ±, +, 2+, 3+
cli-help-cmd-prenatal-edit--fundal = Fundal height (子宮底長), cm
cli-help-cmd-prenatal-edit--girth = Abdominal girth (腹囲), cm
cli-help-cmd-prenatal-edit--oedema = Oedema (浮腫): -, +, ++
cli-help-cmd-prenatal-edit--clinic = Clinic or hospital
cli-help-cmd-prenatal-edit--notes = Free-text notes
cli-help-cmd-prenatal-edit--next = Date of the next visit
cli-help-cmd-prenatal-edit--force = Save even if another checkup that day is recorded
cli-help-cmd-prenatal-delete = Delete a prenatal checkup (asks for --yes)
cli-help-cmd-prenatal-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-prenatal-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-delivery = The delivery record (出産の状態), which creates the child or children
cli-help-cmd-delivery-add = Record the delivery; creates one child per --baby
cli-help-cmd-delivery-add--pregnancy = Pregnancy id or unique prefix (default: the only ongoing pregnancy)
cli-help-cmd-delivery-add--at = Date and time of birth (of the first baby), Japan time
cli-help-cmd-delivery-add--ga = Gestational age at birth, e.g. 39w4d [default: counted from the pregnancy's dates]
cli-help-cmd-delivery-add--method = vaginal, vacuum, forceps or caesarean
cli-help-cmd-delivery-add--presentation = 分娩経過: 頭位, 骨盤位 or その他 (cephalic, breech, other)
cli-help-cmd-delivery-add--presentation-other = 分娩経過 その他（　）: what it was (implies --presentation その他)
cli-help-cmd-delivery-add--course-notes = 分娩経過 特記事項
cli-help-cmd-delivery-add--labor-duration = 分娩所要時間 in hours and minutes: 12時間30分, 45分, 12h30m or 12:30
cli-help-cmd-delivery-add--blood-loss = Blood loss at delivery (出血量), in mL
cli-help-cmd-delivery-add--blood-loss-grade = 出血量 as the form prints it: 少量, 中量 or 多量 (small, moderate, large)
cli-help-cmd-delivery-add--transfusion = 輸血（血液製剤含む）の有無: 無 or 有 (no, yes)
cli-help-cmd-delivery-add--transfusion-detail = 輸血 有（　）: what was given (implies --transfusion 有)
cli-help-cmd-delivery-add--certificate = 証明: 出生証明書, 死産証書（死胎検案書） or 出生証明書及び死亡診断書 (birth, stillbirth, birth_and_death)
cli-help-cmd-delivery-add--place = Where the baby was born (出産の場所 名称)
cli-help-cmd-delivery-add--attendant = 分娩取扱者 氏名 — 医師: the doctor
cli-help-cmd-delivery-add--midwife = 分娩取扱者 氏名 — 助産師: the midwife
cli-help-cmd-delivery-add--other-attendant = 分娩取扱者 氏名 — その他: anyone else
cli-help-cmd-delivery-add--notes = Free-text notes
cli-help-cmd-delivery-add--baby = One per baby, in birth order: NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]] (weight also as grams: 3020g)
cli-help-cmd-delivery-add--apgar = Apgar scores at 1 and 5 minutes, one per baby in the same order: 8/9
cli-help-cmd-delivery-add--findings = Each baby's 特別な所見・処置, one per baby in the same order ("" for none); kept on the child's record (corrected with `child edit ID --birth-findings`)
cli-help-cmd-delivery-list = List the deliveries of every pregnancy
cli-help-cmd-delivery-edit = Correct a delivery record; only the options given change (each child's own page is corrected with `child edit`)
cli-help-cmd-delivery-edit--id = Delivery id as listed (short id), full id, or unique prefix
cli-help-cmd-delivery-edit--at = Date and time of birth (of the first baby), Japan time
cli-help-cmd-delivery-edit--ga = Gestational age at birth, e.g. 39w4d
cli-help-cmd-delivery-edit--method = vaginal, vacuum, forceps or caesarean
cli-help-cmd-delivery-edit--presentation = 分娩経過: 頭位, 骨盤位 or その他 (cephalic, breech, other)
cli-help-cmd-delivery-edit--presentation-other = 分娩経過 その他（　）: what it was (implies --presentation その他; "" clears it)
cli-help-cmd-delivery-edit--course-notes = 分娩経過 特記事項 ("" clears it)
cli-help-cmd-delivery-edit--labor-duration = 分娩所要時間 in hours and minutes: 12時間30分, 45分, 12h30m or 12:30
cli-help-cmd-delivery-edit--blood-loss = Blood loss at delivery (出血量), in mL
cli-help-cmd-delivery-edit--blood-loss-grade = 出血量 as the form prints it: 少量, 中量 or 多量 (small, moderate, large)
cli-help-cmd-delivery-edit--transfusion = 輸血（血液製剤含む）の有無: 無 or 有 (no, yes)
cli-help-cmd-delivery-edit--transfusion-detail = 輸血 有（　）: what was given (implies --transfusion 有; "" clears it)
cli-help-cmd-delivery-edit--certificate = 証明: 出生証明書, 死産証書（死胎検案書） or 出生証明書及び死亡診断書 (birth, stillbirth, birth_and_death)
cli-help-cmd-delivery-edit--place = Where the baby was born (出産の場所 名称; "" clears it)
cli-help-cmd-delivery-edit--attendant = 分娩取扱者 氏名 — 医師: the doctor ("" clears it)
cli-help-cmd-delivery-edit--midwife = 分娩取扱者 氏名 — 助産師: the midwife ("" clears it)
cli-help-cmd-delivery-edit--other-attendant = 分娩取扱者 氏名 — その他: anyone else ("" clears it)
cli-help-cmd-delivery-edit--notes = Free-text notes ("" clears them)
cli-help-cmd-delivery-delete = Delete a delivery record (asks for --yes); the children stay
cli-help-cmd-delivery-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-delivery-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-child = Children (お子さん)
cli-help-cmd-child-add = Add a child born before the family used Hagukumi (otherwise use `delivery add`)
cli-help-cmd-child-add--name = The child's name
cli-help-cmd-child-add--kana = Name in kana (ふりがな)
cli-help-cmd-child-add--sex = male or female
cli-help-cmd-child-add--birth-date = Date of birth
cli-help-cmd-child-add--birth-order = 1 for a singleton; 1, 2, … among twins
cli-help-cmd-child-add--ga = Gestational age at birth, e.g. 39w4d (gives the corrected age of a preterm baby)
cli-help-cmd-child-add--birth-weight = Birth weight in kg, or grams with g: 3020g
cli-help-cmd-child-add--birth-length = Length at birth in cm
cli-help-cmd-child-add--birth-head = Head circumference at birth in cm
cli-help-cmd-child-add--birth-chest = Chest circumference at birth in cm
cli-help-cmd-child-add--apgar = Apgar scores at 1 and 5 minutes: 8/9
cli-help-cmd-child-add--birth-findings = 特別な所見・処置 at birth (出産の状態) ("" clears it)
cli-help-cmd-child-add--force = Save even if a child of this name and birth date is already in the handbook
cli-help-cmd-child-list = List the children, oldest first
cli-help-cmd-child-show = A child's card: age, corrected age, latest measurements, next checkup
cli-help-cmd-child-show--id = Child id or unique prefix (default: the only child)
cli-help-cmd-child-edit = Correct a child's page; only the options given change
cli-help-cmd-child-edit--id = Child id as listed (short id), full id, or unique prefix
cli-help-cmd-child-edit--name = The child's name
cli-help-cmd-child-edit--kana = Name in kana (ふりがな); "" clears it
cli-help-cmd-child-edit--sex = male or female
cli-help-cmd-child-edit--birth-date = Date of birth
cli-help-cmd-child-edit--birth-order = 1 for a singleton; 1, 2, … among twins
cli-help-cmd-child-edit--ga = Gestational age at birth, e.g. 39w4d (gives the corrected age of a preterm baby)
cli-help-cmd-child-edit--birth-weight = Birth weight in kg, or grams with g: 3020g
cli-help-cmd-child-edit--birth-length = Length at birth in cm
cli-help-cmd-child-edit--birth-head = Head circumference at birth in cm
cli-help-cmd-child-edit--birth-chest = Chest circumference at birth in cm
cli-help-cmd-child-edit--apgar = Apgar scores at 1 and 5 minutes: 8/9
cli-help-cmd-child-edit--birth-findings = 特別な所見・処置 at birth (出産の状態) ("" clears it)
cli-help-cmd-child-edit--force = Save even if another child of this name and birth date is in the handbook
cli-help-cmd-child-delete = Delete a child and every record about them (asks for --yes)
cli-help-cmd-child-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-child-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-growth = Growth measurements (身体測定)
cli-help-cmd-growth-add = Record a measurement (at least one of weight, length, head)
cli-help-cmd-growth-add--child = Child id or unique prefix (default: the only child)
cli-help-cmd-growth-add--date = Date measured [default: today]
cli-help-cmd-growth-add--weight = Weight in kg (or grams with g)
cli-help-cmd-growth-add--length = Length or height in cm
cli-help-cmd-growth-add--position = How the length was measured: recumbent (lying) or standing
cli-help-cmd-growth-add--head = Head circumference in cm
cli-help-cmd-growth-add--notes = Free-text notes ("" clears them)
cli-help-cmd-growth-add--force = Save even if the child already has a measurement that day
cli-help-cmd-growth-list = List a child's measurements, oldest first
cli-help-cmd-growth-list--child = Child id or unique prefix (default: the only child)
cli-help-cmd-growth-edit = Correct a measurement; only the options given change
cli-help-cmd-growth-edit--id = Measurement id as listed (short id), full id, or unique prefix
cli-help-cmd-growth-edit--child = Move it to this child (id or prefix)
cli-help-cmd-growth-edit--date = Date measured
cli-help-cmd-growth-edit--weight = Weight in kg (or grams with g)
cli-help-cmd-growth-edit--length = Length or height in cm
cli-help-cmd-growth-edit--position = How the length was measured: recumbent (lying) or standing
cli-help-cmd-growth-edit--head = Head circumference in cm
cli-help-cmd-growth-edit--notes = Free-text notes ("" clears them)
cli-help-cmd-growth-edit--force = Save even if the child has another measurement that day
cli-help-cmd-growth-delete = Delete a measurement (asks for --yes)
cli-help-cmd-growth-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-growth-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-growth-chart = Draw the growth-curve page (bands and the child's points) to an SVG or PNG file
cli-help-cmd-growth-chart--child = The child (the only child if left out)
cli-help-cmd-growth-chart--indicator = weight, length, head, bmi or weight-for-length
cli-help-cmd-growth-chart--standard = Reference: japan2023 (令和5年乳幼児身体発育調査, as the paper handbook) or who [default: japan2023 for weight, length and head; who for bmi and weight-for-length, which the survey does not publish]
cli-help-cmd-growth-chart--out = Output file; .svg or .png
cli-help-cmd-growth-assess = Where one measurement stands (no handbook needed): band, percentile, z
cli-help-cmd-growth-assess--sex = male or female
cli-help-cmd-growth-assess--birth = Birth date
cli-help-cmd-growth-assess--date = Date measured
cli-help-cmd-growth-assess--weight = Weight in kg (or grams with g)
cli-help-cmd-growth-assess--length = Length or height in cm
cli-help-cmd-growth-assess--position = How the length was measured: lying (recumbent) or standing
cli-help-cmd-growth-assess--head = Head circumference in cm
cli-help-cmd-growth-assess--ga = Gestational age at birth, e.g. 35+2 (age is corrected until 2 years)
cli-help-cmd-growth-assess--standard = japan2023 or who [default: japan2023 for weight, length and head; who for BMI and weight-for-length]
cli-help-cmd-growth-survey = Score a city's checkup CSV like WHO Anthro (z-scores, flags, Japanese bands)
cli-help-cmd-growth-survey--input = Checkup CSV: id, sex, birth_date, date, weight_kg, length_cm, measure, head_cm (or 番号, 性別, 生年月日, 測定日, 体重, 身長, 測定方法, 頭囲; sex 1/2, m/f or 男/女; measure l/h; UTF-8 or Shift_JIS)
cli-help-cmd-growth-survey--out = Where to write the scored CSV (UTF-8)
cli-help-cmd-growth-survey--report = Also write an HTML report of prevalences by age group, with charts
cli-help-cmd-checkup = Infant checkups (乳幼児健康診査): the parent's record and the clinic's, by question id
cli-help-cmd-checkup-add = Record an infant checkup page: the parent's answers and the clinic's fields, by id
cli-help-cmd-checkup-add--child = Child id or unique prefix (default: the only child)
cli-help-cmd-checkup-add--kind = Which checkup: 2w, 1m, 2m, 3-4m, 6-7m, 9-10m, 1y, 18m, 2y, 3y, 4y, 5y, 6y (or 1か月, 3〜4か月, 1歳6か月 …)
cli-help-cmd-checkup-add--date = Date of the checkup [default: today]
cli-help-cmd-checkup-add--answer = An answer by the question's id, repeatable: "ID=yes", "ID=no", "ID=YYYY-MM-DD" (when), a number, an option or text (ids: `hagukumi checkup questions --kind KIND`)
cli-help-cmd-checkup-add--stool-color = The stool colour card's number (便色カード, 1–7) seen on the day; 1–3 needs a doctor now (saved on the handbook's stool-colour page, 便色の確認の記録)
cli-help-cmd-checkup-add--findings = Findings written by the doctor or dentist
cli-help-cmd-checkup-add--clinic = Clinic or hospital
cli-help-cmd-checkup-add--notes = Free-text notes ("" clears them)
cli-help-cmd-checkup-add--force = Save even if this page, or a checkup that day, is already recorded
cli-help-cmd-checkup-list = List a child's checkups, oldest first
cli-help-cmd-checkup-list--child = Child id or unique prefix (default: the only child)
cli-help-cmd-checkup-edit = Correct a checkup page; only the options given change
cli-help-cmd-checkup-edit--id = Checkup id as listed (short id), full id, or unique prefix
cli-help-cmd-checkup-edit--kind = Which checkup: 2w, 1m, 2m, 3-4m, 6-7m, 9-10m, 1y, 18m, 2y, 3y, 4y, 5y, 6y
cli-help-cmd-checkup-edit--date = Date of the checkup
cli-help-cmd-checkup-edit--answer = An answer by the question's id, repeatable: "ID=yes", "ID=no", "ID=YYYY-MM-DD" (when), a number, an option or text (ids: `hagukumi checkup questions --kind KIND`) (the answers given replace those questions' answers; ID=- clears one)
cli-help-cmd-checkup-edit--stool-color = The stool colour card's number (便色カード, 1–7) seen on the day; 1–3 needs a doctor now (saved on the handbook's stool-colour page, 便色の確認の記録)
cli-help-cmd-checkup-edit--findings = Findings written by the doctor or dentist
cli-help-cmd-checkup-edit--clinic = Clinic or hospital
cli-help-cmd-checkup-edit--notes = Free-text notes ("" clears them)
cli-help-cmd-checkup-edit--force = Save even if this page, or another checkup that day, is already recorded
cli-help-cmd-checkup-delete = Delete a checkup page (asks for --yes)
cli-help-cmd-checkup-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-checkup-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-checkup-questions = Print a checkup page's questions and fields with their ids and answers
cli-help-cmd-checkup-questions--kind = Which checkup page: 2w, 1m, 2m, 3-4m, 6-7m, 9-10m, 1y, 18m, 2y, 3y, 4y, 5y, 6y
cli-help-cmd-vaccination = Vaccination doses (予防接種)
cli-help-cmd-vaccination-add = Record a vaccine dose
cli-help-cmd-vaccination-add--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-vaccination-add--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-vaccination-add--vaccine = Vaccine code: hepb, rotavirus, dpt_ipv_hib, dpt_ipv, hib, pcv, bcg, mr, varicella, je, dt, hpv, mumps, influenza, rsv_maternal (on a pregnancy)
cli-help-cmd-vaccination-add--dose = Dose number within the series (MR 1期 = 1, 2期 = 2)
cli-help-cmd-vaccination-add--date = Date given [default: today]
cli-help-cmd-vaccination-add--brand = Brand or manufacturer as on the sticker (rotavirus: rotarix or rotateq)
cli-help-cmd-vaccination-add--lot = Lot number
cli-help-cmd-vaccination-add--clinic = Clinic or hospital
cli-help-cmd-vaccination-add--notes = Free-text notes ("" clears them)
cli-help-cmd-vaccination-add--force = Save even if this dose of this vaccine is already recorded
cli-help-cmd-vaccination-list = List the doses given, oldest first (default: the only child)
cli-help-cmd-vaccination-list--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-vaccination-list--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-vaccination-edit = Correct a dose; only the options given change
cli-help-cmd-vaccination-edit--id = Vaccination id as listed (short id), full id, or unique prefix
cli-help-cmd-vaccination-edit--vaccine = Vaccine code (as for add)
cli-help-cmd-vaccination-edit--dose = Dose number within the series
cli-help-cmd-vaccination-edit--date = Date given
cli-help-cmd-vaccination-edit--brand = Brand or manufacturer as on the sticker (rotavirus: rotarix or rotateq)
cli-help-cmd-vaccination-edit--lot = Lot number
cli-help-cmd-vaccination-edit--clinic = Clinic or hospital
cli-help-cmd-vaccination-edit--notes = Free-text notes ("" clears them)
cli-help-cmd-vaccination-edit--force = Save even if this dose of this vaccine is recorded in another entry
cli-help-cmd-vaccination-delete = Delete a dose (asks for --yes)
cli-help-cmd-vaccination-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-vaccination-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-dental = Dental checkups (歯科健診) of a child or during pregnancy
cli-help-cmd-dental-add = Record a dental checkup of a child, or of the mother during pregnancy
cli-help-cmd-dental-add--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-dental-add--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-dental-add--date = Date of the checkup [default: today]
cli-help-cmd-dental-add--teeth = Number of teeth present
cli-help-cmd-dental-add--caries = Number of cavities
cli-help-cmd-dental-add--findings = Findings written by the doctor or dentist ("" clears them)
cli-help-cmd-dental-add--clinic = Clinic or hospital
cli-help-cmd-dental-add--fluoride = Fluoride was applied
cli-help-cmd-dental-add--force = Save even if a dental checkup that day is already recorded
cli-help-cmd-dental-list = List dental checkups, oldest first
cli-help-cmd-dental-list--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-dental-list--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-dental-edit = Correct a dental checkup; only the options given change
cli-help-cmd-dental-edit--id = Dental checkup id as listed (short id), full id, or unique prefix
cli-help-cmd-dental-edit--date = Date of the checkup
cli-help-cmd-dental-edit--teeth = Number of teeth present
cli-help-cmd-dental-edit--caries = Number of cavities
cli-help-cmd-dental-edit--findings = Findings written by the doctor or dentist ("" clears them)
cli-help-cmd-dental-edit--clinic = Clinic or hospital
cli-help-cmd-dental-edit--fluoride = Fluoride was applied
cli-help-cmd-dental-edit--no-fluoride = Fluoride was not applied
cli-help-cmd-dental-edit--force = Save even if another dental checkup that day is recorded
cli-help-cmd-dental-delete = Delete a dental checkup (asks for --yes)
cli-help-cmd-dental-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-dental-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-diary = Diary entries (日記) about a pregnancy, a child, or several at once
cli-help-cmd-diary-add = Write a diary entry
cli-help-cmd-diary-add--text = The text of the entry
cli-help-cmd-diary-add--child = About this child; repeat for twins (the flag alone means the only child)
cli-help-cmd-diary-add--pregnancy = About this pregnancy (the flag alone means the ongoing one)
cli-help-cmd-diary-add--date = Date written [default: today]
cli-help-cmd-diary-add--mood = happy, calm, tired, worried or unwell
cli-help-cmd-diary-add--photo = A photo reference (repeatable)
cli-help-cmd-diary-add--force = Save even if the same words are already in an entry that day
cli-help-cmd-diary-list = List the entries about a child or a pregnancy, newest first
cli-help-cmd-diary-list--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-diary-list--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-diary-edit = Correct an entry; only the options given change
cli-help-cmd-diary-edit--id = Entry id as listed (short id), full id, or unique prefix
cli-help-cmd-diary-edit--text = The text of the entry
cli-help-cmd-diary-edit--child = About this child; repeat for twins (the flag alone means the only child)
cli-help-cmd-diary-edit--pregnancy = About this pregnancy (the flag alone means the ongoing one)
cli-help-cmd-diary-edit--date = Date written
cli-help-cmd-diary-edit--mood = happy, calm, tired, worried or unwell
cli-help-cmd-diary-edit--photo = A photo reference (repeatable)
cli-help-cmd-diary-edit--force = Save even if the same words are in another entry that day
cli-help-cmd-diary-delete = Delete an entry (asks for --yes); photos no other entry shows go with it
cli-help-cmd-diary-delete--id = Id as listed (short id), full id, or unique prefix
cli-help-cmd-diary-delete--yes = Really delete (without it, the command says what would be deleted)
cli-help-cmd-photo = Photos (写真): import, list, and check the photo folder
cli-help-cmd-photo-import = Import JPEG, PNG or WebP photos (HEIC: convert to JPEG first), upright and without metadata; with --entry, add them to a diary entry
cli-help-cmd-photo-import--files = The photo files, imported in this order
cli-help-cmd-photo-import--entry = Add the photos to this diary entry (id or unique prefix)
cli-help-cmd-photo-list = List the stored photos, most recently taken first
cli-help-cmd-photo-check = Compare the photo folder with the handbook: orphan files, missing files
cli-help-cmd-photo-check--repair = Remove orphan files and remake missing thumbnails
cli-help-cmd-timeline = Every record about a child or a pregnancy, newest first, a page at a time
cli-help-cmd-timeline--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-timeline--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-timeline--limit = Items per page (at most 200)
cli-help-cmd-timeline--cursor = Continue after a previous page: the cursor it printed
cli-help-cmd-check = Check the handbook file's integrity and print its schema version
cli-help-cmd-schedule = A child's vaccination plan (予防接種スケジュール): from the handbook (--child) or for any birth date and doses given (--birth, --dose)
cli-help-cmd-schedule--birth = Birth date of a child not in the handbook (with --dose for the doses given)
cli-help-cmd-schedule--sex = Sex of that child (routine HPV is for girls)
cli-help-cmd-schedule--dose = A dose given: CODE:N:YYYY-MM-DD[:BRAND], e.g. rotavirus:1:2026-06-01:rotarix (repeatable)
cli-help-cmd-schedule--child = A child in the handbook (the only child if left out)
cli-help-cmd-schedule--visits = Plan the next clinic visits (doses given together, 同時接種) for the coming year
cli-help-cmd-schedule--timing = With --birth: plan by the standard period (standard, the default) or as early as allowed (earliest); a handbook uses its saved setting (--set-timing)
cli-help-cmd-schedule--set-timing = Save the handbook's reminder timing (standard or earliest), then show the plan
cli-help-cmd-reminders = Vaccinations and checkups falling due soon, for every child and the pregnancy
cli-help-cmd-reminders--days = Look this many days ahead
cli-help-cmd-feed = The city's information feed: sync (families); keygen, build, check, serve (city staff)
cli-help-cmd-feed-keygen = Make a new signing key (city staff): DIR/feed-signing.key and its public key
cli-help-cmd-feed-keygen--out = Folder to write the key files into
cli-help-cmd-feed-build = Build a signed feed from open-data CSVs, RSS/Atom and a notices TOML file
cli-help-cmd-feed-build--city = The city configuration (code, name; its feed_url goes into the feed)
cli-help-cmd-feed-build--key = The signing key made by `feed keygen`
cli-help-cmd-feed-build--notices = The notices (and support programmes) file staff edit, TOML
cli-help-cmd-feed-build--events = イベント一覧 CSV (UTF-8, UTF-8 with BOM or Shift_JIS)
cli-help-cmd-feed-build--facilities = 子育て施設一覧 CSV
cli-help-cmd-feed-build--medical = 医療機関一覧 CSV
cli-help-cmd-feed-build--news = The city's news feed (RSS 1.0, RSS 2.0, Atom or JSON Feed)
cli-help-cmd-feed-build--out = Folder for feed.signed.json (what the app fetches) and feed.json (readable)
cli-help-cmd-feed-check = Verify a signed feed and show what each family stage would see
cli-help-cmd-feed-check--file = The signed feed file [default: the bundled sample city's]
cli-help-cmd-feed-check--city = The city configuration with the pinned key [default: the sample city's]
cli-help-cmd-feed-check--weeks = Preview a pregnancy at N completed weeks (repeatable; instead of the six default stages)
cli-help-cmd-feed-check--months = Preview a child N completed months old (repeatable)
cli-help-cmd-feed-check--days = Preview a child N days old (repeatable)
cli-help-cmd-feed-check--html = Also write the preview as an HTML page: the stages side by side, and the lint
cli-help-cmd-feed-serve = Serve a feed folder on 127.0.0.1 with ETag and Last-Modified (for testing)
cli-help-cmd-feed-serve--dir = The folder holding feed.signed.json
cli-help-cmd-feed-serve--port = Port to listen on
cli-help-cmd-feed-sync = Fetch the city's feed and apply it to the handbook
cli-help-cmd-feed-sync--city = The city configuration (feed URL and pinned keys) [default: the city chosen with `hagukumi city move`]
cli-help-cmd-feed-sync--sample = Apply the bundled sample city's feed (no network)
cli-help-cmd-notices = The city's notices for this family (お知らせ), each with why it is shown
cli-help-cmd-notices--read = Mark this notice as read: its number in the list (or its id from --json)
cli-help-cmd-notices--bookmark = Bookmark this notice: its number in the list (or its id)
cli-help-cmd-notices--unbookmark = Remove the bookmark of this notice: its number in the list (or its id)
cli-help-cmd-notices--directory = List the city's childcare facilities and medical institutions instead
cli-help-cmd-notices--archived = List the notices of the cities the family moved away from instead
cli-help-cmd-share = Share records with the other parent or grandparents (共有), end-to-end encrypted
cli-help-cmd-share-create = Make a share and print its key: for grandparents (read-only, one child or pregnancy) or, with --co-parent, for the other parent (everything, both ways)
cli-help-cmd-share-create--name = Whom it is for, as the family calls them ("おばあちゃん")
cli-help-cmd-share-create--co-parent = For the other parent: the whole handbook, merged both ways
cli-help-cmd-share-create--child = Share this child (id or unique prefix; the only child if no id is given) [the default without --pregnancy or --co-parent]
cli-help-cmd-share-create--pregnancy = Share this pregnancy (id or unique prefix; the ongoing one if no id is given)
cli-help-cmd-share-list = The shares, with their keys and when each was last exported
cli-help-cmd-share-export = Write a share's next bundle: what changed since the last export (--full: all)
cli-help-cmd-share-export--share = The share (id prefix or name)
cli-help-cmd-share-export--out = Where to write the bundle [default: <name>-<date>.hagukumi-share]
cli-help-cmd-share-export--full = Everything in scope, not only what changed since the last export
cli-help-cmd-share-import = Import a bundle: a co-parent's into this handbook, a grandparent's into a view
cli-help-cmd-share-import--file = The bundle file
cli-help-cmd-share-import--key = The share key the family gave (as printed by `share create`); `-` reads it from standard input. A key typed here is visible to other users of the machine while the command runs: prefer --key-file or `-`
cli-help-cmd-share-import--key-file = Read the share key from this file's first line
cli-help-cmd-share-views = The read-only views of other families kept here (from their shares)
cli-help-cmd-share-remove = Forget a share
cli-help-cmd-share-remove--share = The share (id prefix or name)
cli-help-cmd-backup = Back up the whole handbook to one encrypted file, or restore it (バックアップ)
cli-help-cmd-backup-create = Back up the whole handbook (records and photos) to one encrypted file
cli-help-cmd-backup-create--out = The backup file to write
cli-help-cmd-backup-create--passphrase-file = Read the passphrase from this file's first line [default: the environment variable HAGUKUMI_PASSPHRASE]
cli-help-cmd-backup-create--key = Use a share key instead of a passphrase; `-` reads it from standard input. A key typed here is visible to other users of the machine while the command runs: prefer --key-file or `-`
cli-help-cmd-backup-create--key-file = Use the share key in this file's first line instead of a passphrase
cli-help-cmd-backup-create--rescue = The handbook is damaged: save, table by table and row by row, everything that can still be read (restore it with `backup restore` as any backup)
cli-help-cmd-backup-inspect = Check a backup's key and show what it holds, without restoring
cli-help-cmd-backup-inspect--file = The backup file
cli-help-cmd-backup-inspect--passphrase-file = Read the passphrase from this file's first line [default: the environment variable HAGUKUMI_PASSPHRASE]
cli-help-cmd-backup-inspect--key = Use a share key instead of a passphrase; `-` reads it from standard input. A key typed here is visible to other users of the machine while the command runs: prefer --key-file or `-`
cli-help-cmd-backup-inspect--key-file = Use the share key in this file's first line instead of a passphrase
cli-help-cmd-backup-restore = Restore a backup; if this handbook has records, choose --replace or --merge
cli-help-cmd-backup-restore--file = The backup file
cli-help-cmd-backup-restore--passphrase-file = Read the passphrase from this file's first line [default: the environment variable HAGUKUMI_PASSPHRASE]
cli-help-cmd-backup-restore--key = Use a share key instead of a passphrase; `-` reads it from standard input. A key typed here is visible to other users of the machine while the command runs: prefer --key-file or `-`
cli-help-cmd-backup-restore--key-file = Use the share key in this file's first line instead of a passphrase
cli-help-cmd-backup-restore--replace = Replace this handbook's records and photos with the backup's
cli-help-cmd-backup-restore--merge = Merge the backup into this handbook (the newer version of each record wins)
cli-help-cmd-export = A child's records for others: a FHIR R4 bundle, or a printable HTML summary
cli-help-cmd-export-fhir = A FHIR R4 Bundle (JSON): the child, measurements (LOINC), vaccinations (CVX where certain), infant checkups
cli-help-cmd-export-fhir--child = The child (the only child if left out)
cli-help-cmd-export-fhir--out = Write to this file instead of stdout
cli-help-cmd-export-html = A printable summary (self-contained HTML, A4) in the --lang language: profile, birth, growth with WHO z-scores and charts, vaccinations and the plan, checkups
cli-help-cmd-export-html--child = The child (the only child if left out)
cli-help-cmd-export-html--out = Write to this file instead of stdout
cli-help-cmd-export-pdf = The printable summary as a PDF (A4), printed by a headless Chromium or Chrome (set HAGUKUMI_CHROMIUM to its path if it is not on PATH)
cli-help-cmd-export-pdf--child = The child (the only child if left out)
cli-help-cmd-export-pdf--out = The PDF file to write
cli-help-cmd-forms = The pages of the handbook as forms: ids, fields, answers each takes (what the apps draw)
cli-help-cmd-forms-show = One form with every field: id, type, limits, options, who fills it
cli-help-cmd-forms-show--id = The form's id (as `hagukumi forms` lists)
cli-help-cmd-forms-sources = The sources the forms cite
cli-help-cmd-page = The handbook's other pages: screening tests, newborn period, after the birth, partner, stool colour
cli-help-cmd-page-add = Fill a page: hagukumi page add hearing_screen --answer method=aabr --answer right=pass …
cli-help-cmd-page-add--page = The page's id (`hagukumi forms` lists them)
cli-help-cmd-page-add--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-page-add--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-page-add--answer = An answer by field id, repeatable: ID=VALUE (`hagukumi forms show PAGE`)
cli-help-cmd-page-add--force = Save even if this page is already recorded (that day, or once per child)
cli-help-cmd-page-list = List the filled pages (of one page id, or all) about a child, a pregnancy or the family
cli-help-cmd-page-list--page = Only this page
cli-help-cmd-page-list--child = About this child (id or prefix; the flag alone means the only child)
cli-help-cmd-page-list--pregnancy = About this pregnancy (id or prefix; the flag alone means the ongoing one)
cli-help-cmd-page-list--family = The family's pages (the partner's)
cli-help-cmd-page-edit = Change answers of a filled page (only the answers given change; ID=- clears one)
cli-help-cmd-page-edit--id = The filled page's id or its first 8 hex digits
cli-help-cmd-page-edit--answer = A new answer by field id, repeatable: ID=VALUE (ID=- clears one)
cli-help-cmd-page-edit--force = Save even if the page then looks like another one already recorded
cli-help-cmd-page-delete = Delete a filled page (asks for --yes)
cli-help-cmd-page-delete--id = The filled page's id or its first 8 hex digits
cli-help-cmd-page-delete--yes = Really delete
cli-help-cmd-city = The city whose feed this handbook follows (市区町村): show it, or move to another
cli-help-cmd-city-show = Show the city this handbook follows (its feed URL and pinned keys)
cli-help-cmd-city-move = Follow another city from now on: the old city's notices are archived, every record of the handbook is kept
cli-help-cmd-city-move--config = The new city's configuration (city.toml: code, name, feed_url, public_keys)
cli-help-cmd-city-move--sample = The bundled sample city (こもれび市)

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
## options of core/data/forms/*.toml, by the ids there (underscores kept, `-` and `--`
## join them; scheme in core/src/forms/data.rs):
##   form-<page>                        the page's title
##   form-<page>--section-<section>     a section's title (a section without one has none)
##   form-<page>--<field>               a field's label; .help and .unit where it has them
##   form-<page>--<field>--<option>     an option of a choice field
## The forms' loader refuses a definition whose message is missing in a catalog, and
## core/src/forms/tests.rs checks that the catalogs have no other form-… message.
## (end of the section's header)

## mother_profile (records.toml)

form-mother_profile = The mother
form-mother_profile--name = Name
form-mother_profile--name_kana = Name (kana)
form-mother_profile--birth_date = Date of birth
form-mother_profile--blood_type = Blood type
    .help = As on the test record (e.g. A Rh+)
form-mother_profile--height_cm = Height
    .unit = cm
form-mother_profile--district = District
    .help = Used on this phone only, to choose the city's notices.
form-mother_profile--notes = Notes

## pregnancy (records.toml)

form-pregnancy = Pregnancy
form-pregnancy--lmp = First day of the last menstrual period
form-pregnancy--ultrasound_due_date = Due date
    .help = If your doctor set the due date by ultrasound, enter that one.
form-pregnancy--fetuses = Number of babies
form-pregnancy--pre_pregnancy_weight_kg = Weight before pregnancy
    .unit = kg
form-pregnancy--notes = Notes

## prenatal_checkup (records.toml)

form-prenatal_checkup = Prenatal checkups
form-prenatal_checkup--date = Date
form-prenatal_checkup--fundal_height_cm = Fundal height
    .unit = cm
form-prenatal_checkup--abdominal_girth_cm = Abdominal girth
    .unit = cm
form-prenatal_checkup--weight_kg = Weight
    .unit = kg
form-prenatal_checkup--bp_systolic = Blood pressure (systolic)
    .unit = mmHg
form-prenatal_checkup--bp_diastolic = Blood pressure (diastolic)
    .unit = mmHg
form-prenatal_checkup--oedema = Oedema
form-prenatal_checkup--urine_protein = Urine protein
form-prenatal_checkup--urine_glucose = Urine glucose
form-prenatal_checkup--notes = Other instructions
form-prenatal_checkup--clinic = Clinic or attending
form-prenatal_checkup--next_visit = Next visit

## delivery (records.toml)

form-delivery = The birth
form-delivery--ga_at_birth = Length of pregnancy
form-delivery--delivered_at = Date and time of birth
form-delivery--presentation = Presentation
form-delivery--presentation_other = Presentation: other (what)
    .help = When the presentation is “other”: what it was.
form-delivery--course_notes = Course of labour: notes
form-delivery--method = Delivery method
form-delivery--labor_minutes = Duration of labour
    .help = In minutes (12 h 30 min is 750).
    .unit = min
form-delivery--blood_loss_grade = Blood loss
form-delivery--blood_loss_ml = Blood loss (mL)
    .unit = mL
form-delivery--transfusion = Transfusion (including blood products)
form-delivery--transfusion_detail = Transfusion: what was given
    .help = When there was a transfusion: what was given.
form-delivery--section-baby = The baby at birth
form-delivery--name = Name
form-delivery--sex = Sex
form-delivery--weight_kg = Weight
    .unit = kg
form-delivery--length_cm = Length
    .unit = cm
form-delivery--head_cm = Head circumference
    .unit = cm
form-delivery--chest_cm = Chest circumference
    .unit = cm
form-delivery--findings = Special findings and treatment
form-delivery--apgar_1min = Apgar score (1 min)
form-delivery--apgar_5min = Apgar score (5 min)
form-delivery--certificate = Certificate
form-delivery--place = Place of birth
form-delivery--attendant = Attended by: doctor
form-delivery--midwife = Attended by: midwife
form-delivery--other_attendant = Attended by: other
form-delivery--notes = Notes

## child (records.toml)

form-child = The child
form-child--name = Name
form-child--name_kana = Name (kana)
form-child--sex = Sex
form-child--birth_date = Date of birth
form-child--birth_order = Birth order (twins, triplets)
form-child--ga_at_birth = Weeks of pregnancy at birth
    .help = For a baby born before 37 weeks, so growth is read at corrected age.
form-child--section-birth = Measurements at birth
form-child--birth_weight_kg = Weight
    .unit = kg
form-child--birth_length_cm = Length
    .unit = cm
form-child--birth_chest_cm = Chest circumference
    .unit = cm
form-child--birth_head_cm = Head circumference
    .unit = cm
form-child--apgar_1min = Apgar score (1 min)
form-child--apgar_5min = Apgar score (5 min)
form-child--birth_findings = Special findings and treatment at birth

## infant_checkup (records.toml)

form-infant_checkup = Checkup
form-infant_checkup--date = Date of the checkup
form-infant_checkup--notes = Notes

## growth (records.toml)

form-growth = Growth measurements
form-growth--measured_on = Date measured
form-growth--weight_kg = Weight
    .unit = kg
form-growth--length_cm = Length / height
    .unit = cm
form-growth--position = Measured
form-growth--head_cm = Head circumference
    .unit = cm
form-growth--notes = Notes

## vaccination (records.toml)

form-vaccination = Vaccinations
form-vaccination--vaccine = Vaccine
form-vaccination--dose = Dose
form-vaccination--date = Date given
form-vaccination--brand = Maker / brand
form-vaccination--lot = Lot number
form-vaccination--clinic = Clinic
form-vaccination--notes = Notes

## dental (records.toml)

form-dental = Dental checkups
form-dental--date = Date
form-dental--teeth_present = Teeth
form-dental--caries = Caries
form-dental--fluoride_applied = Fluoride applied
form-dental--findings = Findings
form-dental--clinic = Clinic

## diary (records.toml)

form-diary = Diary
form-diary--written_on = Date
form-diary--text = What happened
form-diary--mood = Mood
form-diary--photos = Photos

## health_status (mother-pages.toml)

form-health_status = The mother's health
form-health_status--section-health = The mother's health
form-health_status--past_hypertension = High blood pressure
    .help = Have you ever had any of these illnesses? (mark those you have had)
form-health_status--past_kidney_disease = Kidney disease
form-health_status--past_diabetes = Diabetes
form-health_status--past_hepatitis = Hepatitis
form-health_status--past_heart_disease = Heart disease
form-health_status--past_thyroid_disease = Thyroid disease
form-health_status--past_mental_illness = Mental illness
form-health_status--past_other_illness = Other illness (name)
form-health_status--rubella = Rubella (German measles)
    .help = Have you had these infections?
form-health_status--rubella--yes = Yes
form-health_status--rubella--no = No
form-health_status--rubella--vaccinated = Vaccinated
form-health_status--measles = Measles
form-health_status--measles--yes = Yes
form-health_status--measles--no = No
form-health_status--measles--vaccinated = Vaccinated
form-health_status--varicella = Chickenpox
form-health_status--varicella--yes = Yes
form-health_status--varicella--no = No
form-health_status--varicella--vaccinated = Vaccinated
form-health_status--surgery = Have you ever had an operation?
form-health_status--surgery--no = No
form-health_status--surgery--yes = Yes
form-health_status--surgery_detail = Operation (for what illness)
form-health_status--medication = Medicines you take (regularly)
form-health_status--allergies = Allergies to medicines, foods, etc.
form-health_status--stress = Do you feel strong stress in daily life, at home or at work?
form-health_status--worries = Is anything worrying you about this pregnancy?
form-health_status--other_worries = Other worries
form-health_status--smoking = Do you smoke?
    .help = Smoking and drinking have a large effect on your baby's growth: please stop.
form-health_status--smoking--no = No
form-health_status--smoking--former = No (smoked before)
form-health_status--smoking--yes = Yes
form-health_status--smoking_per_day = Cigarettes a day (now, or before you stopped)
    .unit = cigarettes
form-health_status--household_smoking = Does anyone you live with smoke in the same room?
form-health_status--household_smoking_per_day = Their cigarettes a day
    .unit = cigarettes
form-health_status--drinking = Do you drink alcohol?
form-health_status--drinking--no = No
form-health_status--drinking--former = No (drank before)
form-health_status--drinking--yes = Yes
form-health_status--drinking_amount = How much a day (now, or before you stopped)
form-health_status--partner_health = Health of your husband / partner
form-health_status--partner_health--healthy = Healthy
form-health_status--partner_health--unwell = Not good
form-health_status--partner_health_detail = Partner's illness (name)

## past_pregnancies (mother-pages.toml)

form-past_pregnancies = Earlier pregnancies and births
form-past_pregnancies--section-pregnancy = An earlier pregnancy or birth
form-past_pregnancies--year = Year of the birth
    .help = If you have worries about pregnancy, or about the birth or bringing up a child, feel free to talk to your city or town (its parenting support centre), a clinic or a hospital.
form-past_pregnancies--month = Month of the birth
form-past_pregnancies--weeks = Length of pregnancy (weeks)
    .unit = weeks
form-past_pregnancies--method = How the baby was born
form-past_pregnancies--weight_g = Baby's birth weight
    .unit = g
form-past_pregnancies--sex = Baby's sex
form-past_pregnancies--sex--male = Male
form-past_pregnancies--sex--female = Female
form-past_pregnancies--child_now = How the child is now

## job_environment (mother-pages.toml)

form-job_environment = The mother's work and surroundings
form-job_environment--section-at_start = When you found out you were pregnant
form-job_environment--occupation = Occupation
form-job_environment--work_content = What the work is, and the workplace
    .help = Also note anything special: much heavy work such as standing work, harsh heat, cold or humidity, a lot of tobacco smoke, much vibration, much stress, breaks hard to take, much overtime.
form-job_environment--work_hours = Working hours (about, per day)
    .unit = h
form-job_environment--work_from = Work starts at (hour)
    .unit = o'clock
form-job_environment--work_to = Work ends at (hour)
    .unit = o'clock
form-job_environment--shift_work = Shift work or other irregular hours
form-job_environment--shift_work--yes = Yes
form-job_environment--shift_work--no = No
form-job_environment--commute_vehicle = Vehicles used for the commute or the work
form-job_environment--commute_minutes = Commute (one way)
    .unit = min
form-job_environment--commute_crowding = How crowded
form-job_environment--commute_crowding--heavy = Very
form-job_environment--commute_crowding--normal = Normal
form-job_environment--section-changes = Changes since you became pregnant
form-job_environment--leave_week = Took time off work: at week of pregnancy
    .unit = weeks
form-job_environment--leave_month = Took time off work: in month of pregnancy
    .unit = month
form-job_environment--changed_week = Changed work: at week of pregnancy
    .unit = weeks
form-job_environment--changed_month = Changed work: in month of pregnancy
    .unit = month
form-job_environment--quit_week = Stopped working: at week of pregnancy
    .unit = weeks
form-job_environment--quit_month = Stopped working: in month of pregnancy
    .unit = month
form-job_environment--other_change = Other
form-job_environment--prenatal_leave_from = Leave before the birth: from
form-job_environment--prenatal_leave_to = Leave before the birth: to
form-job_environment--postnatal_leave_from = Leave after the birth: from
form-job_environment--postnatal_leave_to = Leave after the birth: to
form-job_environment--childcare_mother_1_from = Childcare leave, mother (1): from
form-job_environment--childcare_mother_1_to = Childcare leave, mother (1): to
form-job_environment--childcare_mother_2_from = Childcare leave, mother (2): from
form-job_environment--childcare_mother_2_to = Childcare leave, mother (2): to
form-job_environment--childcare_father_1_from = Childcare leave, father (1): from
form-job_environment--childcare_father_1_to = Childcare leave, father (1): to
form-job_environment--childcare_father_2_from = Childcare leave, father (2): from
form-job_environment--childcare_father_2_to = Childcare leave, father (2): to
form-job_environment--childcare_father_3_from = Childcare leave, father (3): from
form-job_environment--childcare_father_3_to = Childcare leave, father (3): to
form-job_environment--housing = Type of home
form-job_environment--housing--house = Detached house
form-job_environment--housing--apartment = Apartment building
form-job_environment--housing--other = Other
form-job_environment--building_floors = Storeys of the building
    .unit = storeys
form-job_environment--floor = Floor you live on
    .unit = floor
form-job_environment--elevator = Lift (elevator)
form-job_environment--elevator--yes = Yes
form-job_environment--elevator--no = No
form-job_environment--housing_other = Type of home: other
form-job_environment--noise = Noise
form-job_environment--noise--quiet = Quiet
form-job_environment--noise--normal = Normal
form-job_environment--noise--noisy = Noisy
form-job_environment--sunlight = Sunlight
form-job_environment--sunlight--good = Good
form-job_environment--sunlight--normal = Normal
form-job_environment--sunlight--poor = Poor
form-job_environment--section-household = Living with you
form-job_environment--live_children = Children
    .unit = children
form-job_environment--live_husband = Husband
form-job_environment--live_husbands_father = Husband's father
form-job_environment--live_husbands_mother = Husband's mother
form-job_environment--live_own_father = Your own father
form-job_environment--live_own_mother = Your own mother
form-job_environment--live_others = Others
    .unit = people

## pregnancy_notes (mother-pages.toml)

form-pregnancy_notes = My pregnancy notes
form-pregnancy_notes--section-notes_1 = Pregnancy notes (1)
form-pregnancy_notes--month3 = Month 3 (weeks 8–11)
    .help = Write down how you feel, what you want to ask at your prenatal checkups, and your feelings as you get ready to welcome the baby. It helps to find someone you can easily talk to about pregnancy and birth.
form-pregnancy_notes--month4 = Month 4 (weeks 12–15)
    .help = Check the results of the early-pregnancy blood tests (and of the later tests too). If you plan to give birth near your parents' home, talk it over with your doctor, midwife and family, and get ready.
form-pregnancy_notes--first_visit = First clinic visit for this pregnancy
form-pregnancy_notes--quickening = Day you first felt the baby move
    .help = If you work and the doctor gives you instructions at a checkup (including preventive measures), use the 'maternal health management card' to tell your employer.
form-pregnancy_notes--section-notes_2 = Pregnancy notes (2)
form-pregnancy_notes--month5 = Month 5 (weeks 16–19)
    .help = Check the schemes for birth and childcare for working women and men.
form-pregnancy_notes--month6 = Month 6 (weeks 20–23)
    .help = Symptoms to watch for in pregnancy — these may need treatment, so talk to a doctor: swelling, bleeding from the vagina, a tight belly, belly pain, fever, diarrhoea, stubborn constipation, unusual discharge, a bad headache, dizziness, nausea, vomiting. Talk to a doctor at once if morning sickness leaves you very weak, if you are very irritable, your heart races or you feel very anxious, or if you stop feeling the baby's movements.
form-pregnancy_notes--section-notes_3 = Pregnancy notes (3)
form-pregnancy_notes--month7 = Month 7 (weeks 24–27)
form-pregnancy_notes--month8 = Month 8 (weeks 28–31)
form-pregnancy_notes--residence_address = Where you will live around the birth: address
form-pregnancy_notes--residence_phone = Where you will live around the birth: phone
form-pregnancy_notes--contact1_name_kana = Emergency contact 1: name in kana
form-pregnancy_notes--contact1_name = Emergency contact 1 (who should be told): name
form-pregnancy_notes--contact1_phone = Emergency contact 1: phone
form-pregnancy_notes--contact2_name_kana = Emergency contact 2: name in kana
form-pregnancy_notes--contact2_name = Emergency contact 2 (who should be told): name
form-pregnancy_notes--contact2_phone = Emergency contact 2: phone
form-pregnancy_notes--access = How you will get to the birth facility
    .help = If you have bleeding, your waters break, your belly is very tight or painful, or the baby moves less, go to the clinic or hospital at once.
form-pregnancy_notes--access--own_car = Own car
form-pregnancy_notes--access--taxi = Taxi
form-pregnancy_notes--access--walk = On foot
form-pregnancy_notes--access--other = Other
form-pregnancy_notes--access_other = Way of getting there: other
form-pregnancy_notes--access_hours = Travel time (hours)
    .unit = h
form-pregnancy_notes--access_minutes = Travel time (minutes)
    .unit = min
form-pregnancy_notes--helpers = Who will help with housework and the baby around the birth
form-pregnancy_notes--section-notes_4 = Pregnancy notes (4)
form-pregnancy_notes--month9 = Month 9 (weeks 32–35)
    .help = Get ready for the birth: check your contacts and what to take to the birth facility. If anything about the birth or life after it worries you or is unclear, ask your doctor, midwife or the city's public health nurse.
form-pregnancy_notes--month10 = Month 10 (weeks 36–39)
form-pregnancy_notes--week40 = Week 40 onwards
form-pregnancy_notes--birth_feelings = Write down how you felt when your baby was born.

## maternal_tests (mother-pages.toml)

form-maternal_tests = Test records (pregnancy)
form-maternal_tests--section-tests = Test records
form-maternal_tests--blood_type_date = Blood group: date tested
    .help = Talk to your doctor about anything in the infection test or cervical screening results that concerns you, and whether more tests or treatment are needed. (Results are written here only after this has been explained to you and you agree.)
form-maternal_tests--blood_type_abo = Blood group: ABO
form-maternal_tests--blood_type_rh = Blood group: Rh
form-maternal_tests--irregular_antibody_date = Irregular (red-cell) antibodies: date tested
form-maternal_tests--irregular_antibody_note = Irregular (red-cell) antibodies: notes
form-maternal_tests--cervical_cancer_date = Cervical cancer screening: date tested
form-maternal_tests--cervical_cancer_note = Cervical cancer screening: notes
form-maternal_tests--syphilis_date = Syphilis serology: date tested
form-maternal_tests--syphilis_note = Syphilis serology: notes
form-maternal_tests--hbs_antigen_date = Hepatitis B (HBs antigen): date tested
form-maternal_tests--hbs_antigen_note = Hepatitis B (HBs antigen): notes
form-maternal_tests--hcv_antibody_date = Hepatitis C (HCV antibody): date tested
form-maternal_tests--hcv_antibody_note = Hepatitis C (HCV antibody): notes
form-maternal_tests--hiv_antibody_date = HIV antibody: date tested
form-maternal_tests--hiv_antibody_note = HIV antibody: notes
form-maternal_tests--rubella_antibody_date = Rubella antibody: date tested
form-maternal_tests--rubella_antibody_note = Rubella antibody: notes
form-maternal_tests--htlv1_antibody_date = HTLV-1 antibody: date tested
form-maternal_tests--htlv1_antibody_note = HTLV-1 antibody: notes
form-maternal_tests--chlamydia_date = Chlamydia antigen: date tested
form-maternal_tests--chlamydia_note = Chlamydia antigen: notes
form-maternal_tests--gbs_date = Group B streptococcus (GBS): date tested
form-maternal_tests--gbs_note = Group B streptococcus (GBS): notes

## maternal_tests_other (mother-pages.toml)

form-maternal_tests_other = Test records (other tests)
form-maternal_tests_other--section-test = Another test
form-maternal_tests_other--item = Test
    .help = Results are written here only after this has been explained to you and you agree.
form-maternal_tests_other--date = Date tested
form-maternal_tests_other--note = Notes

## parents_class (mother-pages.toml)

form-parents_class = Parenting classes attended
form-parents_class--section-class = A class attended
form-parents_class--date = Date attended
form-parents_class--subject = Subject
form-parents_class--note = Notes

## postpartum_checkup (mother-pages.toml)

form-postpartum_checkup = Mother's checkup after the birth
form-postpartum_checkup--section-checkup = Mother's checkup
form-postpartum_checkup--date = Date of the checkup
form-postpartum_checkup--timing = Which checkup
form-postpartum_checkup--timing--2w = About 2 weeks after the birth
form-postpartum_checkup--timing--1m = About 1 month after the birth
form-postpartum_checkup--timing--other = Other
form-postpartum_checkup--weight_kg = Weight
    .unit = kg
form-postpartum_checkup--bp_systolic = Blood pressure (systolic)
    .unit = mmHg
form-postpartum_checkup--bp_diastolic = Blood pressure (diastolic)
    .unit = mmHg
form-postpartum_checkup--urine_protein = Urine protein
form-postpartum_checkup--urine_glucose = Urine glucose
form-postpartum_checkup--epds_total = EPDS (Edinburgh Postnatal Depression Scale) total
    .help = Only if your clinic told you. The score is not a diagnosis.
    .unit = points
form-postpartum_checkup--clinic = Clinic or attending
form-postpartum_checkup--notes = Notes

## postpartum_course (mother-pages.toml)

form-postpartum_course = Mother's recovery after birth
form-postpartum_course--section-visit = Mother's recovery after birth
form-postpartum_course--days_after_birth = Time since birth (days)
    .help = Ask for this to be filled in at the check-ups after the birth and when you leave hospital. (The paper has one column, 'days/months after birth'.)
    .unit = days
form-postpartum_course--months_after_birth = Time since birth (months)
    .unit = months
form-postpartum_course--uterine_involution = Uterine involution
form-postpartum_course--uterine_involution--good = Good
form-postpartum_course--uterine_involution--poor = Not good
form-postpartum_course--lochia = Lochia
form-postpartum_course--lochia--normal = Normal
form-postpartum_course--lochia--abnormal = Not normal
form-postpartum_course--breasts = Condition of the breasts
form-postpartum_course--bp_systolic = Blood pressure (systolic)
    .unit = mmHg
form-postpartum_course--bp_diastolic = Blood pressure (diastolic)
    .unit = mmHg
form-postpartum_course--urine_protein = Urine protein
form-postpartum_course--urine_sugar = Urine sugar
form-postpartum_course--weight = Weight
    .unit = kg
form-postpartum_course--epds_etc = EPDS or similar done, etc.

## postpartum_mother_self (mother-pages.toml)

form-postpartum_mother_self = Mother's own record (after birth)
form-postpartum_mother_self--section-self = Mother's own record
form-postpartum_mother_self--low_mood = Do you feel low, tearful, or unable to find the energy to do anything?
    .help = If you notice anything, or anything changes, in your feelings or your body after the birth, talk to a doctor, a midwife, or your area's parenting consultation service (such as the parenting support centre).
form-postpartum_mother_self--low_mood--no = No
form-postpartum_mother_self--low_mood--yes = Yes
form-postpartum_mother_self--low_mood--cannot_say = Can't say
form-postpartum_mother_self--free_note = Write freely about your own feelings after the birth.
form-postpartum_mother_self--bath_day = First bath (days after birth)
    .unit = days
form-postpartum_mother_self--bath_date = First bath (date)
form-postpartum_mother_self--housework_day = Back to housework (days after birth)
    .unit = days
form-postpartum_mother_self--housework_date = Back to housework (date)
form-postpartum_mother_self--work_day = Back to work other than housework (days after birth)
    .unit = days
form-postpartum_mother_self--work_date = Back to work other than housework (date)
form-postpartum_mother_self--menses_date = Periods returned (date)
form-postpartum_mother_self--family_planning = Family planning advice
form-postpartum_mother_self--family_planning--none = None
form-postpartum_mother_self--family_planning--doctor = Yes (doctor)
form-postpartum_mother_self--family_planning--instructor = Yes (certified family-planning instructor)
form-postpartum_mother_self--family_planning--midwife = Yes (midwife)
form-postpartum_mother_self--family_planning_date = Family planning advice (date)

## postnatal_care (mother-pages.toml)

form-postnatal_care = Postnatal care services used
form-postnatal_care--section-care = Postnatal care used
form-postnatal_care--date = Date
    .help = Ask for this to be filled in when you use a postnatal care service.
form-postnatal_care--method = Type
form-postnatal_care--method--stay = Overnight stay
form-postnatal_care--method--day = Day service
form-postnatal_care--method--visit = Home visit
form-postnatal_care--place = Place
form-postnatal_care--note = Notes

## consultation_record (mother-pages.toml)

form-consultation_record = Visits to the local parenting support desk
form-consultation_record--section-use = A visit
form-consultation_record--date = Date
    .help = Ask for this to be filled in when you use your area's parenting consultation service (such as the parenting support centre).
form-consultation_record--summary = What it was about
form-consultation_record--place = Place

## guardians (mother-pages.toml)

form-guardians = The child's parents / guardians
form-guardians--section-guardian = A parent or guardian
form-guardians--relationship = Relationship
    .help = Fill this in yourself as soon as you receive the handbook.
form-guardians--relationship--mother = Mother (the pregnant woman)
form-guardians--relationship--father = Father
form-guardians--relationship--other = Other
form-guardians--relationship_detail = Relationship (other)
form-guardians--name_kana = Name in kana
form-guardians--name = Name
form-guardians--birth_date = Date of birth
form-guardians--occupation = Occupation

## residence (mother-pages.toml)

form-residence = Address
form-residence--section-residence = Address
form-residence--address = Address
form-residence--phone = Phone

## partner_record (mother-pages.toml)

form-partner_record = Record by the father and others around you
form-partner_record--section-family = Record by the father and others around you
form-partner_record--feelings = Write down your feelings as you get ready to welcome the baby.

## newborn_early (child-pages.toml)

form-newborn_early = Early neonatal period (first week)
form-newborn_early--section-early = Early neonatal period (first week)
form-newborn_early--age_days_1 = Age in days
    .help = The day of birth counts as day 0.
    .unit = days
form-newborn_early--weight_1 = Weight (g)
    .unit = g
form-newborn_early--feeding_power_1 = Feeding strength
form-newborn_early--feeding_power_1--normal = Normal
form-newborn_early--feeding_power_1--weak = Weak
form-newborn_early--jaundice_1 = Jaundice
form-newborn_early--jaundice_1--none = None
form-newborn_early--jaundice_1--normal = Normal
form-newborn_early--jaundice_1--strong = Strong
form-newborn_early--other_1 = Other
form-newborn_early--age_days_2 = Age in days
    .help = The day of birth counts as day 0.
    .unit = days
form-newborn_early--weight_2 = Weight (g)
    .unit = g
form-newborn_early--feeding_power_2 = Feeding strength
form-newborn_early--feeding_power_2--normal = Normal
form-newborn_early--feeding_power_2--weak = Weak
form-newborn_early--jaundice_2 = Jaundice
form-newborn_early--jaundice_2--none = None
form-newborn_early--jaundice_2--normal = Normal
form-newborn_early--jaundice_2--strong = Strong
form-newborn_early--other_2 = Other
form-newborn_early--vitamin_k2_date_1 = Vitamin K2 syrup given: date
form-newborn_early--vitamin_k2_date_2 = Vitamin K2 syrup given: date (2)
form-newborn_early--birth_abnormality = Abnormality at birth or after
form-newborn_early--birth_abnormality--no = None
form-newborn_early--birth_abnormality--yes = Present
form-newborn_early--birth_abnormality_detail = Details if present
form-newborn_early--birth_abnormality_treatment = Treatment
form-newborn_early--section-discharge = Record at discharge
form-newborn_early--discharge_date = Date of discharge
form-newborn_early--discharge_age_days = Days after birth
    .unit = days
form-newborn_early--discharge_weight = Weight
    .unit = g
form-newborn_early--discharge_feeding = Feeding
form-newborn_early--discharge_feeding--breast = Breast milk
form-newborn_early--discharge_feeding--mixed = Mixed
form-newborn_early--discharge_feeding--formula = Formula
form-newborn_early--follow_up_items = Points to keep watching
form-newborn_early--facility_or_staff = Facility or staff name
form-newborn_early--facility_phone = Phone

## newborn_late (child-pages.toml)

form-newborn_late = Late neonatal period (weeks 1–4)
form-newborn_late--section-late = Late neonatal period (weeks 1–4)
form-newborn_late--age_days_1 = Age in days
    .help = The day of birth counts as day 0.
    .unit = days
form-newborn_late--weight_1 = Weight (g)
    .unit = g
form-newborn_late--feeding_power_1 = Feeding strength
form-newborn_late--feeding_power_1--normal = Normal
form-newborn_late--feeding_power_1--weak = Weak
form-newborn_late--feeding_method_1 = Feeding
form-newborn_late--feeding_method_1--breast = Breast milk
form-newborn_late--feeding_method_1--mixed = Mixed
form-newborn_late--feeding_method_1--formula = Formula
form-newborn_late--facility_or_staff_1 = Facility or staff name
form-newborn_late--age_days_2 = Age in days
    .help = The day of birth counts as day 0.
    .unit = days
form-newborn_late--weight_2 = Weight (g)
    .unit = g
form-newborn_late--feeding_power_2 = Feeding strength
form-newborn_late--feeding_power_2--normal = Normal
form-newborn_late--feeding_power_2--weak = Weak
form-newborn_late--feeding_method_2 = Feeding
form-newborn_late--feeding_method_2--breast = Breast milk
form-newborn_late--feeding_method_2--mixed = Mixed
form-newborn_late--feeding_method_2--formula = Formula
form-newborn_late--facility_or_staff_2 = Facility or staff name
form-newborn_late--section-home_visit = Newborn home visit record
form-newborn_late--visit_date = Date of the visit
form-newborn_late--visit_age_days = Age in days
    .help = The day of birth counts as day 0.
    .unit = days
form-newborn_late--visit_weight = Weight (g)
    .unit = g
form-newborn_late--visit_length = Length (cm)
    .unit = cm
form-newborn_late--visit_chest = Chest circumference (cm)
    .unit = cm
form-newborn_late--visit_head = Head circumference (cm)
    .unit = cm
form-newborn_late--visit_feeding = Feeding
form-newborn_late--visit_feeding--breast = Breast milk
form-newborn_late--visit_feeding--mixed = Mixed
form-newborn_late--visit_feeding--formula = Formula
form-newborn_late--facility_or_staff = Facility or staff name
form-newborn_late--notes = Remarks

## metabolic_screen (child-pages.toml)

form-metabolic_screen = Test record: newborn metabolic screening
form-metabolic_screen--section-test = Test record
form-metabolic_screen--remarks = Remarks
    .help = Record results only after explaining to the parents and getting their consent.

## hearing_screen (child-pages.toml)

form-hearing_screen = Test record: newborn hearing screening
form-hearing_screen--section-test = Test record
form-hearing_screen--method = Newborn hearing test (automated ABR / OAE)
    .help = Record results only after explaining to the parents and getting their consent.
form-hearing_screen--method--automated_abr = Automated ABR
form-hearing_screen--method--oae = OAE
form-hearing_screen--right_ear = Right ear
form-hearing_screen--right_ear--pass = Pass
form-hearing_screen--right_ear--refer = Refer
form-hearing_screen--left_ear = Left ear
form-hearing_screen--left_ear--pass = Pass
form-hearing_screen--left_ear--refer = Refer
form-hearing_screen--retest_date = If refer (retest needed): date of the retest

## checkup_2w (child-pages.toml)

form-checkup_2w = Parents' record (around 2 weeks)
form-checkup_2w--section-guardian = Parents' record (around 2 weeks)
form-checkup_2w--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_2w--weak_cry_or_feeding = Do you think your baby's cry or sucking is weak?
form-checkup_2w--sleeps_on_back = Do you lay your baby on their back to sleep?
form-checkup_2w--car_seat = Do you use a child car seat when travelling by car?
form-checkup_2w--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_2w--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_2w--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_2w--parenting_worry--no = No
form-checkup_2w--parenting_worry--yes = Yes
form-checkup_2w--parenting_worry--cannot_say = Hard to say
form-checkup_2w--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.

## stool_color (child-pages.toml)

form-stool_color = Stool colour check record
form-stool_color--section-check = Stool colour entry
form-stool_color--timing = Which check (write the day observed and the matching colour number)
form-stool_color--timing--2w = At 2 weeks
form-stool_color--timing--1m = At 1 month
form-stool_color--timing--1_4m = Between 1 and 4 months
form-stool_color--color_number = Colour number on the stool colour card
    .help = Compare with the card in good light. If the colour is close to 1–3, or was 4–7 and has become close to 1–3, it may be a sign of biliary atresia or another illness: see a paediatrician or paediatric surgeon as soon as possible.

## checkup_1m (child-pages.toml)

form-checkup_1m = 1-month checkup
form-checkup_1m--section-guardian = Parents' record (around 1 month)
form-checkup_1m--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_1m--moves_limbs = When undressed, does your baby move arms and legs a lot?
form-checkup_1m--feeds_well = Does your baby feed well?
form-checkup_1m--startles_at_noise = Does your baby startle and stretch out arms and legs, or start crying, at a loud noise?
form-checkup_1m--navel_dry = Is the navel dry?
form-checkup_1m--sleeps_on_back = Do you lay your baby on their back to sleep?
form-checkup_1m--car_seat = Do you use a child car seat when travelling by car?
form-checkup_1m--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_1m--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_1m--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_1m--parenting_worry--no = No
form-checkup_1m--parenting_worry--yes = Yes
form-checkup_1m--parenting_worry--cannot_say = Hard to say
form-checkup_1m--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_1m--section-checkup = 1-month checkup
form-checkup_1m--weight = Weight
    .unit = g
form-checkup_1m--height = Length / height
    .unit = cm
form-checkup_1m--head_circumference = Head circumference
    .unit = cm
form-checkup_1m--nutrition_status = Nutritional status
form-checkup_1m--nutrition_status--good = Good
form-checkup_1m--nutrition_status--needs_guidance = Needs guidance
form-checkup_1m--feeding_method = Feeding
form-checkup_1m--feeding_method--breast = Breast milk
form-checkup_1m--feeding_method--mixed = Mixed
form-checkup_1m--feeding_method--formula = Formula
form-checkup_1m--health_observation = Healthy / to be watched
form-checkup_1m--findings = Remarks
form-checkup_1m--clinic = Facility or staff name

## checkup_2m (child-pages.toml)

form-checkup_2m = 2-month checkup
form-checkup_2m--section-guardian = Parents' record (around 2 months)
form-checkup_2m--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_2m--feeds_well = Does your baby feed well?
form-checkup_2m--follows_with_eyes = Does your baby follow things with the eyes?
form-checkup_2m--sleeps_on_back = Do you lay your baby on their back to sleep?
form-checkup_2m--car_seat = Do you use a child car seat when travelling by car?
form-checkup_2m--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_2m--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_2m--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_2m--parenting_worry--no = No
form-checkup_2m--parenting_worry--yes = Yes
form-checkup_2m--parenting_worry--cannot_say = Hard to say
form-checkup_2m--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_2m--section-checkup = 2-month checkup
form-checkup_2m--weight = Weight
    .unit = g
form-checkup_2m--height = Length / height
    .unit = cm
form-checkup_2m--head_circumference = Head circumference
    .unit = cm
form-checkup_2m--nutrition_status = Nutritional status
form-checkup_2m--nutrition_status--good = Good
form-checkup_2m--nutrition_status--needs_guidance = Needs guidance
form-checkup_2m--feeding_method = Feeding
form-checkup_2m--feeding_method--breast = Breast milk
form-checkup_2m--feeding_method--mixed = Mixed
form-checkup_2m--feeding_method--formula = Formula
form-checkup_2m--health_observation = Healthy / to be watched
form-checkup_2m--findings = Remarks
form-checkup_2m--clinic = Facility or staff name

## checkup_3_4m (child-pages.toml)

form-checkup_3_4m = 3–4 month checkup
form-checkup_3_4m--section-guardian = Parents' record (around 3–4 months)
form-checkup_3_4m--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_3_4m--neck_steady = When did your baby's neck become steady?
    .help = "Steady" means the head does not wobble without support.
form-checkup_3_4m--smiles_when_played_with = Does your baby smile a lot when you play with them?
form-checkup_3_4m--eye_movement_concern = Are you worried that your baby's gaze or eye movements seem odd?
form-checkup_3_4m--turns_to_voice = When you call from out of sight, does your baby try to look that way?
form-checkup_3_4m--outdoor_air = Does your baby get fresh air outdoors?
    .help = Take your baby for a walk on fine days.
form-checkup_3_4m--car_seat = Do you use a child car seat when travelling by car?
form-checkup_3_4m--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_3_4m--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_3_4m--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_3_4m--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_3_4m--parenting_worry--no = No
form-checkup_3_4m--parenting_worry--yes = Yes
form-checkup_3_4m--parenting_worry--cannot_say = Hard to say
form-checkup_3_4m--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_3_4m--section-checkup = 3–4 month checkup
form-checkup_3_4m--weight = Weight
    .unit = g
form-checkup_3_4m--height = Length / height
    .unit = cm
form-checkup_3_4m--head_circumference = Head circumference
    .unit = cm
form-checkup_3_4m--nutrition_status = Nutritional status
form-checkup_3_4m--nutrition_status--good = Good
form-checkup_3_4m--nutrition_status--needs_guidance = Needs guidance
form-checkup_3_4m--feeding_method = Feeding
form-checkup_3_4m--feeding_method--breast = Breast milk
form-checkup_3_4m--feeding_method--mixed = Mixed
form-checkup_3_4m--feeding_method--formula = Formula
form-checkup_3_4m--hip_abduction_limit = Limited hip abduction
form-checkup_3_4m--hip_abduction_limit--no = None
form-checkup_3_4m--hip_abduction_limit--yes = Present
form-checkup_3_4m--health_observation = Healthy / to be watched
form-checkup_3_4m--findings = Remarks
form-checkup_3_4m--needs_workup = Needs detailed examination
form-checkup_3_4m--workup_date = Date of detailed examination
form-checkup_3_4m--clinic = Facility or staff name

## checkup_6_7m (child-pages.toml)

form-checkup_6_7m = 6–7 month checkup
form-checkup_6_7m--section-guardian = Parents' record (around 6–7 months)
form-checkup_6_7m--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_6_7m--rolled_over = When did your baby first roll over?
form-checkup_6_7m--sat_alone = When did your baby first sit without support?
    .help = Sitting on their own, without support.
form-checkup_6_7m--reaches_for_toy = Does your baby reach out and grab a toy near the body?
form-checkup_6_7m--babbles_to_family = When with the family, does your baby make sounds as if talking?
form-checkup_6_7m--looks_to_sound = When a parent's voice or a toy's sound is heard, does your baby look that way at once?
form-checkup_6_7m--weaning_started = Have you started weaning food?
    .help = About a month after starting, move to two meals a day and add more kinds of food; from about 7–8 months make food soft enough to mash with the tongue.
form-checkup_6_7m--pupil_white_or_glowing = Do the pupils ever look white or glow yellowish-green?
    .help = This can be a sign of eye disease: see an eye doctor at once.
form-checkup_6_7m--car_seat = Do you use a child car seat when travelling by car?
form-checkup_6_7m--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_6_7m--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_6_7m--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_6_7m--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_6_7m--parenting_worry--no = No
form-checkup_6_7m--parenting_worry--yes = Yes
form-checkup_6_7m--parenting_worry--cannot_say = Hard to say
form-checkup_6_7m--free_note = Write freely: how your child is growing, worries about childcare, illnesses, worries about weaning food, your thoughts.
form-checkup_6_7m--section-checkup = 6–7 month checkup
form-checkup_6_7m--weight = Weight
    .unit = g
form-checkup_6_7m--height = Length / height
    .unit = cm
form-checkup_6_7m--head_circumference = Head circumference
    .unit = cm
form-checkup_6_7m--nutrition_status = Nutritional status
form-checkup_6_7m--nutrition_status--good = Good
form-checkup_6_7m--nutrition_status--needs_guidance = Needs guidance
form-checkup_6_7m--feeding_method = Feeding
form-checkup_6_7m--feeding_method--breast = Breast milk
form-checkup_6_7m--feeding_method--mixed = Mixed
form-checkup_6_7m--feeding_method--formula = Formula
form-checkup_6_7m--weaning = Weaning
form-checkup_6_7m--weaning--started = Started
form-checkup_6_7m--weaning--not_started = Not started
form-checkup_6_7m--teeth_count = Number of teeth
    .unit = teeth
form-checkup_6_7m--oral_problem = Diseases or abnormalities in the mouth
    .help = Includes tooth decay, gum disease, bite problems and the like.
form-checkup_6_7m--oral_problem--no = None
form-checkup_6_7m--oral_problem--yes = Present
form-checkup_6_7m--oral_problem_detail = Details if present
form-checkup_6_7m--health_observation = Healthy / to be watched
form-checkup_6_7m--findings = Remarks
form-checkup_6_7m--clinic = Facility or staff name

## checkup_9_10m (child-pages.toml)

form-checkup_9_10m = 9–10 month checkup
form-checkup_9_10m--section-guardian = Parents' record (around 9–10 months)
form-checkup_9_10m--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_9_10m--crawled = When did your baby first crawl?
form-checkup_9_10m--pulled_to_stand = When did your baby first pull up to stand?
form-checkup_9_10m--pincer_grasp = Does your baby pick up small things with the fingers?
    .help = Watch out for swallowing things such as cigarettes or beans.
form-checkup_9_10m--weaning_going_well = Is weaning going well?
    .help = Move to three meals a day; from about 9 months make food soft enough to mash with the gums.
form-checkup_9_10m--turns_to_whisper = If you approach quietly and call in a whisper, does your baby turn round?
form-checkup_9_10m--follows_parent = Does your baby follow you around when you leave?
form-checkup_9_10m--teeth_concern = Are you worried about how the teeth are coming in, their shape or colour, the gums, etc.?
form-checkup_9_10m--car_seat = Do you use a child car seat when travelling by car?
form-checkup_9_10m--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_9_10m--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_9_10m--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_9_10m--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_9_10m--parenting_worry--no = No
form-checkup_9_10m--parenting_worry--yes = Yes
form-checkup_9_10m--parenting_worry--cannot_say = Hard to say
form-checkup_9_10m--free_note = Write freely: how your child is growing, worries about childcare, illnesses, worries about weaning food, your thoughts.
form-checkup_9_10m--first_tooth_month = First tooth came in at
    .help = Mark on the tooth chart when each tooth came in.
    .unit = months
form-checkup_9_10m--section-checkup = 9–10 month checkup
form-checkup_9_10m--weight = Weight
    .unit = g
form-checkup_9_10m--height = Length / height
    .unit = cm
form-checkup_9_10m--head_circumference = Head circumference
    .unit = cm
form-checkup_9_10m--nutrition_status = Nutritional status
form-checkup_9_10m--nutrition_status--good = Good
form-checkup_9_10m--nutrition_status--needs_guidance = Needs guidance
form-checkup_9_10m--weaning_meals_per_day = Weaning meals per day
    .unit = times
form-checkup_9_10m--teeth_count = Number of teeth
    .unit = teeth
form-checkup_9_10m--oral_problem = Diseases or abnormalities in the mouth
    .help = Includes tooth decay, gum disease, bite problems and the like.
form-checkup_9_10m--oral_problem--no = None
form-checkup_9_10m--oral_problem--yes = Present
form-checkup_9_10m--oral_problem_detail = Details if present
form-checkup_9_10m--health_observation = Healthy / to be watched
form-checkup_9_10m--findings = Remarks
form-checkup_9_10m--clinic = Facility or staff name
form-checkup_9_10m--section-vaccinations_0y = Check the vaccinations to have in the first year
form-checkup_9_10m--first_year_vaccinations = Check the vaccinations your baby should have in the first year.
form-checkup_9_10m--first_year_vaccinations--complete = All given
form-checkup_9_10m--first_year_vaccinations--incomplete = Not all given

## checkup_1y (child-pages.toml)

form-checkup_1y = 1-year checkup
form-checkup_1y--section-guardian = Parents' record (around 1 year)
form-checkup_1y--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_1y--birthday_message = Write a message from the parents for the 1st birthday.
form-checkup_1y--cruised = When did your child first walk holding on to furniture?
form-checkup_1y--waves_gestures = Does your child make gestures such as bye-bye or hello?
form-checkup_1y--moves_to_music = Does your child move happily to music?
form-checkup_1y--understands_simple_words = Does your child understand simple words adults say (come here, give me, etc.)?
form-checkup_1y--looks_where_pointed = When you point at a toy across the room, does your child look that way?
form-checkup_1y--favourite_play = What kind of play does your child like?
    .help = Examples of play.
form-checkup_1y--three_meals_rhythm = Has a rhythm of three meals a day been set?
    .help = Limit sugary food and drink, for appetite and to prevent tooth decay.
form-checkup_1y--practising_brushing = Have you started practising tooth brushing?
form-checkup_1y--car_seat = Do you use a child car seat when travelling by car?
form-checkup_1y--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_1y--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_1y--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_1y--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_1y--parenting_worry--no = No
form-checkup_1y--parenting_worry--yes = Yes
form-checkup_1y--parenting_worry--cannot_say = Hard to say
form-checkup_1y--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_1y--section-checkup = 1-year checkup
form-checkup_1y--weight = Weight
    .unit = g
form-checkup_1y--height = Length / height
    .unit = cm
form-checkup_1y--head_circumference = Head circumference
    .unit = cm
form-checkup_1y--nutrition_status = Nutritional status
form-checkup_1y--nutrition_status--good = Good
form-checkup_1y--nutrition_status--needs_guidance = Needs guidance
form-checkup_1y--breast_milk = Breast milk
form-checkup_1y--breast_milk--not_drinking = Not drinking
form-checkup_1y--breast_milk--drinking = Drinking
form-checkup_1y--meals_per_day = Meals per day
    .unit = times
form-checkup_1y--snacks_per_day = Snacks per day
    .unit = times
form-checkup_1y--eye_abnormality = Eye abnormality (eye position, other)
form-checkup_1y--eye_abnormality--no = None
form-checkup_1y--eye_abnormality--yes = Present
form-checkup_1y--eye_abnormality--suspected = Suspected
form-checkup_1y--eye_abnormality_detail = Details
form-checkup_1y--health_observation = Healthy / to be watched
form-checkup_1y--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_1y--caries_needing_treatment--no = None
form-checkup_1y--caries_needing_treatment--yes = Present
form-checkup_1y--caries_count = Number of decayed teeth needing treatment
    .unit = teeth
form-checkup_1y--tooth_plaque = Plaque on teeth
form-checkup_1y--tooth_plaque--clean = Clean
form-checkup_1y--tooth_plaque--little = Little
form-checkup_1y--tooth_plaque--much = Much
form-checkup_1y--gums_mucosa = Gums and mucosa
form-checkup_1y--gums_mucosa--normal = Normal
form-checkup_1y--gums_mucosa--abnormal = Abnormal
form-checkup_1y--gums_mucosa_detail = Gums and mucosa: details
form-checkup_1y--occlusion = Bite
form-checkup_1y--occlusion--good = Good
form-checkup_1y--occlusion--watch = Watch over time
form-checkup_1y--tooth_form_colour = Shape and colour of teeth
form-checkup_1y--tooth_form_colour--normal = Normal
form-checkup_1y--tooth_form_colour--abnormal = Abnormal
form-checkup_1y--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_1y--dental_exam_date = Date of dental examination
form-checkup_1y--findings = Remarks
form-checkup_1y--clinic = Facility or staff name

## checkup_18m (child-pages.toml)

form-checkup_18m = 18-month checkup
form-checkup_18m--section-guardian = Parents' record (around 18 months)
form-checkup_18m--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_18m--walked_alone = When did your child first walk alone?
    .help = Year and month of age.
form-checkup_18m--says_meaningful_words = Does your child say a few meaningful words such as mama or vroom-vroom?
form-checkup_18m--drinks_from_cup = Can your child hold a cup and drink water alone?
form-checkup_18m--uses_bottle = Does your child use a feeding bottle?
    .help = Drinking from a bottle for a long time can lead to tooth decay, so stop using it.
form-checkup_18m--regular_meal_times = Are the times and number of meals and snacks roughly fixed?
form-checkup_18m--parent_finishes_brushing = Do you give your child's teeth a finishing brush?
form-checkup_18m--glare_or_eye_concern = Does your child find light extremely dazzling, or are you worried the eye movements seem odd?
    .help = If your child is extremely dazzled outdoors, squints or tilts the head, there may be an eye problem: see an eye doctor.
form-checkup_18m--turns_when_called_from_behind = Does your child turn round when called by name from behind?
form-checkup_18m--favourite_play = What kind of play does your child like?
    .help = Examples of play.
form-checkup_18m--fluoride = Does your child get fluoride applied to the teeth, or use a fluoride toothpaste?
form-checkup_18m--car_seat = Do you use a child car seat when travelling by car?
form-checkup_18m--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_18m--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_18m--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_18m--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_18m--parenting_worry--no = No
form-checkup_18m--parenting_worry--yes = Yes
form-checkup_18m--parenting_worry--cannot_say = Hard to say
form-checkup_18m--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_18m--section-checkup = 18-month checkup
form-checkup_18m--weight = Weight
    .unit = kg
form-checkup_18m--height = Length / height
    .unit = cm
form-checkup_18m--head_circumference = Head circumference
    .unit = cm
form-checkup_18m--nutrition_status = Nutritional status
form-checkup_18m--nutrition_status--good = Good
form-checkup_18m--nutrition_status--needs_guidance = Needs guidance
form-checkup_18m--breast_milk = Breast milk
form-checkup_18m--breast_milk--not_drinking = Not drinking
form-checkup_18m--breast_milk--drinking = Drinking
form-checkup_18m--weaning = Weaning
form-checkup_18m--weaning--complete = Complete
form-checkup_18m--weaning--incomplete = Not complete
form-checkup_18m--eye_abnormality = Eye abnormality (eye position, vision, other)
form-checkup_18m--eye_abnormality--no = None
form-checkup_18m--eye_abnormality--yes = Present
form-checkup_18m--eye_abnormality--suspected = Suspected
form-checkup_18m--eye_abnormality_detail = Details
form-checkup_18m--ear_abnormality = Ear abnormality (hearing loss, other)
form-checkup_18m--ear_abnormality--no = None
form-checkup_18m--ear_abnormality--yes = Present
form-checkup_18m--ear_abnormality--suspected = Suspected
form-checkup_18m--ear_abnormality_detail = Details
form-checkup_18m--vax_hib = Hib
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_pneumococcal = Pneumococcal (children)
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_hepatitis_b = Hepatitis B
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_rotavirus = Rotavirus
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_diphtheria = Diphtheria
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_pertussis = Pertussis
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_tetanus = Tetanus
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_polio = Polio
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_bcg = BCG
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_measles = Measles
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_rubella = Rubella
    .help = Vaccinations: circle the ones received.
form-checkup_18m--vax_varicella = Varicella
    .help = Vaccinations: circle the ones received.
form-checkup_18m--health_observation = Healthy / to be watched
form-checkup_18m--needs_workup = Needs detailed examination
form-checkup_18m--workup_date = Date of detailed examination
form-checkup_18m--caries_type = Tooth-decay pattern
    .help = Tooth-decay patterns: O1 no decay, teeth clean; O2 no decay, teeth often not clean; A decay in the back teeth or in the front teeth; B decay in the back teeth and the upper front teeth; C decay in the lower front teeth too.
form-checkup_18m--caries_type--o1 = O1
form-checkup_18m--caries_type--o2 = O2
form-checkup_18m--caries_type--a = A
form-checkup_18m--caries_type--b = B
form-checkup_18m--caries_type--c = C
form-checkup_18m--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_18m--caries_needing_treatment--no = None
form-checkup_18m--caries_needing_treatment--yes = Present
form-checkup_18m--caries_count = Number of decayed teeth needing treatment
    .unit = teeth
form-checkup_18m--tooth_plaque = Plaque on teeth
form-checkup_18m--tooth_plaque--clean = Clean
form-checkup_18m--tooth_plaque--little = Little
form-checkup_18m--tooth_plaque--much = Much
form-checkup_18m--gums_mucosa = Gums and mucosa
form-checkup_18m--gums_mucosa--normal = Normal
form-checkup_18m--gums_mucosa--abnormal = Abnormal
form-checkup_18m--gums_mucosa_detail = Gums and mucosa: details
form-checkup_18m--occlusion = Bite
form-checkup_18m--occlusion--good = Good
form-checkup_18m--occlusion--watch = Watch over time
form-checkup_18m--tooth_form_colour = Shape and colour of teeth
form-checkup_18m--tooth_form_colour--normal = Normal
form-checkup_18m--tooth_form_colour--abnormal = Abnormal
form-checkup_18m--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_18m--dental_exam_date = Date of dental examination
form-checkup_18m--findings = Remarks
form-checkup_18m--clinic = Facility or staff name

## checkup_2y (child-pages.toml)

form-checkup_2y = 2-year checkup
form-checkup_2y--section-guardian = Parents' record (around 2 years)
form-checkup_2y--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_2y--birthday_message = Write a message from the parents for the 2nd birthday.
form-checkup_2y--runs = Can your child run?
form-checkup_2y--eats_with_spoon = Does your child eat alone with a spoon?
form-checkup_2y--pretend_play_blocks = Does your child build towers with blocks, or line them up and pretend they are a train?
form-checkup_2y--imitates = Does your child copy gestures from TV or adults?
form-checkup_2y--two_word_sentences = Does your child say two-word sentences ("doggy come", "food please")?
form-checkup_2y--eats_meat_fibrous_veg = Does your child eat meat and fibrous vegetables?
form-checkup_2y--parent_finishes_brushing = Do you give your child's teeth a finishing brush?
form-checkup_2y--favourite_play = What kind of play does your child like?
    .help = Examples of play.
form-checkup_2y--limits_screen_time = Do you avoid letting your child watch TV, smartphones and the like for long periods?
form-checkup_2y--car_seat = Do you use a child car seat when travelling by car?
form-checkup_2y--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_2y--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_2y--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_2y--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_2y--parenting_worry--no = No
form-checkup_2y--parenting_worry--yes = Yes
form-checkup_2y--parenting_worry--cannot_say = Hard to say
form-checkup_2y--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_2y--section-checkup = 2-year checkup
form-checkup_2y--weight = Weight
    .unit = kg
form-checkup_2y--height = Length / height
    .unit = cm
form-checkup_2y--head_circumference = Head circumference
    .unit = cm
form-checkup_2y--nutrition_status = Nutritional status
form-checkup_2y--nutrition_status--plump = Tending to overweight
form-checkup_2y--nutrition_status--normal = Normal
form-checkup_2y--nutrition_status--thin = Tending to thinness
form-checkup_2y--eye_abnormality = Eye abnormality (eye position, vision, other)
form-checkup_2y--eye_abnormality--no = None
form-checkup_2y--eye_abnormality--yes = Present
form-checkup_2y--eye_abnormality--suspected = Suspected
form-checkup_2y--eye_abnormality_detail = Details
form-checkup_2y--ear_abnormality = Ear abnormality (hearing loss, other)
form-checkup_2y--ear_abnormality--no = None
form-checkup_2y--ear_abnormality--yes = Present
form-checkup_2y--ear_abnormality--suspected = Suspected
form-checkup_2y--ear_abnormality_detail = Details
form-checkup_2y--health_observation = Healthy / to be watched
form-checkup_2y--caries_type = Tooth-decay pattern
form-checkup_2y--caries_type--o1 = O1
form-checkup_2y--caries_type--o2 = O2
form-checkup_2y--caries_type--a = A
form-checkup_2y--caries_type--b = B
form-checkup_2y--caries_type--c = C
form-checkup_2y--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_2y--caries_needing_treatment--no = None
form-checkup_2y--caries_needing_treatment--yes = Present
form-checkup_2y--caries_count = Number of decayed teeth needing treatment
    .unit = teeth
form-checkup_2y--tooth_plaque = Plaque on teeth
form-checkup_2y--tooth_plaque--clean = Clean
form-checkup_2y--tooth_plaque--little = Little
form-checkup_2y--tooth_plaque--much = Much
form-checkup_2y--gums_mucosa = Gums and mucosa
form-checkup_2y--gums_mucosa--normal = Normal
form-checkup_2y--gums_mucosa--abnormal = Abnormal
form-checkup_2y--gums_mucosa_detail = Gums and mucosa: details
form-checkup_2y--occlusion = Bite
form-checkup_2y--occlusion--good = Good
form-checkup_2y--occlusion--watch = Watch over time
form-checkup_2y--tooth_form_colour = Shape and colour of teeth
form-checkup_2y--tooth_form_colour--normal = Normal
form-checkup_2y--tooth_form_colour--abnormal = Abnormal
form-checkup_2y--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_2y--dental_exam_date = Date of dental examination
form-checkup_2y--findings = Remarks
form-checkup_2y--clinic = Facility or staff name

## checkup_3y (child-pages.toml)

form-checkup_3y = 3-year checkup
form-checkup_3y--section-guardian = Parents' record (around 3 years)
form-checkup_3y--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_3y--birthday_message = Write a message from the parents for the 3rd birthday.
form-checkup_3y--climbs_stairs_alone = Can your child climb stairs alone without using the hands?
form-checkup_3y--draws_circle = Does your child draw a circle with a crayon or similar?
form-checkup_3y--wants_to_dress_alone = Does your child want to dress and undress alone?
form-checkup_3y--says_own_name = Can your child say their own name?
form-checkup_3y--brushes_and_washes_hands = Does your child brush teeth and wash hands?
form-checkup_3y--parent_finishes_brushing = Do you give your child's teeth a finishing brush?
form-checkup_3y--chews_well = Does your child have the habit of chewing food well?
form-checkup_3y--squint = Does your child have a squint?
form-checkup_3y--squints_or_looks_close = Does your child narrow the eyes or hold things very close to look at them?
form-checkup_3y--hearing_concern = Are you worried your child may not hear well?
form-checkup_3y--bite_or_alignment_concern = Are you worried about the bite or how the teeth are aligned?
form-checkup_3y--fluoride = Does your child get fluoride applied to the teeth, or use a fluoride toothpaste?
form-checkup_3y--pretend_play = Can your child play pretend games such as playing house or superheroes?
form-checkup_3y--restless = Do you think your child is restless?
form-checkup_3y--limits_screen_time = Do you avoid letting your child watch TV, smartphones and the like for long periods?
form-checkup_3y--car_seat = Do you use a child car seat when travelling by car?
form-checkup_3y--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_3y--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_3y--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_3y--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_3y--parenting_worry--no = No
form-checkup_3y--parenting_worry--yes = Yes
form-checkup_3y--parenting_worry--cannot_say = Hard to say
form-checkup_3y--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_3y--section-checkup = 3-year checkup
form-checkup_3y--weight = Weight
    .unit = kg
form-checkup_3y--height = Length / height
    .unit = cm
form-checkup_3y--nutrition_status = Nutritional status
form-checkup_3y--nutrition_status--plump = Tending to overweight
form-checkup_3y--nutrition_status--normal = Normal
form-checkup_3y--nutrition_status--thin = Tending to thinness
form-checkup_3y--eye_abnormality = Eye abnormality (eye position, vision, other)
form-checkup_3y--eye_abnormality--no = None
form-checkup_3y--eye_abnormality--yes = Present
form-checkup_3y--eye_abnormality--suspected = Suspected
form-checkup_3y--eye_abnormality_detail = Details
form-checkup_3y--refraction_test = Refraction test
form-checkup_3y--refraction_test--not_yet = Not yet
form-checkup_3y--refraction_test--done_normal = Done: tested, normal
form-checkup_3y--refraction_test--done_abnormal = Done: tested, abnormal
form-checkup_3y--refraction_test--done_undeterminable = Done: tested, could not be judged
form-checkup_3y--refraction_test--done_not_possible = Done: could not be tested
form-checkup_3y--ear_abnormality = Ear abnormality (hearing loss, other)
form-checkup_3y--ear_abnormality--no = None
form-checkup_3y--ear_abnormality--yes = Present
form-checkup_3y--ear_abnormality--suspected = Suspected
form-checkup_3y--ear_abnormality_detail = Details
form-checkup_3y--vax_hib = Hib
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_pneumococcal = Pneumococcal (children)
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_hepatitis_b = Hepatitis B
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_rotavirus = Rotavirus
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_diphtheria = Diphtheria
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_pertussis = Pertussis
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_tetanus = Tetanus
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_polio = Polio
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_bcg = BCG
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_measles = Measles
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_rubella = Rubella
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_varicella = Varicella
    .help = Vaccinations: circle the ones received.
form-checkup_3y--vax_japanese_encephalitis = Japanese encephalitis
    .help = Vaccinations: circle the ones received.
form-checkup_3y--health_observation = Healthy / to be watched
form-checkup_3y--needs_workup = Needs detailed examination
form-checkup_3y--workup_date = Date the detailed examination was attended
form-checkup_3y--caries_type = Tooth-decay pattern
    .help = Tooth-decay patterns: O no decay; A decay in the back teeth or in the front teeth; B decay in the back teeth and the front teeth; C1 decay in the lower front teeth; C2 decay in the lower front teeth and elsewhere.
form-checkup_3y--caries_type--o = O
form-checkup_3y--caries_type--a = A
form-checkup_3y--caries_type--b = B
form-checkup_3y--caries_type--c1 = C1
form-checkup_3y--caries_type--c2 = C2
form-checkup_3y--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_3y--caries_needing_treatment--no = None
form-checkup_3y--caries_needing_treatment--yes = Present
form-checkup_3y--caries_count = Number of decayed teeth needing treatment
    .unit = teeth
form-checkup_3y--tooth_plaque = Plaque on teeth
form-checkup_3y--tooth_plaque--clean = Clean
form-checkup_3y--tooth_plaque--little = Little
form-checkup_3y--tooth_plaque--much = Much
form-checkup_3y--gums_mucosa = Gums and mucosa
form-checkup_3y--gums_mucosa--normal = Normal
form-checkup_3y--gums_mucosa--abnormal = Abnormal
form-checkup_3y--gums_mucosa_detail = Gums and mucosa: details
form-checkup_3y--occlusion = Bite
form-checkup_3y--occlusion--good = Good
form-checkup_3y--occlusion--watch = Watch over time
form-checkup_3y--tooth_form_colour = Shape and colour of teeth
form-checkup_3y--tooth_form_colour--normal = Normal
form-checkup_3y--tooth_form_colour--abnormal = Abnormal
form-checkup_3y--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_3y--dental_exam_date = Date of dental examination
form-checkup_3y--findings = Remarks
form-checkup_3y--clinic = Facility or staff name

## checkup_4y (child-pages.toml)

form-checkup_4y = 4-year checkup
form-checkup_4y--section-guardian = Parents' record (around 4 years)
form-checkup_4y--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_4y--birthday_message = Write a message from the parents for the 4th birthday.
form-checkup_4y--jumps_from_steps = Does your child do things like jumping down from the second or third stair?
form-checkup_4y--tells_experiences = Does your child tell mother or father about things they have experienced?
form-checkup_4y--draws_cross = Can your child copy a cross from a model?
form-checkup_4y--uses_scissors = Can your child use scissors well?
form-checkup_4y--dresses_alone = Can your child dress and undress?
form-checkup_4y--pretend_play_with_friends = Does your child play pretend games with friends?
form-checkup_4y--brushes_rinses_washes = Does your child brush teeth, rinse the mouth (swish and spit) and wash hands?
form-checkup_4y--parent_finishes_brushing = Do you give your child's teeth a finishing brush?
form-checkup_4y--picky_eater = Does your child have likes and dislikes in food?
form-checkup_4y--disliked_foods = Examples of disliked foods
form-checkup_4y--toilets_alone = Does your child pee on their own?
form-checkup_4y--limits_screen_time = Do you avoid letting your child watch TV, smartphones and the like for long periods?
form-checkup_4y--car_seat = Do you use a child car seat when travelling by car?
form-checkup_4y--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_4y--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_4y--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_4y--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_4y--parenting_worry--no = No
form-checkup_4y--parenting_worry--yes = Yes
form-checkup_4y--parenting_worry--cannot_say = Hard to say
form-checkup_4y--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_4y--section-checkup = 4-year checkup
form-checkup_4y--weight = Weight
    .unit = kg
form-checkup_4y--height = Length / height
    .unit = cm
form-checkup_4y--nutrition_status = Nutritional status
form-checkup_4y--nutrition_status--plump = Tending to overweight
form-checkup_4y--nutrition_status--normal = Normal
form-checkup_4y--nutrition_status--thin = Tending to thinness
form-checkup_4y--visual_acuity_right = Visual acuity, right
form-checkup_4y--visual_acuity_left = Visual acuity, left
form-checkup_4y--eye_abnormality = Eye abnormality (eye position, vision, other)
form-checkup_4y--eye_abnormality--no = None
form-checkup_4y--eye_abnormality--yes = Present
form-checkup_4y--eye_abnormality--suspected = Suspected
form-checkup_4y--eye_abnormality_detail = Details
form-checkup_4y--ear_abnormality = Ear abnormality (hearing loss, other)
form-checkup_4y--ear_abnormality--no = None
form-checkup_4y--ear_abnormality--yes = Present
form-checkup_4y--ear_abnormality--suspected = Suspected
form-checkup_4y--ear_abnormality_detail = Details
form-checkup_4y--health_observation = Healthy / to be watched
form-checkup_4y--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_4y--caries_needing_treatment--no = None
form-checkup_4y--caries_needing_treatment--yes = Present
form-checkup_4y--caries_count = Number of decayed teeth needing treatment
    .unit = teeth
form-checkup_4y--tooth_plaque = Plaque on teeth
form-checkup_4y--tooth_plaque--clean = Clean
form-checkup_4y--tooth_plaque--little = Little
form-checkup_4y--tooth_plaque--much = Much
form-checkup_4y--gums_mucosa = Gums and mucosa
form-checkup_4y--gums_mucosa--normal = Normal
form-checkup_4y--gums_mucosa--abnormal = Abnormal
form-checkup_4y--gums_mucosa_detail = Gums and mucosa: details
form-checkup_4y--occlusion = Bite
form-checkup_4y--occlusion--good = Good
form-checkup_4y--occlusion--watch = Watch over time
form-checkup_4y--tooth_form_colour = Shape and colour of teeth
form-checkup_4y--tooth_form_colour--normal = Normal
form-checkup_4y--tooth_form_colour--abnormal = Abnormal
form-checkup_4y--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_4y--dental_exam_date = Date of dental examination
form-checkup_4y--findings = Remarks
form-checkup_4y--clinic = Facility or staff name

## checkup_5y (child-pages.toml)

form-checkup_5y = 5-year checkup
form-checkup_5y--section-guardian = Parents' record (around 5 years)
form-checkup_5y--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_5y--birthday_message = Write a message from the parents for the 5th birthday.
form-checkup_5y--stands_on_one_leg = Can your child stand on one leg for 5 seconds or more?
form-checkup_5y--understands_rock_paper_scissors = Does your child understand who wins at rock-paper-scissors?
form-checkup_5y--knows_colours = Does your child know the colours (red, yellow, green, blue)?
form-checkup_5y--speaks_clearly = Can your child speak with clear pronunciation?
form-checkup_5y--toilets_bowel_alone = Does your child poo on their own?
form-checkup_5y--enjoys_group_life = Has your child settled into group life at kindergarten, nursery etc. and enjoy it?
form-checkup_5y--eats_with_family = Does your child eat meals together with the family?
form-checkup_5y--parent_finishes_brushing = Do you give your child's teeth a finishing brush?
form-checkup_5y--thumb_sucking = Does your child suck their thumb or fingers all the time?
form-checkup_5y--understands_stories = When you read a story aloud, does your child now understand it?
form-checkup_5y--limits_screen_time = Do you avoid letting your child watch TV, smartphones and the like for long periods?
form-checkup_5y--car_seat = Do you use a child car seat when travelling by car?
form-checkup_5y--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_5y--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_5y--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_5y--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_5y--parenting_worry--no = No
form-checkup_5y--parenting_worry--yes = Yes
form-checkup_5y--parenting_worry--cannot_say = Hard to say
form-checkup_5y--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_5y--section-checkup = 5-year checkup
form-checkup_5y--weight = Weight
    .unit = kg
form-checkup_5y--height = Length / height
    .unit = cm
form-checkup_5y--nutrition_status = Nutritional status
form-checkup_5y--nutrition_status--plump = Tending to overweight
form-checkup_5y--nutrition_status--normal = Normal
form-checkup_5y--nutrition_status--thin = Tending to thinness
form-checkup_5y--visual_acuity_right = Visual acuity, right
form-checkup_5y--visual_acuity_left = Visual acuity, left
form-checkup_5y--eye_abnormality = Eye abnormality (eye position, vision, other)
form-checkup_5y--eye_abnormality--no = None
form-checkup_5y--eye_abnormality--yes = Present
form-checkup_5y--eye_abnormality--suspected = Suspected
form-checkup_5y--eye_abnormality_detail = Details
form-checkup_5y--ear_abnormality = Ear abnormality (hearing loss, other)
form-checkup_5y--ear_abnormality--no = None
form-checkup_5y--ear_abnormality--yes = Present
form-checkup_5y--ear_abnormality--suspected = Suspected
form-checkup_5y--ear_abnormality_detail = Details
form-checkup_5y--health_observation = Healthy / to be watched
form-checkup_5y--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_5y--caries_needing_treatment--no = None
form-checkup_5y--caries_needing_treatment--yes = Present
form-checkup_5y--caries_count_primary = Decayed primary teeth needing treatment
    .unit = teeth
form-checkup_5y--caries_count_permanent = Decayed permanent teeth needing treatment
    .unit = teeth
form-checkup_5y--tooth_plaque = Plaque on teeth
form-checkup_5y--tooth_plaque--clean = Clean
form-checkup_5y--tooth_plaque--little = Little
form-checkup_5y--tooth_plaque--much = Much
form-checkup_5y--gums_mucosa = Gums and mucosa
form-checkup_5y--gums_mucosa--normal = Normal
form-checkup_5y--gums_mucosa--abnormal = Abnormal
form-checkup_5y--gums_mucosa_detail = Gums and mucosa: details
form-checkup_5y--occlusion = Bite
form-checkup_5y--occlusion--good = Good
form-checkup_5y--occlusion--watch = Watch over time
form-checkup_5y--oral_disease = Diseases or abnormalities of teeth and mouth
form-checkup_5y--tooth_form_colour = Shape and colour of teeth
form-checkup_5y--tooth_form_colour--normal = Normal
form-checkup_5y--tooth_form_colour--abnormal = Abnormal
form-checkup_5y--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_5y--dental_exam_date = Date of dental examination
form-checkup_5y--findings = Remarks
form-checkup_5y--clinic = Facility or staff name

## checkup_6y (child-pages.toml)

form-checkup_6y = 6-year checkup
form-checkup_6y--section-guardian = Parents' record (around 6 years)
form-checkup_6y--record_date = Date recorded
    .help = The day this page was filled in.
form-checkup_6y--birthday_message = Write a message from the parents for the 6th birthday.
form-checkup_6y--copies_square = Can your child copy the shape of a square?
form-checkup_6y--knows_front_back_left_right = Does your child roughly know their own front/back and left/right?
form-checkup_6y--reads_writes_own_name = Can your child read and write their own name in hiragana?
form-checkup_6y--can_wait_for_wants = Can your child now hold back even when they want toys, sweets and the like?
form-checkup_6y--plays_by_rules = Can your child play keeping to promises and rules?
form-checkup_6y--first_molars = Have the first permanent molars (behind the baby teeth) come in?
form-checkup_6y--parent_finishes_brushing = Do you give your child's teeth a finishing brush?
form-checkup_6y--eats_breakfast_daily = Does your child eat breakfast every day?
form-checkup_6y--limits_screen_time = Do you avoid letting your child watch TV, smartphones and the like for long periods?
form-checkup_6y--child_sleep_trouble = Do you have any worries about your child's sleep?
form-checkup_6y--parent_sleep_trouble = Do you have any trouble with your own sleep?
form-checkup_6y--has_someone_to_consult = Is there someone you can easily talk to about raising your child?
form-checkup_6y--parenting_worry = Do you feel anxious or find it hard to raise your child?
form-checkup_6y--parenting_worry--no = No
form-checkup_6y--parenting_worry--yes = Yes
form-checkup_6y--parenting_worry--cannot_say = Hard to say
form-checkup_6y--free_note = Write freely: how your child is growing, worries about childcare, illnesses, your thoughts.
form-checkup_6y--section-checkup = 6-year checkup
form-checkup_6y--weight = Weight
    .unit = kg
form-checkup_6y--height = Length / height
    .unit = cm
form-checkup_6y--nutrition_status = Nutritional status
form-checkup_6y--nutrition_status--plump = Tending to overweight
form-checkup_6y--nutrition_status--normal = Normal
form-checkup_6y--nutrition_status--thin = Tending to thinness
form-checkup_6y--visual_acuity_right = Visual acuity, right
form-checkup_6y--visual_acuity_left = Visual acuity, left
form-checkup_6y--eye_abnormality = Eye abnormality (eye position, vision, other)
form-checkup_6y--eye_abnormality--no = None
form-checkup_6y--eye_abnormality--yes = Present
form-checkup_6y--eye_abnormality--suspected = Suspected
form-checkup_6y--eye_abnormality_detail = Details
form-checkup_6y--ear_abnormality = Ear abnormality (hearing loss, other)
form-checkup_6y--ear_abnormality--no = None
form-checkup_6y--ear_abnormality--yes = Present
form-checkup_6y--ear_abnormality--suspected = Suspected
form-checkup_6y--ear_abnormality_detail = Details
form-checkup_6y--vax_hib = Hib
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_pneumococcal = Pneumococcal (children)
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_hepatitis_b = Hepatitis B
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_rotavirus = Rotavirus
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_diphtheria = Diphtheria
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_pertussis = Pertussis
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_tetanus = Tetanus
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_polio = Polio
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_bcg = BCG
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_measles = Measles
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_rubella = Rubella
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_varicella = Varicella
    .help = Vaccinations: circle the ones received.
form-checkup_6y--vax_japanese_encephalitis = Japanese encephalitis
    .help = Vaccinations: circle the ones received.
form-checkup_6y--health_observation = Healthy / to be watched
form-checkup_6y--caries_needing_treatment = Decayed teeth needing treatment
form-checkup_6y--caries_needing_treatment--no = None
form-checkup_6y--caries_needing_treatment--yes = Present
form-checkup_6y--caries_count_primary = Decayed primary teeth needing treatment
    .unit = teeth
form-checkup_6y--caries_count_permanent = Decayed permanent teeth needing treatment
    .unit = teeth
form-checkup_6y--tooth_plaque = Plaque on teeth
form-checkup_6y--tooth_plaque--clean = Clean
form-checkup_6y--tooth_plaque--little = Little
form-checkup_6y--tooth_plaque--much = Much
form-checkup_6y--gums_mucosa = Gums and mucosa
form-checkup_6y--gums_mucosa--normal = Normal
form-checkup_6y--gums_mucosa--abnormal = Abnormal
form-checkup_6y--gums_mucosa_detail = Gums and mucosa: details
form-checkup_6y--occlusion = Bite
form-checkup_6y--occlusion--good = Good
form-checkup_6y--occlusion--watch = Watch over time
form-checkup_6y--oral_disease = Diseases or abnormalities of teeth and mouth
form-checkup_6y--tooth_form_colour = Shape and colour of teeth
form-checkup_6y--tooth_form_colour--normal = Normal
form-checkup_6y--tooth_form_colour--abnormal = Abnormal
form-checkup_6y--tooth_form_colour_detail = Shape and colour of teeth: details
form-checkup_6y--dental_exam_date = Date of dental examination
form-checkup_6y--findings = Remarks
form-checkup_6y--clinic = Facility or staff name

## ----- end of form-pages -----
