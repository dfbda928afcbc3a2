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

cli-error-bad-cursor = The timeline position "{ $cursor }" is not valid. Show the first page again, without --cursor.
cli-error-feed = { $message } ({ $detail })
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

## ----- end of cli -----



## ===== cli-help =====
## The CLI's help: every command's and option's description (cli/src/help.rs).
## (end of the section's header)

## ----- end of cli-help -----



## ===== app =====
## Sentences the apps' shared modules compute (android/handbook, ios/HandbookKit) through `format`.
## (end of the section's header)

## ----- end of app -----
