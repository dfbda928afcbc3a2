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
