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
