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

## ----- end of app -----
