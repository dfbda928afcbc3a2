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
