# Hagukumi: Japanese catalog (日本語). The default language.
#
# Source: the project's own Japanese; page and section names as printed in the
# 母子健康手帳's ordinance form (glossary below). Format: Project Fluent
# (https://projectfluent.org/fluent/guide/). Ids are the same in every language; see
# README.md in this folder for how to add a language.
# status: complete

### Glossary: the paper handbook's own words, one word per thing.
### Page and section names as 母子保健法施行規則 様式第三号 (2023 edition) prints them; the
### form's source is cited in core/data/forms/child-pages.toml ([[source]] form-2023). A
### dose past its recommended period is -overdue everywhere (the project's word; the form
### prints none). Messages say { -term } instead of writing the word again.

-handbook = 母子健康手帳
-prenatal-checkup = 妊婦健康診査
-prenatal-checkup-short = 妊婦健診
-pregnancy-course = 妊娠中の経過
-delivery-page = 出産の状態
-infant-checkup = 乳幼児健康診査
-checkup-short = 健診
-vaccination-record = 予防接種の記録
-vaccination = 予防接種
-growth-curve = 身体発育曲線
-test-record = 検査の記録
-postpartum-checkup = 産婦健康診査
-stool-color-record = 便色の確認の記録
-due-date = 出産予定日
-lmp = 最終月経開始日
-gestational-age = 妊娠週数
-child = お子さん
-mother = お母さん
-diary = 日記
-overdue = 期間超過
-due-now = 接種時期
-upcoming = 予定


## ===== common =====
## Words shared by every part: units, yes/no, list joining. Lead.
## (end of the section's header)

list-separator = 、

## ----- end of common -----



## ===== errors =====
## The core's errors and the form checks (core/src/error.rs, problem.rs, forms/, foreign.rs).
## (end of the section's header)

errors-field-name = 名前
errors-field-birth-date = 生年月日
errors-field-lmp = { -lmp }
errors-field-due-date = { -due-date }
errors-field-fetuses = 胎児数
errors-field-date = 日付
errors-field-next-visit = 次回受診日
errors-field-weight = 体重
errors-field-pre-pregnancy-weight = 妊娠前の体重
errors-field-height = 身長
errors-field-length = 身長
errors-field-head = 頭囲
errors-field-chest = 胸囲
errors-field-systolic = 最高血圧
errors-field-diastolic = 最低血圧
errors-field-fundal-height = 子宮底長
errors-field-abdominal-girth = 腹囲
errors-field-gestational-age = { -gestational-age }
errors-field-apgar = アプガースコア
errors-field-birth-order = 出生順位
errors-field-dose = 接種回数
errors-field-teeth = 歯の数
errors-field-caries = むし歯の数
errors-field-text = 本文
errors-field-question = 質問
errors-field-photos = 写真
errors-field-subjects = 対象
errors-field-delivered-at = 出生日時
errors-field-newborns = 赤ちゃん
errors-field-blood-loss = 出血量
errors-field-record-id = 記録のID
errors-field-cursor = 記録の表示位置

errors-required = { $field }が入力されていません。
errors-too-long = { $field }が長すぎます（{ $len }文字、最大{ $max }文字）。
errors-date-in-future = { $field }（{ $date }）が未来の日付です（今日は{ $today }）。
errors-before-birth = { $field }（{ $date }）が生年月日（{ $birth }）より前です。
errors-before-pregnancy = { $field }（{ $date }）が妊娠の始まり（{ $start }）より前です。
errors-before-other = { $field }（{ $date }）が{ $other }（{ $other_date }）より前です。
errors-implausible-date = { $field }（{ $date }）は今日から離れすぎています。年を確認してください。
errors-out-of-range = { $field }{ $value }{ $unit }は{ $context }ありえない値です（{ $min }〜{ $max }{ $unit }）。数字と小数点を確認してください。
errors-context-newborn = 新生児として
errors-context-adult = 大人として
errors-context-child-months = { $n }か月のお子さんとして
errors-context-child-years = { $n }歳のお子さんとして
errors-blood-pressure-order = 血圧{ $systolic }/{ $diastolic }は最低血圧が最高血圧を上回っています。順番を確認してください。
errors-dating-mismatch = { -due-date }（{ $due }）が、{ -lmp }（{ $lmp }）から計算した日より{ $days }日{ $later ->
        [yes] 遅く
       *[no] 早く
    }なっています。どちらかの入力を確認してください。
errors-no-dating = { -gestational-age }を数えるため、{ -lmp }か{ -due-date }を入力してください。
errors-no-measurement = 体重・身長・頭囲のうち少なくとも1つを入力してください。
errors-no-subject = この記録の対象（妊娠またはお子さん）を選んでください。
errors-unknown-code = 「{ $value }」は不明な{ $what }です。
errors-what-vaccine-code = ワクチンコード
errors-what-rotavirus-brand = ロタウイルスワクチンの製品名
errors-what-checkup = { -checkup-short }
errors-what-maternal-rsv = 妊婦のRSウイルスワクチン
errors-what-a-pregnancy = 妊娠
errors-what-a-child = { -child }
errors-what-a-child-or-pregnancy = { -child }か妊娠
errors-what-the-family = 家族
errors-what-childhood-vaccines = 小児のワクチン
errors-what-page = ページ
errors-what-this-page = このページ
errors-dose-out-of-range = { $vaccine }の{ $dose }回目はありません（最大{ $max }回）。
errors-wrong-subject = { $what }は{ $expected }にのみ記録できます。
errors-newborn-count = この妊娠は胎児数{ $expected }人ですが、出産の記録には{ $got }人です。
errors-already-delivered = この妊娠にはすでに出産の記録があります。その記録を編集してください。
errors-unknown-photo = この写真は手帳に取り込まれていません。先に写真を取り込んでください。
errors-birth-gestational-age = 出生時の{ -gestational-age }{ $ga }は22週0日〜45週0日の範囲外です。確認してください。
errors-ended-by-birth = この妊娠には出産の記録があります。出産の記録が誤りの場合は、先にその記録を削除してください。
errors-pregnancy-ended = この妊娠は{ $on }に終了したと記録されています。誤りの場合は、先に記録を取り消してください（hagukumi pregnancy reopen）。
errors-pregnancy-has-diary = この妊娠についての{ -diary }が{ $entries }件あります。削除すると見られなくなるため、削除しませんでした。妊娠の終了を記録するときは `pregnancy end` を使ってください（記録はすべて残ります）。削除する場合は、先にそれらの{ -diary }を削除してください。

errors-not-found = { $kind }が見つかりません（削除された可能性があります）。
errors-schema-too-new = この手帳は新しいバージョンのはぐくみで保存されています。アプリを更新してください（ファイルは変更していません）。
errors-not-a-handbook = このファイルははぐくみの手帳ではありません。
errors-corrupt = 手帳のファイルが壊れていて開けません。バックアップから復元してください。
errors-disk-full = 端末の空き容量がないため保存できませんでした。空き容量を増やしてもう一度お試しください。
errors-busy = 手帳が使用中のため保存できませんでした。もう一度お試しください。
errors-io = フォルダ { $path } を使えませんでした。空き容量と権限を確認してください。
errors-storage = 手帳の保存中に問題が起きました。もう一度お試しください（記録は変更されていません）。
errors-bad-cursor = 記録の表示位置が無効です。最初のページからやり直してください。
errors-bad-stored-value = 保存されている{ $thing }を読めませんでした。ほかのアプリで編集された可能性があります。
errors-stored-share = 共有
errors-stored-feed = 市のお知らせ
errors-stored-city = 市の設定
errors-stored-timeline = 記録の一覧
errors-stored-record = 記録
errors-read-only-view = これはほかのご家族の手帳の閲覧用コピーです。変更できるのは、そのご家族からの共有だけです。
errors-merge = 共有を取り込めませんでした（{ $detail }）。
errors-bad-argument = 「{ $value }」は{ $field }として正しくありません{ $hint ->
        [date-time] （2025-10-03T14:25 のように入力してください）
        [weeks-days] （38+2 のように 週+日 で入力してください）
        [cursor] （最初のページからやり直してください）
        [date] （2025-10-03 のように入力してください）
       *[none] {""}
    }。
errors-growth-unavailable = この基準にはこの曲線がありません（令和5年乳幼児身体発育調査は体重・身長・頭囲のみ）。WHOの基準を使ってください。
errors-growth = { -growth-curve }を作れませんでした。計測の日付と値を確認してください。
errors-read-only-file = { $upgrade ->
        [yes] 手帳をこのバージョン用に更新する必要がありますが、ファイルに書き込めません（読み取り専用のファイルかフォルダです）。
       *[no] 手帳は読み取り専用で開かれているため、保存できませんでした（読み取り専用のファイルかフォルダです）。
    }
errors-damaged = 手帳のファイルが壊れています。読み取れる記録を守るため、今すぐ救出バックアップ（hagukumi backup create --rescue、アプリでは「バックアップ」→「救出バックアップ」）を作り、そのバックアップを復元してください。
errors-duplicate-item = { $date } { $what }（ID { $id }）
errors-duplicate-item-plain = { $date }（ID { $id }）
errors-duplicate-separator = 、
errors-likely-duplicate = 同じ{ $kind }がすでに記録されています: { $found }。二重に記録しないよう、保存しませんでした。その記録にまちがいがあれば、そちらを修正してください。別の記録としてこのまま保存するには、--force を付けてもう一度実行してください（アプリでは確認の画面で「保存する」を選びます）。

forms-unknown-form = 「{ $id }」というページはありません。
forms-needs-subject = このページは{ $subject }についての記録です。先に選んでください。
forms-not-of-form = この記録はこのページのものではありません。
forms-unreadable-record = このページを記録として読めませんでした: { $detail }
forms-entry-date = 記録した日
forms-source-since = {" "}({ $since }〜)
forms-summary-separator = 、
forms-yes = はい
forms-no = いいえ
forms-yes-since = はい（{ $date }）
forms-date = { $year }年{ $month }月{ $day }日
forms-date-time = { $date } { $time }
forms-gestation = { $weeks }週{ $days }日
forms-photos = 写真{ $n }枚
forms-legacy-answer = { $question }: { $answer }
forms-alert-contact-doctor = 便の色が便色カードの1〜3番に近い色です。胆道閉鎖症などの病気の可能性がありますので、次の{ -checkup-short }を待たずに、1日も早く小児科医、小児外科医等の診察を受けてください。まず今日、かかりつけの小児科か出産した医療機関に電話してください。
forms-alert-talk-to-desk = 質問票の点数が、相談をおすすめする目安に届いています。病気という意味ではありません。ひとりで抱えこまず、市の相談窓口や健診を受けた医療機関に話してみませんか。
forms-alert-contact-doctor-title = すぐに医師の診察を受けてください
forms-alert-talk-to-desk-title = ご相談ください
forms-position-recumbent = 寝て（仰臥位）
forms-position-standing = 立って（立位）
forms-unknown-field = 「{ $label }」はこのページの項目ではありません。
forms-repeated = 「{ $label }」が2回入力されています。
forms-wrong-type = 「{ $label }」には{ $expected }を入力してください。
forms-required = 「{ $label }」を入力してください。
forms-out-of-range = 「{ $label }」は{ $min }〜{ $max }{ $unit }の範囲で入力してください。数字と小数点を確認してください。
forms-weeks-out-of-range = 「{ $label }」は{ $min }〜{ $max }週の範囲で入力してください。数字を確認してください。
forms-too-precise = 「{ $label }」は{ $step }単位で入力してください。
forms-not-an-option = 「{ $label }」は次のどれかを選んでください: { $options }
forms-too-long = 「{ $label }」が長すぎます（{ $len }文字、最大{ $max }文字）。
forms-too-many-photos = 「{ $label }」の写真は{ $max }枚までです。
forms-date-in-future = 「{ $label }」が未来の日付です（今日は{ $today }）。
forms-before-start = 「{ $label }」が生まれた日・妊娠の始まり（{ $start }）より前です。
forms-expects-yes-no = はい・いいえ
forms-expects-when = いいえ、または「はい」と日付
forms-expects-date = 日付
forms-expects-date-time = 日時
forms-expects-gestation = { -gestational-age }（週と日）
forms-expects-number = 数値
forms-expects-integer = 整数
forms-expects-choice = 選択肢
forms-expects-text = 文字
forms-expects-photos = 写真

## ----- end of errors -----



## ===== model =====
## Record kinds, choices and their labels (core/src/model/, schedule/codes.rs) and the CLI's parsing of them (cli/src/parse.rs).
## (end of the section's header)

## ----- end of model -----



## ===== growth =====
## Growth: charts, standings, plausibility, the survey (core/src/growth/).
## (end of the section's header)

# Terms of this section.
-growth-japan-survey = 令和5年乳幼児身体発育調査

# Indicators (Indicator::label) and what was measured, named plainly.
growth-indicator-weight = 体重
growth-indicator-length = 身長
growth-indicator-head = 頭囲
growth-indicator-bmi = BMI
growth-indicator-weight-for-length = 身長体重
growth-measure-weight = 体重
growth-measure-length = 身長
growth-measure-head = 頭囲
growth-measure-bmi = BMI

# The standards, and the credit printed under anything drawn from them.
growth-standard-who = WHO子ども成長標準（2006）
growth-standard-japan = { -growth-japan-survey }
growth-attribution-who = 出典: WHO Child Growth Standards (2006), LMS法による曲線
growth-attribution-japan = 出典：こども家庭庁「{ -growth-japan-survey }」（e-Stat 表1–表3）を加工して作成

# The bands between the handbook's seven percentile lines.
growth-band-below-p3 = 3パーセンタイル未満
growth-band-p3-p10 = 3〜10パーセンタイル
growth-band-p10-p25 = 10〜25パーセンタイル
growth-band-p25-p50 = 25〜50パーセンタイル
growth-band-p50-p75 = 50〜75パーセンタイル
growth-band-p75-p90 = 75〜90パーセンタイル
growth-band-p90-p97 = 90〜97パーセンタイル
growth-band-above-p97 = 97パーセンタイル以上

# Ages (core/src/growth/age.rs): calendar age, and with the corrected age.
growth-age = { $years ->
    [0] { $months }か月{ $days }日
   *[other] { $years }歳{ $months }か月{ $days }日
}
growth-age-with-corrected = { $age }（修正{ $corrected }）
growth-age-before-due-date = { $age }（修正: { -due-date }の{ $days }日前）
# Where a reference ends: an age in years and months, or a length.
growth-age-years-months = { $months ->
    [0] { $years }歳
   *[other] { $years }歳{ $months }か月
}
growth-length-cm = { $cm } cm

# Why a measurement has no percentile (NotScored::message).
growth-not-scored-before-due-date = { -due-date }の{ $days }日前の記録のため、曲線と比べられません
growth-not-scored-outside-table = 基準の範囲外です（この基準は{ $end }までです）
growth-not-scored-invalid = 値が正しくありません
growth-not-scored-not-in-standard = { -growth-japan-survey }にはこの曲線がありません（WHOで評価）

# Standings (standing.rs).
growth-standing-interpolated = { $band }（約{ $percentile }・線の間を補間）
growth-standing-who = WHO z { $z }（P{ $percentile }）
growth-standing-both = { $japan }／{ $who }

# Plausibility warnings: they ask to look again and never refuse the value.
growth-plausibility-not-positive = { $field }が{ $value }になっています。入力を確認してください。
growth-plausibility-before-birth = 測定日 { $date } が生年月日 { $birth } より前です。日付を確認してください。
growth-plausibility-outside = { $field } { $value } { $unit } は基準から大きく外れています（z = { $z }）。測定値を確認してください。記録はそのまま保存できます。
growth-plausibility-outside-slip = { $field } { $value } { $unit } は基準から大きく外れています（z = { $z }）（{ $suggestion } { $unit } の入力ミスではありませんか？）。測定値を確認してください。記録はそのまま保存できます。
growth-plausibility-jump = { $indicator }のzスコアが前回の { $previous } から { $z } へ { $delta } SD 変わりました。測定値や日付を確認してください。記録はそのまま保存できます。

# Errors of the growth module (GrowthError::message).
growth-error-unavailable = { $standard }はここでは使えません: { $reason }。
growth-reason-no-lms = { -growth-japan-survey }が公表しているのはパーセンタイルの線だけで、LMS表はありません。zスコアにはWHOの基準を使ってください
growth-reason-no-curve = { -growth-japan-survey }が公表しているのは体重・身長・頭囲だけです。この曲線にはWHOの基準を使ってください
growth-error-data = 同梱の成長基準表 { $file } の{ $line }行目が読めません: { $detail }
growth-error-before-birth = 測定日 { $date } が生年月日 { $birth } より前です
growth-error-out-of-range = { $what } { $value } は { $min }〜{ $max } の範囲外です
growth-error-unknown-name = 「{ $name }」という名前はありません
growth-error-render = 成長曲線をPNGにできませんでした: { $detail }
growth-what-bmi = 妊娠前のBMI
growth-what-height = 妊娠前の身長（cm）
growth-what-weight = 妊娠前の体重（kg）

# Weight gain during pregnancy (JSOG 2021).
growth-bmi-underweight = 低体重
growth-bmi-normal = 普通体重
growth-bmi-obese1 = 肥満（1度）
growth-bmi-obese2 = 肥満（2度以上）
growth-gain-range = 妊娠前のBMI { $bmi }（{ $class }）: 妊娠中の体重増加の目安は { $min }〜{ $max } kg です。
growth-gain-individual = 妊娠前のBMI { $bmi }（{ $class }）: 体重増加は医師と個別に相談して決めます（上限 { $max } kg までが目安）。

# The chart picture (svg.rs).
growth-chart-title = { $quantity }（{ $sex }）
growth-chart-boy = 男の子
growth-chart-girl = 女の子
growth-chart-subtitle = { $standard } — { $lines }
growth-chart-percentile-lines = パーセンタイル曲線（3・10・25・50・75・90・97）
growth-chart-sd-lines = SD曲線（−3〜+3 SD）
growth-chart-percentile-head =
    パーセン
    タイル
growth-chart-weight-for-height = 身長体重・立位
growth-chart-weight-for-length = 身長体重・仰臥位
growth-chart-y-axis = { $quantity } ({ $unit })
growth-chart-x-corrected-age = 修正月齢（2歳まで{ -due-date }から数えた月齢）
growth-chart-x-age = 月齢
growth-chart-x-length = 身長（仰臥位, cm）
growth-chart-x-height = 身長（立位, cm）
growth-chart-tick-months = { $months ->
    [0] 0
   *[other] { $months }か月
}
growth-chart-tick-years = { $years }歳
growth-chart-point = { $date } { $age }: { $value } { $unit } (z { $z }, P{ $percentile })
growth-chart-footer-not-shown = { $source }　／　表示できない記録 { $n } 件（{ -due-date }前など）

# The survey tool for city staff (survey.rs).
growth-survey-error-read = 入力を読めませんでした: { $detail }
growth-survey-error-write = 出力を書けませんでした: { $detail }
growth-survey-error-empty = 入力が空です（1行目に列名が必要です）
growth-survey-error-missing-column = 見出し行に { $missing } 列がありません（あった列: { $found }）
growth-survey-error-line-too-long = { $line }行目が{ $limit }バイトを超えています（健診のCSVではありません）
growth-survey-error-encoding = { $line }行目がUTF-8でもShift_JIS（CP932）でもありません
growth-survey-row-not-a-number = { $column }: { $value } は数値ではありません
growth-survey-row-sex = { $column }: { $value } は読めません。性別は 1/2・m/f で書いてください
growth-survey-row-date = { $column }: { $value } は日付ではありません（YYYY-MM-DD）
growth-survey-row-before-birth = 測定日（date）が生年月日（birth_date）より前です
growth-survey-row-measure = { $column }: { $value } は読めません。l（寝て）か h（立って）で書いてください
growth-survey-report-title = 身体計測の集計
growth-survey-report-heading = 身体計測の集計（WHO Anthro互換）
growth-survey-report-counts = 行数: { $rows } / 読めなかった行: { $errors } / 60か月以上（z未計算）: { $old }
growth-survey-zlen = 身長/年齢
growth-survey-zwei = 体重/年齢
growth-survey-zwfl = 体重/身長
growth-survey-zbmi = BMI/年齢
growth-survey-zhc = 頭囲/年齢
growth-survey-column-age = 月齢
growth-survey-column-flagged = 除外(flag)
growth-survey-column-mean = 平均z
growth-survey-group = { $from }〜{ $to }か月
growth-survey-group-all = 全体
growth-survey-bands = { -growth-japan-survey }のパーセンタイル帯

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
store-desk-fallback = お住まいの市区町村のこども家庭センター（母子保健の窓口）
store-worry-page-alert-named = { $name }さん: { $said }
store-worry-page-alert-desk = { $said }（{ $desk }）
store-worry-pregnancy-loss = つらい気持ちを、ひとりで抱えこまないでください。話を聞いてほしいとき、相談したいときは、{ $desk }へどうぞ。
store-worry-growth-outside = { $name }さんの{ $what }が、成長曲線の帯の外にあります。次の{ -checkup-short }やかかりつけの小児科で見てもらいましょう。気になることは{ $desk }でも相談できます。
store-indicator-weight = 体重
store-indicator-length = 身長
store-indicator-head = 頭囲
store-indicator-bmi = BMI
store-indicator-weight-for-length = 身長に対する体重
## The pregnancy card's weeks (a count from 0, so "0 days" is normal).
store-pregnancy-weeks = 妊娠{ $weeks }週{ $days }日

## The timeline's lines (core/src/store/timeline.rs).
store-timeline-birth = { $name }さん誕生
store-timeline-delivery = 出産
store-timeline-prenatal = { -prenatal-checkup-short }
store-timeline-prenatal-at = { -prenatal-checkup-short }（{ $ga }）
store-ga-short = { $weeks }週{ $days }日
store-timeline-growth = 身体測定
store-timeline-vaccination = { -vaccination }: { $what }
store-timeline-dental = 歯科{ -checkup-short }
store-timeline-cavities = むし歯 { $n }本
store-timeline-fluoride = フッ化物塗布
store-timeline-diary = { -diary }
store-timeline-diary-mood = { -diary }（{ $mood }）

## A record in one line: the timeline's details and the look-alikes a new record is
## compared with (core/src/store/duplicates.rs). Numbers come with their decimals.
store-brief-weight-kg = 体重 { $kg } kg
store-brief-weight-g = 体重 { $g } g
store-brief-length = 身長 { $cm } cm
store-brief-head = 頭囲 { $cm } cm
store-brief-blood-pressure = 血圧 { $systolic }/{ $diastolic }
store-brief-urine-protein = 尿蛋白 { $value }
store-brief-urine-glucose = 尿糖 { $value }
store-brief-fundal-height = 子宮底長 { $cm } cm
store-brief-teeth = 歯 { $n }本
store-brief-vaccine-dose = { $vaccine } { $dose }回目
store-brief-delivery = { $time } { $method }
store-brief-pregnancy = 妊娠（{ -due-date } { $due }）

## Merging a share (core/src/store/sync.rs).
store-merge-bad-record = 共有ファイルの記録の形式が正しくありません。送った方のアプリを最新にしてください。
store-merge-invalid-record = 共有ファイルの記録（{ $kind }、{ $id }）は取り込めません：{ $error } 送った方の端末でこの記録を直してから、もう一度共有してください。
store-merge-missing-parent = この共有ファイルは、まだ取り込んでいない以前の共有の記録を参照しています。以前の共有を先に取り込むか、全件の共有を送ってもらってください。

## Share and backup files (core/src/bundle/).
store-bundle-kind-share = 共有された記録
store-bundle-kind-backup = バックアップ
store-secret-key = 共有キー
store-secret-passphrase = パスフレーズ
store-bundle-not-a-bundle = このファイルははぐくみの共有・バックアップファイルではありません。
store-bundle-unsupported-version = 新しい形式のファイルです。アプリを更新してください。
store-bundle-wrong-key = 共有キーまたはパスフレーズが違います。もう一度確認してください。
store-bundle-secret-mismatch = このファイルを開くには{ $needed }が必要です。
store-bundle-kind-mismatch = このファイルは{ $found }です（{ $expected }ではありません）。
store-bundle-damaged = ファイルが壊れているか、書き換えられています。元のファイルをもう一度受け取ってください。
store-bundle-truncated = ファイルが途中で切れています。もう一度コピーまたはダウンロードしてください。
store-bundle-bad-share-key = 共有キーが正しくありません。入力間違いがないか確認してください。
store-bundle-bad-kdf-params = このファイルは開けない設定で作られています（安全のため開きません）。
store-bundle-passphrase-too-short = パスフレーズが短すぎます。{ $min }文字以上にしてください。
store-bundle-too-large = データが大きすぎてファイルにできません。
store-bundle-no-randomness = 端末の乱数が使えないため暗号化できませんでした。
store-bundle-io = ファイルの読み書きに失敗しました。空き容量と権限を確認してください。

## Sharing, backing up and restoring (core/src/share/error.rs).
store-share-bad-content = 共有ファイルの中身が正しくありません。何も変更していません。
store-share-made-by-newer-app = このファイルは新しいバージョンのはぐくみで作られています。アプリを更新してください（何も変更していません）。
store-share-other-family = この共有はほかのご家族の手帳のもので、この手帳にはすでに記録があります。何も変更していません。
store-share-viewer-share = この共有は閲覧用（祖父母・親族向け）です。ご自身の手帳ではなく「家族の閲覧」から開いてください。
store-share-wrong-view = この閲覧用コピーは別のご家族のものです。ほかのご家族の共有は別の閲覧用コピーに取り込まれます。
store-share-co-parent-needs-family = パートナーとの共有は手帳全体が対象です。{ -child }一人や妊娠一件に限ることはできません。
store-share-choice-needed = この端末にはすでに記録があります。バックアップで置き換えるか、今の記録と統合するかを選んでください。
store-share-in-memory = 一時的な手帳にはバックアップ・復元するファイルがありません。
store-share-no-share = その共有先は見つかりません。
store-share-empty-name = 共有先の名前を入力してください。
store-share-restored-check-failed = 復元した手帳の検査で問題が見つかったため、今の手帳をそのまま残しました。
store-share-unexpected-schema = このバックアップの中のデータベースには、はぐくみが書くことのない仕組みが含まれています（改ざんされた可能性があります）。復元せず、今の手帳をそのまま残しました。

## Photos (core/src/photos/error.rs). Sizes come with one decimal.
store-photo-heic = HEIC/HEIF形式の写真です。iPhoneのアプリはHEICの写真をJPEGに変換してから追加します。ほかの機器からはJPEGで書き出してから追加してください。
store-photo-unknown-format = 追加できる写真の形式ではありません。JPEG・PNG・WebPの画像を選んでください。
store-photo-too-large = ファイルが大きすぎます（{ $mb }MB、最大{ $max }MB）。小さめのサイズで書き出してください。
store-photo-too-many-pixels = 画像が{ $width }×{ $height }ピクセルで、追加できる{ $megapixels }メガピクセルを超えています。小さめのサイズで書き出してください。
store-photo-corrupt = { $format }ファイルが壊れているか、途中で切れています。写真をもう一度コピーしてください。
store-photo-read = { $path } を読めませんでした。
store-photo-not-a-file = { $path } は{ $what }で、写真のファイルではありません。写真そのものを選んでください。
store-photo-write = 写真を { $path } に保存できませんでした。空き容量と権限を確認してください。
store-photo-no-folder = この手帳には写真を保存するフォルダがありません。
store-photo-not-found = 写真が見つかりません（削除された可能性があります）。
store-not-a-file-folder = フォルダ
store-not-a-file-named-pipe = 名前付きパイプ（FIFO）
store-not-a-file-device = デバイス
store-not-a-file-socket = ソケット
store-not-a-file-other = 通常のファイルではないもの

## ----- end of store -----



## ===== export =====
## The printed summary and the FHIR export (core/src/export/).
## (end of the section's header)

export-title = { $name } — { -handbook }の記録
export-prepared-on = 作成日: { $date }
export-child = { -child }
export-name = 名前
export-name-kana = ふりがな
export-sex = 性別
export-birth-date = 生年月日
export-age = 年齢
export-born-at = 娩出日時
export-presentation = 分娩経過
export-choice-other = { $choice }（{ $other }）
export-delivery-method = 分娩方法
export-labor-duration = 分娩所要時間
export-ga-at-birth = 在胎週数
export-ga-value = { $weeks }週{ $days }日
export-grams = { $g } g
export-cm = { $cm } cm
export-weight = 体重
export-length = 身長
export-head = 頭囲
export-chest = 胸囲
export-apgar-1min = アプガースコア（1分）
export-apgar-5min = アプガースコア（5分）
export-birth-findings = 特別な所見・処置
export-at-birth = 出生時の状態
export-nothing-recorded = 記録はありません。
export-footer = はぐくみ（電子母子手帳）で作成。成長の評価は WHO子ども成長標準（2006）、予防接種の予定は日本の予防接種スケジュール（{ $version }）による。
export-footer-clinical = 医療上の判断は医師にご相談ください。
export-value-unit = { $value } { $unit }
export-not-scored = 評価対象外
export-unreadable-row = この記録は読み取れません（日付と値を確認してください）。
export-growth = { -growth-curve }
export-no-measurements = 計測の記録はありません。
export-growth-legend = z はWHO子ども成長標準に対するzスコア、P はパーセンタイル。早産児は2歳まで修正月齢で評価。
export-date = 日付
export-age-column = 月齢・年齢
export-length-height = 身長
export-head-column = 頭囲
export-notes = メモ
export-at-birth-age = 出生時
export-cm-lying = cm（仰臥位）
export-cm-standing = cm（立位）
export-vaccinations = { -vaccination-record }
export-given = 接種済み
export-no-doses = 接種の記録はありません。
export-given-on = 接種日
export-vaccine = ワクチン
export-dose = 回
export-product = 製品名
export-lot = ロット
export-clinic = 医療機関
export-vaccine-name = { $name }
export-next-doses = これからの接種
export-no-planned-doses = 予定されている接種はありません。
export-status = 状態
export-recommended = 推奨期間
export-why = 説明
export-left-out = 計画に含めなかった記録（確認してください）
export-alert-line = { $date } { $page }: { $field } { $value }
export-pages = 新生児期・検査・健康診査の記録
export-written-on = 記入日 { $date }
export-parents-record = 保護者の記録
export-written-by-parents = 保護者の記入
export-checkup = 健康診査
export-written-by-clinic = 医療機関の記入
export-seen-on = 受診日 { $date }
export-findings = 所見
export-page-not-in-edition = このページの質問はこの版の{ -handbook }にありません。
export-fhir-measured-at-birth = 出生時の計測
export-fhir-findings = { $checkup }の所見
export-fhir-when-date = いつ（年月日）
export-code-table = 書き出し用のコード表を読めませんでした（アプリの不具合です）。記録は変更していません。

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

app-import-already = このファイルは取り込み済みです。
app-import-joined = 家族の手帳に参加しました（記録{ $records }件・写真{ $photos }枚）。
app-import-done = 記録{ $records }件・写真{ $photos }枚を取り込みました。
app-restore-replaced = バックアップから復元しました（記録{ $records }件・写真{ $photos }枚）。
app-restore-merged = バックアップを統合しました（更新{ $applied }件・変更なし{ $unchanged }件）。
# $lost: the rows counted as unreadable; $more: "yes" when some table could not be counted.
app-rescue-done = 救出バックアップを作りました: { $saved }件を保存、読めなかった記録 { $lost }{ $more ->
        [yes] 件以上
       *[no] 件
    }、写真 { $photos }枚。このファイルを保存し、「バックアップから復元」で戻してください。
app-city-moved = { $from }から{ $to }に変更しました。お知らせ{ $notices }件を保管しました。
app-city-set = { $to }を設定しました。
app-city-same = すでに{ $to }を選んでいます。
app-role-co-parent = パートナー
app-role-viewer = 閲覧のみ
app-scope-family = 家族全体
app-scope-child = { -child }
app-scope-pregnancy = { -pregnancy-course }
app-weight-gain-range = { $min }〜{ $max } kg
app-weight-gain-up-to = { $max } kg まで
app-weight-gain = これまでの増加 { $gain } kg（目安 { $range }）
app-photos-all-there = 写真{ $photos }枚、すべてそろっています。
app-photos-problems = 写真{ $photos }枚: { $problems }。
app-photos-missing = 見つからない・壊れたファイル{ $n }件
app-photos-remade = 作り直したファイル{ $n }件
app-photos-strays-removed = 手帳にないファイル{ $n }件を削除
app-photos-strays = 手帳にないファイル{ $n }件
app-pages-mother = { -mother }
app-pages-family = 家族
app-pages-pregnancy = 妊娠 { $n }
app-pages-pregnancy-due = 妊娠 { $n }（{ -due-date } { $date }）
app-pages-pregnancy-lmp = 妊娠 { $n }（{ -lmp } { $date }）
app-failure-file = ファイルを読み書きできませんでした（{ $detail }）。
app-failure-unexpected = 思わぬエラーで操作を終えられませんでした（{ $detail }）。もう一度お試しください。
app-name = はぐくみ

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

form-mother_profile = 妊婦の情報
form-mother_profile--name = 氏名
form-mother_profile--name_kana = ふりがな
form-mother_profile--birth_date = 生年月日
form-mother_profile--blood_type = 血液型
    .help = 検査の記録のとおりに（例: A型 Rh+）
form-mother_profile--height_cm = 身長
    .unit = cm
form-mother_profile--district = お住まいの地区
    .help = 市のお知らせを選ぶためだけに端末の中で使います。
form-mother_profile--notes = メモ

## pregnancy (records.toml)

form-pregnancy = 妊娠
form-pregnancy--lmp = 最終月経開始日
form-pregnancy--ultrasound_due_date = 出産予定日
    .help = 医師が超音波検査で決めた予定日があれば、そちらを入れてください。
form-pregnancy--fetuses = 胎児の数
form-pregnancy--pre_pregnancy_weight_kg = 妊娠前の体重
    .unit = kg
form-pregnancy--notes = メモ

## prenatal_checkup (records.toml)

form-prenatal_checkup = 妊娠中の経過
form-prenatal_checkup--date = 診察月日
form-prenatal_checkup--fundal_height_cm = 子宮底長
    .unit = cm
form-prenatal_checkup--abdominal_girth_cm = 腹囲
    .unit = cm
form-prenatal_checkup--weight_kg = 体重
    .unit = kg
form-prenatal_checkup--bp_systolic = 血圧（最高）
    .unit = mmHg
form-prenatal_checkup--bp_diastolic = 血圧（最低）
    .unit = mmHg
form-prenatal_checkup--oedema = 浮腫
form-prenatal_checkup--urine_protein = 尿蛋白
form-prenatal_checkup--urine_glucose = 尿糖
form-prenatal_checkup--notes = その他特に指示された事項
form-prenatal_checkup--clinic = 施設名又は担当者名
form-prenatal_checkup--next_visit = 次回の診察

## delivery (records.toml)

form-delivery = 出産の状態
form-delivery--ga_at_birth = 妊娠期間
form-delivery--delivered_at = 娩出日時
form-delivery--presentation = 分娩経過
form-delivery--presentation_other = 分娩経過　その他（　）
    .help = 「その他」を選んだときに、その内容を書きます。
form-delivery--course_notes = 分娩経過　特記事項
form-delivery--method = 分娩方法
form-delivery--labor_minutes = 分娩所要時間
    .help = 分で入れます（12時間30分なら 750）。
    .unit = 分
form-delivery--blood_loss_grade = 出血量
form-delivery--blood_loss_ml = 出血量（ml）
    .unit = mL
form-delivery--transfusion = 輸血（血液製剤含む）の有無
form-delivery--transfusion_detail = 輸血　有（　）
    .help = 「有」を選んだときに、その内容を書きます。
form-delivery--section-baby = 出産時の児の状態
form-delivery--name = 名前
form-delivery--sex = 性別
form-delivery--weight_kg = 体重
    .unit = kg
form-delivery--length_cm = 身長
    .unit = cm
form-delivery--head_cm = 頭囲
    .unit = cm
form-delivery--chest_cm = 胸囲
    .unit = cm
form-delivery--findings = 特別な所見・処置
form-delivery--apgar_1min = アプガースコア（1分）
form-delivery--apgar_5min = アプガースコア（5分）
form-delivery--certificate = 証明
form-delivery--place = 出産の場所　名称
form-delivery--attendant = 分娩取扱者氏名　医師
form-delivery--midwife = 分娩取扱者氏名　助産師
form-delivery--other_attendant = 分娩取扱者氏名　その他
form-delivery--notes = メモ

## child (records.toml)

form-child = お子さんの情報
form-child--name = 名前
form-child--name_kana = ふりがな
form-child--sex = 性別
form-child--birth_date = 生年月日
form-child--birth_order = 出生順位（多胎の場合）
form-child--ga_at_birth = 出生時の妊娠週数
    .help = 37週より前に生まれたお子さんは、修正月齢で成長を見るために入れてください。
form-child--section-birth = 出生時の計測
form-child--birth_weight_kg = 体重
    .unit = kg
form-child--birth_length_cm = 身長
    .unit = cm
form-child--birth_chest_cm = 胸囲
    .unit = cm
form-child--birth_head_cm = 頭囲
    .unit = cm
form-child--apgar_1min = アプガースコア（1分）
form-child--apgar_5min = アプガースコア（5分）
form-child--birth_findings = 特別な所見・処置

## infant_checkup (records.toml)

form-infant_checkup = 健康診査
form-infant_checkup--date = 受診日
form-infant_checkup--notes = メモ

## growth (records.toml)

form-growth = 身体発育曲線（身体測定）
form-growth--measured_on = 測定日
form-growth--weight_kg = 体重
    .unit = kg
form-growth--length_cm = 身長
    .unit = cm
form-growth--position = 測り方
form-growth--head_cm = 頭囲
    .unit = cm
form-growth--notes = メモ

## vaccination (records.toml)

form-vaccination = 予防接種の記録
form-vaccination--vaccine = ワクチンの種類
form-vaccination--dose = 回数
form-vaccination--date = 接種年月日
form-vaccination--brand = メーカー／ロット
form-vaccination--lot = ロット番号
form-vaccination--clinic = 接種者署名（医療機関）
form-vaccination--notes = 備考

## dental (records.toml)

form-dental = 歯の状態
form-dental--date = 健診日
form-dental--teeth_present = 歯の数
form-dental--caries = むし歯の数
form-dental--fluoride_applied = フッ化物塗布
form-dental--findings = 所見
form-dental--clinic = 施設名又は担当者名

## diary (records.toml)

form-diary = 日記
form-diary--written_on = 日付
form-diary--text = できごと・気持ち
form-diary--mood = 気分
form-diary--photos = 写真

## health_status (mother-pages.toml)

form-health_status = 妊婦の健康状態等
form-health_status--section-health = 妊婦の健康状態等
form-health_status--past_hypertension = 高血圧
    .help = 次の病気にかかったことがありますか。（あるものに○印）
form-health_status--past_kidney_disease = 腎臓病
form-health_status--past_diabetes = 糖尿病
form-health_status--past_hepatitis = 肝炎
form-health_status--past_heart_disease = 心臓病
form-health_status--past_thyroid_disease = 甲状腺の病気
form-health_status--past_mental_illness = 精神疾患（心の病気）
form-health_status--past_other_illness = その他病気（病名）
form-health_status--rubella = 風しん（三日はしか）
    .help = 次の感染症にかかったことがありますか。
form-health_status--rubella--yes = はい
form-health_status--rubella--no = いいえ
form-health_status--rubella--vaccinated = 予防接種を受けた
form-health_status--measles = 麻しん（はしか）
form-health_status--measles--yes = はい
form-health_status--measles--no = いいえ
form-health_status--measles--vaccinated = 予防接種を受けた
form-health_status--varicella = 水痘（水ぼうそう）
form-health_status--varicella--yes = はい
form-health_status--varicella--no = いいえ
form-health_status--varicella--vaccinated = 予防接種を受けた
form-health_status--surgery = 今までに手術を受けたことがありますか。
form-health_status--surgery--no = なし
form-health_status--surgery--yes = あり
form-health_status--surgery_detail = 手術（病名）
form-health_status--medication = 服用中の薬（常用薬）
form-health_status--allergies = 薬剤や食品などのアレルギー
form-health_status--stress = 家庭や仕事など日常生活で強いストレスを感じていますか。
form-health_status--worries = 今回の妊娠に際し、心配なことはありますか。
form-health_status--other_worries = その他心配なこと
form-health_status--smoking = たばこを吸いますか。
    .help = ※喫煙と飲酒は、赤ちゃんの成長に大きな影響を及ぼしますので、やめましょう。
form-health_status--smoking--no = いいえ
form-health_status--smoking--former = いいえ（以前は吸っていた）
form-health_status--smoking--yes = はい
form-health_status--smoking_per_day = たばこ（１日　本）
    .unit = 本
form-health_status--household_smoking = 同居者は同室でたばこを吸いますか。
form-health_status--household_smoking_per_day = 同居者のたばこ（１日　本）
    .unit = 本
form-health_status--drinking = 酒類を飲んでいますか。
form-health_status--drinking--no = いいえ
form-health_status--drinking--former = いいえ（以前は飲んでいた）
form-health_status--drinking--yes = はい
form-health_status--drinking_amount = 酒類（１日　程度）
form-health_status--partner_health = 夫・パートナーの健康状態
form-health_status--partner_health--healthy = 健康
form-health_status--partner_health--unwell = よくない
form-health_status--partner_health_detail = 夫・パートナーの健康状態（病名）

## past_pregnancies (mother-pages.toml)

form-past_pregnancies = いままでの妊娠・出産
form-past_pregnancies--section-pregnancy = いままでの妊娠・出産
form-past_pregnancies--year = 出産年月（年）
    .help = ※妊娠についての悩みや、出産・育児の不安がある方は、市町村（子育て世代包括支援センター）、医療機関等に気軽に相談しましょう。
form-past_pregnancies--month = 出産年月（月）
form-past_pregnancies--weeks = 妊娠期間（妊娠　週）
    .unit = 週
form-past_pregnancies--method = 出産方法
form-past_pregnancies--weight_g = 出生児の体重
    .unit = g
form-past_pregnancies--sex = 出生児の性別
form-past_pregnancies--sex--male = 男
form-past_pregnancies--sex--female = 女
form-past_pregnancies--child_now = 現在の子の状態

## job_environment (mother-pages.toml)

form-job_environment = 妊婦の職業と環境
form-job_environment--section-at_start = 妊娠に気づいたときの状況
form-job_environment--occupation = 職業
form-job_environment--work_content = 仕事の内容と職場環境
    .help = ※立ち作業など負担の大きい作業が多い、温湿度が厳しい、たばこの煙がひどい、振動が多い、ストレスが多い、休憩がとりにくい、時間外労働が多いなどの特記事項も記入しましょう。
form-job_environment--work_hours = 仕事をする時間（１日約　時間）
    .unit = 時間
form-job_environment--work_from = 仕事をする時間（　時～）
    .unit = 時
form-job_environment--work_to = 仕事をする時間（～　時）
    .unit = 時
form-job_environment--shift_work = 交代制など変則的な勤務
form-job_environment--shift_work--yes = あり
form-job_environment--shift_work--no = なし
form-job_environment--commute_vehicle = 通勤や仕事に利用する乗り物
form-job_environment--commute_minutes = 通勤の時間（片道　分）
    .unit = 分
form-job_environment--commute_crowding = 混雑の程度
form-job_environment--commute_crowding--heavy = ひどい
form-job_environment--commute_crowding--normal = 普通
form-job_environment--section-changes = 妊娠してからの変更点
form-job_environment--leave_week = 仕事を休んだ（妊娠　週のとき）
    .unit = 週
form-job_environment--leave_month = 仕事を休んだ（第　月のとき）
    .unit = 月
form-job_environment--changed_week = 仕事を変えた（妊娠　週のとき）
    .unit = 週
form-job_environment--changed_month = 仕事を変えた（第　月のとき）
    .unit = 月
form-job_environment--quit_week = 仕事をやめた（妊娠　週のとき）
    .unit = 週
form-job_environment--quit_month = 仕事をやめた（第　月のとき）
    .unit = 月
form-job_environment--other_change = その他
form-job_environment--prenatal_leave_from = 産前休業（から）
form-job_environment--prenatal_leave_to = 産前休業（まで）
form-job_environment--postnatal_leave_from = 産後休業（から）
form-job_environment--postnatal_leave_to = 産後休業（まで）
form-job_environment--childcare_mother_1_from = 育児休業　母親（1）から
form-job_environment--childcare_mother_1_to = 育児休業　母親（1）まで
form-job_environment--childcare_mother_2_from = 育児休業　母親（2）から
form-job_environment--childcare_mother_2_to = 育児休業　母親（2）まで
form-job_environment--childcare_father_1_from = 育児休業　父親（1）から
form-job_environment--childcare_father_1_to = 育児休業　父親（1）まで
form-job_environment--childcare_father_2_from = 育児休業　父親（2）から
form-job_environment--childcare_father_2_to = 育児休業　父親（2）まで
form-job_environment--childcare_father_3_from = 育児休業　父親（3）から
form-job_environment--childcare_father_3_to = 育児休業　父親（3）まで
form-job_environment--housing = 住居の種類
form-job_environment--housing--house = 一戸建て
form-job_environment--housing--apartment = 集合住宅
form-job_environment--housing--other = その他
form-job_environment--building_floors = 住居の種類（　階建）
    .unit = 階建
form-job_environment--floor = 集合住宅（　階）
    .unit = 階
form-job_environment--elevator = エレベーター
form-job_environment--elevator--yes = 有
form-job_environment--elevator--no = 無
form-job_environment--housing_other = 住居の種類　その他
form-job_environment--noise = 騒音
form-job_environment--noise--quiet = 静
form-job_environment--noise--normal = 普通
form-job_environment--noise--noisy = 騒
form-job_environment--sunlight = 日当たり
form-job_environment--sunlight--good = 良
form-job_environment--sunlight--normal = 普通
form-job_environment--sunlight--poor = 悪
form-job_environment--section-household = 同居
form-job_environment--live_children = 同居　子ども（　人）
    .unit = 人
form-job_environment--live_husband = 同居　夫
form-job_environment--live_husbands_father = 同居　夫の父
form-job_environment--live_husbands_mother = 同居　夫の母
form-job_environment--live_own_father = 同居　実父
form-job_environment--live_own_mother = 同居　実母
form-job_environment--live_others = 同居　その他（　人）
    .unit = 人

## pregnancy_notes (mother-pages.toml)

form-pregnancy_notes = 妊娠中の記録
form-pregnancy_notes--section-notes_1 = 妊娠中の記録（１）
form-pregnancy_notes--month3 = ＜妊娠３か月＞ 妊娠８週 ～ 妊娠11週
    .help =
        ご自身の体調や妊婦健康診査の際に尋ねたいこと、赤ちゃんを迎える気持ちなどを書き留めておきましょう。
        ※妊娠・出産について気軽に相談できる人を見つけておくと安心です。
form-pregnancy_notes--month4 = ＜妊娠４か月＞ 妊娠12週 ～ 妊娠15週
    .help =
        ※妊娠初期の血液検査結果を確認しましょう（以降も各種検査結果について確認しましょう。）。
        ※里帰り出産を予定している場合は、医師や助産師、家族と話し合い、準備しましょう。
form-pregnancy_notes--first_visit = この妊娠の初診日
form-pregnancy_notes--quickening = 胎動を感じた日
    .help = ※働く女性は、妊婦健康診査で医師等から指導（予防的措置も含みます。）があった際は、「母性健康管理指導事項連絡カード」を活用しましょう。
form-pregnancy_notes--section-notes_2 = 妊娠中の記録（２）
form-pregnancy_notes--month5 = ＜妊娠５か月＞ 妊娠16週 ～ 妊娠19週
    .help = ※働く女性・男性のための出産、育児に関する制度を確認しましょう。
form-pregnancy_notes--month6 = ＜妊娠６か月＞ 妊娠20週 ～ 妊娠23週
    .help = ※妊娠中注意したい症状　次のような症状は、治療などの対応が必要な場合もありますので、医師などに相談しましょう。むくみ・性器出血・おなかの張り・腹痛・発熱・下痢・がんこな便秘　ふだんと違ったおりもの・強い頭痛・めまい・はきけ・嘔吐　また、つわりで衰弱がひどいとき、イライラや動悸がはげしく、不安感が強いとき、今まであった胎動を感じなくなったときは、すぐに医師などに相談しましょう。
form-pregnancy_notes--section-notes_3 = 妊娠中の記録（３）
form-pregnancy_notes--month7 = ＜妊娠７か月＞ 妊娠24週 ～ 妊娠27週
form-pregnancy_notes--month8 = ＜妊娠８か月＞ 妊娠28週 ～ 妊娠31週
form-pregnancy_notes--residence_address = 出産前後の居住地　住所
form-pregnancy_notes--residence_phone = 出産前後の居住地　電話
form-pregnancy_notes--contact1_name_kana = 妊娠・分娩に係る緊急連絡先（知らせて欲しい人）（1）　ふりがな
form-pregnancy_notes--contact1_name = 妊娠・分娩に係る緊急連絡先（知らせて欲しい人）（1）　氏名
form-pregnancy_notes--contact1_phone = 妊娠・分娩に係る緊急連絡先（知らせて欲しい人）（1）　電話
form-pregnancy_notes--contact2_name_kana = 妊娠・分娩に係る緊急連絡先（知らせて欲しい人）（2）　ふりがな
form-pregnancy_notes--contact2_name = 妊娠・分娩に係る緊急連絡先（知らせて欲しい人）（2）　氏名
form-pregnancy_notes--contact2_phone = 妊娠・分娩に係る緊急連絡先（知らせて欲しい人）（2）　電話
form-pregnancy_notes--access = 分娩施設へのアクセス方法
    .help = ※出血や破水、おなかの強い張りや痛み、胎動の減少を感じたら、すぐに医療機関を受診しましょう。
form-pregnancy_notes--access--own_car = 自家用車
form-pregnancy_notes--access--taxi = タクシー
form-pregnancy_notes--access--walk = 徒歩
form-pregnancy_notes--access--other = その他
form-pregnancy_notes--access_other = 分娩施設へのアクセス方法　その他
form-pregnancy_notes--access_hours = 所要時間（　時間）
    .unit = 時間
form-pregnancy_notes--access_minutes = 所要時間（　分）
    .unit = 分
form-pregnancy_notes--helpers = 出産前後、家事や育児を手伝ってくれる人
form-pregnancy_notes--section-notes_4 = 妊娠中の記録（４）
form-pregnancy_notes--month9 = ＜妊娠９か月＞ 妊娠32週 ～ 妊娠35週
    .help =
        ※出産に備えて連絡先や分娩施設に持参するものを確認しておきましょう。
        ※出産や産後の生活について、不安な点や不明な点はかかりつけの医師や助産師、市町村の保健師などに相談しましょう。
form-pregnancy_notes--month10 = ＜妊娠10か月＞ 妊娠36週 ～ 妊娠39週
form-pregnancy_notes--week40 = 妊娠40週～
form-pregnancy_notes--birth_feelings = ※赤ちゃん誕生を迎えた気持ちを記入しておきましょう。

## maternal_tests (mother-pages.toml)

form-maternal_tests = 検査の記録
form-maternal_tests--section-tests = 検査の記録
form-maternal_tests--blood_type_date = 血液型　検査年月日
    .help =
        感染症検査や子宮頸がん検診の結果に関して、気になる点や追加検査・治療が必要かについて、医師に相談しましょう。
        ※検査結果を記録する場合は、妊婦に説明し同意を得ること。
form-maternal_tests--blood_type_abo = 血液型　ＡＢＯ（　型）
form-maternal_tests--blood_type_rh = 血液型　Ｒｈ
form-maternal_tests--irregular_antibody_date = 不規則抗体　検査年月日
form-maternal_tests--irregular_antibody_note = 不規則抗体　備考
form-maternal_tests--cervical_cancer_date = 子宮頸がん検診　検査年月日
form-maternal_tests--cervical_cancer_note = 子宮頸がん検診　備考
form-maternal_tests--syphilis_date = 梅毒血清反応　検査年月日
form-maternal_tests--syphilis_note = 梅毒血清反応　備考
form-maternal_tests--hbs_antigen_date = ＨＢｓ抗原　検査年月日
form-maternal_tests--hbs_antigen_note = ＨＢｓ抗原　備考
form-maternal_tests--hcv_antibody_date = ＨＣＶ抗体　検査年月日
form-maternal_tests--hcv_antibody_note = ＨＣＶ抗体　備考
form-maternal_tests--hiv_antibody_date = ＨＩＶ抗体　検査年月日
form-maternal_tests--hiv_antibody_note = ＨＩＶ抗体　備考
form-maternal_tests--rubella_antibody_date = 風しんウイルス抗体　検査年月日
form-maternal_tests--rubella_antibody_note = 風しんウイルス抗体　備考
form-maternal_tests--htlv1_antibody_date = ＨＴＬＶ－１抗体　検査年月日
form-maternal_tests--htlv1_antibody_note = ＨＴＬＶ－１抗体　備考
form-maternal_tests--chlamydia_date = クラミジア抗原　検査年月日
form-maternal_tests--chlamydia_note = クラミジア抗原　備考
form-maternal_tests--gbs_date = Ｂ群溶血性連鎖球菌　検査年月日
form-maternal_tests--gbs_note = Ｂ群溶血性連鎖球菌　備考

## maternal_tests_other (mother-pages.toml)

form-maternal_tests_other = 検査の記録（その他の検査）
form-maternal_tests_other--section-test = 検査の記録
form-maternal_tests_other--item = 検査項目
    .help = ※検査結果を記録する場合は、妊婦に説明し同意を得ること。
form-maternal_tests_other--date = 検査年月日
form-maternal_tests_other--note = 備考

## parents_class (mother-pages.toml)

form-parents_class = 両親学級などの受講記録
form-parents_class--section-class = 両親学級などの受講記録
form-parents_class--date = 受講年月日
form-parents_class--subject = 課目
form-parents_class--note = 備考

## postpartum_checkup (mother-pages.toml)

form-postpartum_checkup = 産婦健康診査
form-postpartum_checkup--section-checkup = 産婦健康診査
form-postpartum_checkup--date = 受診日
form-postpartum_checkup--timing = 時期
form-postpartum_checkup--timing--2w = 産後2週間頃
form-postpartum_checkup--timing--1m = 産後1か月頃
form-postpartum_checkup--timing--other = その他
form-postpartum_checkup--weight_kg = 体重
    .unit = kg
form-postpartum_checkup--bp_systolic = 血圧（最高）
    .unit = mmHg
form-postpartum_checkup--bp_diastolic = 血圧（最低）
    .unit = mmHg
form-postpartum_checkup--urine_protein = 尿蛋白
form-postpartum_checkup--urine_glucose = 尿糖
form-postpartum_checkup--epds_total = EPDS（エジンバラ産後うつ病質問票）の合計点
    .help = 医療機関で聞いたときだけ入れてください。点数は病気の診断ではありません。
    .unit = 点
form-postpartum_checkup--clinic = 施設名又は担当者名
form-postpartum_checkup--notes = 特記事項

## postpartum_course (mother-pages.toml)

form-postpartum_course = 出産後の母体の経過
form-postpartum_course--section-visit = 出産後の母体の経過
form-postpartum_course--days_after_birth = 産後日月数（日）
    .help =
        ＜出産後・退院時の診察のときに記入してもらいましょう。＞
        （用紙の列は「産後日月数」の一つで、日数か月数が書かれます。）
    .unit = 日
form-postpartum_course--months_after_birth = 産後日月数（月）
    .unit = か月
form-postpartum_course--uterine_involution = 子宮復古
form-postpartum_course--uterine_involution--good = 良
form-postpartum_course--uterine_involution--poor = 否
form-postpartum_course--lochia = 悪露
form-postpartum_course--lochia--normal = 正
form-postpartum_course--lochia--abnormal = 否
form-postpartum_course--breasts = 乳房の状態
form-postpartum_course--bp_systolic = 血圧（最高）
    .unit = mmHg
form-postpartum_course--bp_diastolic = 血圧（最低）
    .unit = mmHg
form-postpartum_course--urine_protein = 尿蛋白
form-postpartum_course--urine_sugar = 尿糖
form-postpartum_course--weight = 体重
    .unit = kg
form-postpartum_course--epds_etc = EPDS等の実施など

## postpartum_mother_self (mother-pages.toml)

form-postpartum_mother_self = 母親自身の記録
form-postpartum_mother_self--section-self = 母親自身の記録
form-postpartum_mother_self--low_mood = 気分が沈んだり涙もろくなったり、何もやる気になれないといったことがありますか。
    .help = 産後、ご自身の気持ちやからだのことで、気がついたこと、変わったことがあれば、医師、助産師、地域の子育てに関する相談機関（子育て世代包括支援センター等）に相談しましょう。
form-postpartum_mother_self--low_mood--no = いいえ
form-postpartum_mother_self--low_mood--yes = はい
form-postpartum_mother_self--low_mood--cannot_say = 何ともいえない
form-postpartum_mother_self--free_note = 産後のご自身の気持ちなど、自由に記入しましょう。
form-postpartum_mother_self--bath_day = 入浴（産後　日）
    .unit = 日
form-postpartum_mother_self--bath_date = 入浴（　月　日）
form-postpartum_mother_self--housework_day = 家事開始（産後　日）
    .unit = 日
form-postpartum_mother_self--housework_date = 家事開始（　月　日）
form-postpartum_mother_self--work_day = 家事以外の労働開始（産後　日）
    .unit = 日
form-postpartum_mother_self--work_date = 家事以外の労働開始（　月　日）
form-postpartum_mother_self--menses_date = 月経再開
form-postpartum_mother_self--family_planning = 家族計画指導
form-postpartum_mother_self--family_planning--none = なし
form-postpartum_mother_self--family_planning--doctor = あり（医師）
form-postpartum_mother_self--family_planning--instructor = あり（受胎調節実地指導員）
form-postpartum_mother_self--family_planning--midwife = あり（助産師）
form-postpartum_mother_self--family_planning_date = 家族計画指導（年月日）

## postnatal_care (mother-pages.toml)

form-postnatal_care = 産後ケアの記録
form-postnatal_care--section-care = 産後ケアの記録
form-postnatal_care--date = 年月日
    .help = ＜産後ケアを利用した時に記入してもらいましょう。＞
form-postnatal_care--method = 方法
form-postnatal_care--method--stay = 宿泊
form-postnatal_care--method--day = デイサービス
form-postnatal_care--method--visit = 訪問
form-postnatal_care--place = 場所
form-postnatal_care--note = 備考

## consultation_record (mother-pages.toml)

form-consultation_record = 利用記録
form-consultation_record--section-use = 利用記録
form-consultation_record--date = 年月日
    .help = ＜地域の子育てに関する相談機関（子育て世代包括支援センター等）を利用した時に記入してもらいましょう。＞
form-consultation_record--summary = 概要など
form-consultation_record--place = 場所

## guardians (mother-pages.toml)

form-guardians = 子の保護者
form-guardians--section-guardian = 子の保護者
form-guardians--relationship = 続柄
    .help = ＜この欄は手帳を受け取ったらすぐに自分で記入してください。＞
form-guardians--relationship--mother = 母（妊婦）
form-guardians--relationship--father = 父
form-guardians--relationship--other = その他
form-guardians--relationship_detail = 続柄（その他）
form-guardians--name_kana = ふりがな
form-guardians--name = 氏名
form-guardians--birth_date = 生年月日
form-guardians--occupation = 職業

## residence (mother-pages.toml)

form-residence = 居住地
form-residence--section-residence = 居住地
form-residence--address = 居住地
form-residence--phone = 電話

## partner_record (mother-pages.toml)

form-partner_record = 父親や周囲の方の記録
form-partner_record--section-family = 父親や周囲の方の記録
form-partner_record--feelings = 赤ちゃんを迎える気持ちなどを書き留めておきましょう。

## newborn_early (child-pages.toml)

form-newborn_early = 早期新生児期【生後１週間以内】の経過
form-newborn_early--section-early = 早期新生児期【生後１週間以内】の経過
form-newborn_early--age_days_1 = 日齢
    .help = ※生まれた当日を０日として数えること。
    .unit = 日
form-newborn_early--weight_1 = 体重（g）
    .unit = g
form-newborn_early--feeding_power_1 = 哺乳力
form-newborn_early--feeding_power_1--normal = 普通
form-newborn_early--feeding_power_1--weak = 弱
form-newborn_early--jaundice_1 = 黄疸
form-newborn_early--jaundice_1--none = なし
form-newborn_early--jaundice_1--normal = 普通
form-newborn_early--jaundice_1--strong = 強
form-newborn_early--other_1 = その他
form-newborn_early--age_days_2 = 日齢
    .help = ※生まれた当日を０日として数えること。
    .unit = 日
form-newborn_early--weight_2 = 体重（g）
    .unit = g
form-newborn_early--feeding_power_2 = 哺乳力
form-newborn_early--feeding_power_2--normal = 普通
form-newborn_early--feeding_power_2--weak = 弱
form-newborn_early--jaundice_2 = 黄疸
form-newborn_early--jaundice_2--none = なし
form-newborn_early--jaundice_2--normal = 普通
form-newborn_early--jaundice_2--strong = 強
form-newborn_early--other_2 = その他
form-newborn_early--vitamin_k2_date_1 = ビタミンＫ２シロップ投与　実施日
form-newborn_early--vitamin_k2_date_2 = ビタミンＫ２シロップ投与　実施日（２）
form-newborn_early--birth_abnormality = 出生時またはその後の異常
form-newborn_early--birth_abnormality--no = なし
form-newborn_early--birth_abnormality--yes = あり
form-newborn_early--birth_abnormality_detail = あり（　）
form-newborn_early--birth_abnormality_treatment = その処置
form-newborn_early--section-discharge = 退院時の記録
form-newborn_early--discharge_date = 退院時の記録（　年　月　日）
form-newborn_early--discharge_age_days = 生後　日
    .unit = 日
form-newborn_early--discharge_weight = 体重
    .unit = g
form-newborn_early--discharge_feeding = 栄養法
form-newborn_early--discharge_feeding--breast = 母乳
form-newborn_early--discharge_feeding--mixed = 混合
form-newborn_early--discharge_feeding--formula = 人工乳
form-newborn_early--follow_up_items = 引き続き観察を要する事項
form-newborn_early--facility_or_staff = 施設名又は担当者名
form-newborn_early--facility_phone = 電話

## newborn_late (child-pages.toml)

form-newborn_late = 後期新生児期【生後１～４週】の経過
form-newborn_late--section-late = 後期新生児期【生後１～４週】の経過
form-newborn_late--age_days_1 = 日齢
    .help = ※生まれた当日を０日として数えること。
    .unit = 日
form-newborn_late--weight_1 = 体重（g）
    .unit = g
form-newborn_late--feeding_power_1 = 哺乳力
form-newborn_late--feeding_power_1--normal = 普通
form-newborn_late--feeding_power_1--weak = 弱
form-newborn_late--feeding_method_1 = 栄養法
form-newborn_late--feeding_method_1--breast = 母乳
form-newborn_late--feeding_method_1--mixed = 混合
form-newborn_late--feeding_method_1--formula = 人工乳
form-newborn_late--facility_or_staff_1 = 施設名又は担当者名
form-newborn_late--age_days_2 = 日齢
    .help = ※生まれた当日を０日として数えること。
    .unit = 日
form-newborn_late--weight_2 = 体重（g）
    .unit = g
form-newborn_late--feeding_power_2 = 哺乳力
form-newborn_late--feeding_power_2--normal = 普通
form-newborn_late--feeding_power_2--weak = 弱
form-newborn_late--feeding_method_2 = 栄養法
form-newborn_late--feeding_method_2--breast = 母乳
form-newborn_late--feeding_method_2--mixed = 混合
form-newborn_late--feeding_method_2--formula = 人工乳
form-newborn_late--facility_or_staff_2 = 施設名又は担当者名
form-newborn_late--section-home_visit = 新生児訪問指導等の記録
form-newborn_late--visit_date = 新生児訪問指導等の記録（　年　月　日）
form-newborn_late--visit_age_days = 日齢
    .help = ※生まれた当日を０日として数えること。
    .unit = 日
form-newborn_late--visit_weight = 体重（g）
    .unit = g
form-newborn_late--visit_length = 身長（cm）
    .unit = cm
form-newborn_late--visit_chest = 胸囲（cm）
    .unit = cm
form-newborn_late--visit_head = 頭囲（cm）
    .unit = cm
form-newborn_late--visit_feeding = 栄養法
form-newborn_late--visit_feeding--breast = 母乳
form-newborn_late--visit_feeding--mixed = 混合
form-newborn_late--visit_feeding--formula = 人工乳
form-newborn_late--facility_or_staff = 施設名又は担当者名
form-newborn_late--notes = 特記事項

## metabolic_screen (child-pages.toml)

form-metabolic_screen = 検査の記録（先天性代謝異常検査）
form-metabolic_screen--section-test = 検査の記録
form-metabolic_screen--remarks = 備考
    .help = ※検査結果を記録する場合は、保護者に説明し同意を得ること。

## hearing_screen (child-pages.toml)

form-hearing_screen = 検査の記録（新生児聴覚検査）
form-hearing_screen--section-test = 検査の記録
form-hearing_screen--method = 新生児聴覚検査（自動ＡＢＲ・ＯＡＥ）
    .help = ※検査結果を記録する場合は、保護者に説明し同意を得ること。
form-hearing_screen--method--automated_abr = 自動ＡＢＲ
form-hearing_screen--method--oae = ＯＡＥ
form-hearing_screen--right_ear = 右
form-hearing_screen--right_ear--pass = パス
form-hearing_screen--right_ear--refer = リファー
form-hearing_screen--left_ear = 左
form-hearing_screen--left_ear--pass = パス
form-hearing_screen--left_ear--refer = リファー
form-hearing_screen--retest_date = リファー（要再検査）の場合

## checkup_2w (child-pages.toml)

form-checkup_2w = 保護者の記録【２週間頃】
form-checkup_2w--section-guardian = 保護者の記録【２週間頃】
form-checkup_2w--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_2w--weak_cry_or_feeding = 泣き声やお乳を飲む力が弱いと思いますか。
form-checkup_2w--sleeps_on_back = 寝かせるときは、あお向けに寝かせていますか。
form-checkup_2w--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_2w--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_2w--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_2w--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_2w--parenting_worry--no = いいえ
form-checkup_2w--parenting_worry--yes = はい
form-checkup_2w--parenting_worry--cannot_say = 何ともいえない
form-checkup_2w--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。

## stool_color (child-pages.toml)

form-stool_color = 便色の確認の記録
form-stool_color--section-check = 便色の記入欄
form-stool_color--timing = 便色の記入欄（観察日と右欄に当てはまる色番号）
form-stool_color--timing--2w = 生後２週
form-stool_color--timing--1m = 生後１か月
form-stool_color--timing--1_4m = 生後１～４か月
form-stool_color--color_number = 色番号
    .help = 明るいところでカードの色と見比べてください。「１番～３番に近い色だと思う」「４番～７番だったのが１番～３番に近くなった」どちらかが当てはまるときは、胆道閉鎖症などの病気の可能性がありますので、１日も早く小児科医、小児外科医等の診察を受けてください。

## checkup_1m (child-pages.toml)

form-checkup_1m = １か月児健康診査
form-checkup_1m--section-guardian = 保護者の記録【１か月頃】
form-checkup_1m--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_1m--moves_limbs = 裸にすると手足をよく動かしますか。
form-checkup_1m--feeds_well = お乳をよく飲みますか。
form-checkup_1m--startles_at_noise = 大きな音にビクッと手足を伸ばしたり、泣き出すことがありますか。
form-checkup_1m--navel_dry = おへそはかわいていますか。
form-checkup_1m--sleeps_on_back = 寝かせるときは、あお向けに寝かせていますか。
form-checkup_1m--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_1m--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_1m--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_1m--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_1m--parenting_worry--no = いいえ
form-checkup_1m--parenting_worry--yes = はい
form-checkup_1m--parenting_worry--cannot_say = 何ともいえない
form-checkup_1m--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_1m--section-checkup = １か月児健康診査
form-checkup_1m--weight = 体重
    .unit = g
form-checkup_1m--height = 身長
    .unit = cm
form-checkup_1m--head_circumference = 頭囲
    .unit = cm
form-checkup_1m--nutrition_status = 栄養状態
form-checkup_1m--nutrition_status--good = 良
form-checkup_1m--nutrition_status--needs_guidance = 要指導
form-checkup_1m--feeding_method = 栄養法
form-checkup_1m--feeding_method--breast = 母乳
form-checkup_1m--feeding_method--mixed = 混合
form-checkup_1m--feeding_method--formula = 人工乳
form-checkup_1m--health_observation = 健康・要観察
form-checkup_1m--findings = 特記事項
form-checkup_1m--clinic = 施設名又は担当者名

## checkup_2m (child-pages.toml)

form-checkup_2m = ２か月児健康診査
form-checkup_2m--section-guardian = 保護者の記録【２か月頃】
form-checkup_2m--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_2m--feeds_well = お乳をよく飲みますか。
form-checkup_2m--follows_with_eyes = 目を動かして物を追って見ますか。
form-checkup_2m--sleeps_on_back = 寝かせるときは、あお向けに寝かせていますか。
form-checkup_2m--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_2m--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_2m--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_2m--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_2m--parenting_worry--no = いいえ
form-checkup_2m--parenting_worry--yes = はい
form-checkup_2m--parenting_worry--cannot_say = 何ともいえない
form-checkup_2m--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_2m--section-checkup = ２か月児健康診査
form-checkup_2m--weight = 体重
    .unit = g
form-checkup_2m--height = 身長
    .unit = cm
form-checkup_2m--head_circumference = 頭囲
    .unit = cm
form-checkup_2m--nutrition_status = 栄養状態
form-checkup_2m--nutrition_status--good = 良
form-checkup_2m--nutrition_status--needs_guidance = 要指導
form-checkup_2m--feeding_method = 栄養法
form-checkup_2m--feeding_method--breast = 母乳
form-checkup_2m--feeding_method--mixed = 混合
form-checkup_2m--feeding_method--formula = 人工乳
form-checkup_2m--health_observation = 健康・要観察
form-checkup_2m--findings = 特記事項
form-checkup_2m--clinic = 施設名又は担当者名

## checkup_3_4m (child-pages.toml)

form-checkup_3_4m = ３～４か月児健康診査
form-checkup_3_4m--section-guardian = 保護者の記録【３～４か月頃】
form-checkup_3_4m--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_3_4m--neck_steady = 首がすわったのはいつですか。
    .help = （「首がすわる」とは、支えなしで首がぐらつかない状態をいいます。）
form-checkup_3_4m--smiles_when_played_with = あやすとよく笑いますか。
form-checkup_3_4m--eye_movement_concern = 目つきや目の動きがおかしいのではないかと気になりますか。
form-checkup_3_4m--turns_to_voice = 見えない方向から声をかけてみると、そちらの方を見ようとしますか。
form-checkup_3_4m--outdoor_air = 外気浴をしていますか。
    .help = （天気のよい日に散歩するなどしてあげましょう。）
form-checkup_3_4m--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_3_4m--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_3_4m--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_3_4m--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_3_4m--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_3_4m--parenting_worry--no = いいえ
form-checkup_3_4m--parenting_worry--yes = はい
form-checkup_3_4m--parenting_worry--cannot_say = 何ともいえない
form-checkup_3_4m--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_3_4m--section-checkup = ３～４か月児健康診査
form-checkup_3_4m--weight = 体重
    .unit = g
form-checkup_3_4m--height = 身長
    .unit = cm
form-checkup_3_4m--head_circumference = 頭囲
    .unit = cm
form-checkup_3_4m--nutrition_status = 栄養状態
form-checkup_3_4m--nutrition_status--good = 良
form-checkup_3_4m--nutrition_status--needs_guidance = 要指導
form-checkup_3_4m--feeding_method = 栄養法
form-checkup_3_4m--feeding_method--breast = 母乳
form-checkup_3_4m--feeding_method--mixed = 混合
form-checkup_3_4m--feeding_method--formula = 人工乳
form-checkup_3_4m--hip_abduction_limit = 股関節開排制限
form-checkup_3_4m--hip_abduction_limit--no = なし
form-checkup_3_4m--hip_abduction_limit--yes = あり
form-checkup_3_4m--health_observation = 健康・要観察
form-checkup_3_4m--findings = 特記事項
form-checkup_3_4m--needs_workup = 要精査
form-checkup_3_4m--workup_date = 精密検査実施日
form-checkup_3_4m--clinic = 施設名又は担当者名

## checkup_6_7m (child-pages.toml)

form-checkup_6_7m = ６～７か月児健康診査
form-checkup_6_7m--section-guardian = 保護者の記録【６～７か月頃】
form-checkup_6_7m--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_6_7m--rolled_over = 寝返りをしたのはいつですか。
form-checkup_6_7m--sat_alone = ひとりすわりをしたのはいつですか。
    .help = （「ひとりすわり」とは、支えなくてもすわれることをいいます。）
form-checkup_6_7m--reaches_for_toy = からだのそばにあるおもちゃに手をのばしてつかみますか。
form-checkup_6_7m--babbles_to_family = 家族といっしょにいるとき、話しかけるような声を出しますか。
form-checkup_6_7m--looks_to_sound = 保護者の声やおもちゃの音がすると、すぐそちらを見ますか。
form-checkup_6_7m--weaning_started = 離乳食を始めましたか。
    .help = （離乳食を始めて１か月位したら１日２回食にし、食品の種類をふやしていきましょう。７、８か月頃から舌でつぶせる固さにします。）
form-checkup_6_7m--pupil_white_or_glowing = ひとみが白く見えたり、黄緑色に光って見えたりすることがありますか。
    .help = ※ひとみが白く見えたり、黄緑色に光って見えたりするときは眼の病気の心配があります。すぐに眼科医の診察を受けましょう。
form-checkup_6_7m--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_6_7m--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_6_7m--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_6_7m--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_6_7m--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_6_7m--parenting_worry--no = いいえ
form-checkup_6_7m--parenting_worry--yes = はい
form-checkup_6_7m--parenting_worry--cannot_say = 何ともいえない
form-checkup_6_7m--free_note = 成長の様子、育児の心配、かかった病気、離乳食の心配、感想などを自由に記入しましょう。
form-checkup_6_7m--section-checkup = ６～７か月児健康診査
form-checkup_6_7m--weight = 体重
    .unit = g
form-checkup_6_7m--height = 身長
    .unit = cm
form-checkup_6_7m--head_circumference = 頭囲
    .unit = cm
form-checkup_6_7m--nutrition_status = 栄養状態
form-checkup_6_7m--nutrition_status--good = 良
form-checkup_6_7m--nutrition_status--needs_guidance = 要指導
form-checkup_6_7m--feeding_method = 栄養法
form-checkup_6_7m--feeding_method--breast = 母乳
form-checkup_6_7m--feeding_method--mixed = 混合
form-checkup_6_7m--feeding_method--formula = 人工乳
form-checkup_6_7m--weaning = 離乳
form-checkup_6_7m--weaning--started = 開始
form-checkup_6_7m--weaning--not_started = 未開始
form-checkup_6_7m--teeth_count = 歯　本
    .unit = 本
form-checkup_6_7m--oral_problem = 口の中の疾患や異常
    .help = ※口の中の疾患や異常は、むし歯、歯ぐきの病気、かみ合わせの不具合等を含みます。
form-checkup_6_7m--oral_problem--no = なし
form-checkup_6_7m--oral_problem--yes = あり
form-checkup_6_7m--oral_problem_detail = あり（　）
form-checkup_6_7m--health_observation = 健康・要観察
form-checkup_6_7m--findings = 特記事項
form-checkup_6_7m--clinic = 施設名又は担当者名

## checkup_9_10m (child-pages.toml)

form-checkup_9_10m = ９～１０か月児健康診査
form-checkup_9_10m--section-guardian = 保護者の記録【９～１０か月頃】
form-checkup_9_10m--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_9_10m--crawled = はいはいをしたのはいつですか。
form-checkup_9_10m--pulled_to_stand = つかまり立ちをしたのはいつですか。
form-checkup_9_10m--pincer_grasp = 指で、小さい物をつまみますか。
    .help = （たばこや豆などの異物誤飲に注意しましょう。）
form-checkup_9_10m--weaning_going_well = 離乳は順調にすすんでいますか。
    .help = （離乳食を１日３回食にし、９か月頃から歯ぐきでつぶせる固さにします。）
form-checkup_9_10m--turns_to_whisper = そっと近づいて、ささやき声で呼びかけると振り向きますか。
form-checkup_9_10m--follows_parent = 後追いをしますか。
form-checkup_9_10m--teeth_concern = 歯の生え方、形、色、歯肉などについて、気になることがありますか。
form-checkup_9_10m--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_9_10m--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_9_10m--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_9_10m--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_9_10m--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_9_10m--parenting_worry--no = いいえ
form-checkup_9_10m--parenting_worry--yes = はい
form-checkup_9_10m--parenting_worry--cannot_say = 何ともいえない
form-checkup_9_10m--free_note = 成長の様子、育児の心配、かかった病気、離乳食の心配、感想などを自由に記入しましょう
form-checkup_9_10m--first_tooth_month = 生え始め
    .help = 歯の生えた月日を右の図に記入しましょう。（生え始め：　か月）
    .unit = か月
form-checkup_9_10m--section-checkup = ９～１０か月児健康診査
form-checkup_9_10m--weight = 体重
    .unit = g
form-checkup_9_10m--height = 身長
    .unit = cm
form-checkup_9_10m--head_circumference = 頭囲
    .unit = cm
form-checkup_9_10m--nutrition_status = 栄養状態
form-checkup_9_10m--nutrition_status--good = 良
form-checkup_9_10m--nutrition_status--needs_guidance = 要指導
form-checkup_9_10m--weaning_meals_per_day = 離乳食は１日　回
    .unit = 回
form-checkup_9_10m--teeth_count = 歯（　）本
    .unit = 本
form-checkup_9_10m--oral_problem = 口の中の疾患や異常
    .help = ※口の中の疾患や異常は、むし歯、歯ぐきの病気、かみ合わせの不具合等を含みます。
form-checkup_9_10m--oral_problem--no = なし
form-checkup_9_10m--oral_problem--yes = あり
form-checkup_9_10m--oral_problem_detail = あり（　）
form-checkup_9_10m--health_observation = 健康・要観察
form-checkup_9_10m--findings = 特記事項
form-checkup_9_10m--clinic = 施設名又は担当者名
form-checkup_9_10m--section-vaccinations_0y = ０歳のうちに接種しておきたい予防接種を確認しましょう。
form-checkup_9_10m--first_year_vaccinations = ０歳のうちに接種しておきたい予防接種を確認しましょう。
form-checkup_9_10m--first_year_vaccinations--complete = 接種完了
form-checkup_9_10m--first_year_vaccinations--incomplete = 未完了

## checkup_1y (child-pages.toml)

form-checkup_1y = １歳児健康診査
form-checkup_1y--section-guardian = 保護者の記録【１歳の頃】
form-checkup_1y--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_1y--birthday_message = 保護者からの１歳の誕生日のメッセージを記入しましょう。
form-checkup_1y--cruised = つたい歩きをしたのはいつですか。
form-checkup_1y--waves_gestures = バイバイ、コンニチハなどの身振りをしますか。
form-checkup_1y--moves_to_music = 音楽に合わせて、からだを楽しそうに動かしますか。
form-checkup_1y--understands_simple_words = 大人の言う簡単なことば（おいで、ちょうだいなど）がわかりますか。
form-checkup_1y--looks_where_pointed = 部屋の離れたところにあるおもちゃを指さすと、その方向をみますか。
form-checkup_1y--favourite_play = どんな遊びが好きですか。
    .help = （遊びの例：　）
form-checkup_1y--three_meals_rhythm = １日３回の食事のリズムがつきましたか。
    .help = （食欲をなくさぬよう、また、むし歯予防のために、砂糖を含む飲食物を控えましょう。）
form-checkup_1y--practising_brushing = 歯みがきの練習をはじめていますか。
form-checkup_1y--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_1y--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_1y--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_1y--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_1y--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_1y--parenting_worry--no = いいえ
form-checkup_1y--parenting_worry--yes = はい
form-checkup_1y--parenting_worry--cannot_say = 何ともいえない
form-checkup_1y--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_1y--section-checkup = １歳児健康診査
form-checkup_1y--weight = 体重
    .unit = g
form-checkup_1y--height = 身長
    .unit = cm
form-checkup_1y--head_circumference = 頭囲
    .unit = cm
form-checkup_1y--nutrition_status = 栄養状態
form-checkup_1y--nutrition_status--good = 良
form-checkup_1y--nutrition_status--needs_guidance = 要指導
form-checkup_1y--breast_milk = 母乳
form-checkup_1y--breast_milk--not_drinking = 飲んでいない
form-checkup_1y--breast_milk--drinking = 飲んでいる
form-checkup_1y--meals_per_day = １日に食事（　）回
    .unit = 回
form-checkup_1y--snacks_per_day = 間食（おやつ）（　）回
    .unit = 回
form-checkup_1y--eye_abnormality = 目の異常（眼位・その他）
form-checkup_1y--eye_abnormality--no = なし
form-checkup_1y--eye_abnormality--yes = あり
form-checkup_1y--eye_abnormality--suspected = 疑
form-checkup_1y--eye_abnormality_detail = （　）
form-checkup_1y--health_observation = 健康・要観察
form-checkup_1y--caries_needing_treatment = 要治療のむし歯
form-checkup_1y--caries_needing_treatment--no = なし
form-checkup_1y--caries_needing_treatment--yes = あり
form-checkup_1y--caries_count = 要治療のむし歯（　本）
    .unit = 本
form-checkup_1y--tooth_plaque = 歯の汚れ
form-checkup_1y--tooth_plaque--clean = きれい
form-checkup_1y--tooth_plaque--little = 少ない
form-checkup_1y--tooth_plaque--much = 多い
form-checkup_1y--gums_mucosa = 歯肉・粘膜
form-checkup_1y--gums_mucosa--normal = 異常なし
form-checkup_1y--gums_mucosa--abnormal = あり
form-checkup_1y--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_1y--occlusion = かみ合わせ
form-checkup_1y--occlusion--good = よい
form-checkup_1y--occlusion--watch = 経過観察
form-checkup_1y--tooth_form_colour = 歯の形態・色調
form-checkup_1y--tooth_form_colour--normal = 異常なし
form-checkup_1y--tooth_form_colour--abnormal = あり
form-checkup_1y--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_1y--dental_exam_date = （　年　月　日診査）
form-checkup_1y--findings = 特記事項
form-checkup_1y--clinic = 施設名又は担当者名

## checkup_18m (child-pages.toml)

form-checkup_18m = １歳６か月児健康診査
form-checkup_18m--section-guardian = 保護者の記録【１歳６か月の頃】
form-checkup_18m--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_18m--walked_alone = ひとり歩きをしたのはいつですか。
    .help = （　歳　月頃）
form-checkup_18m--says_meaningful_words = ママ、ブーブーなど意味のあることばをいくつか話しますか。
form-checkup_18m--drinks_from_cup = 自分でコップを持って水を飲めますか。
form-checkup_18m--uses_bottle = 哺乳ビンを使っていますか。
    .help = （いつまでも哺乳ビンを使って飲むのは、むし歯につながるおそれがあるので、やめるようにしましょう。）
form-checkup_18m--regular_meal_times = 食事や間食（おやつ）の時間、回数はだいたい決まっていますか。
form-checkup_18m--parent_finishes_brushing = 歯の仕上げみがきをしてあげていますか。
form-checkup_18m--glare_or_eye_concern = 極端にまぶしがったり、目の動きがおかしいのではないかと気になったりしますか。
    .help = ※外に出た時に極端にまぶしがったり、目を細めたり、首を傾けたりするときには、目に異常のある可能性がありますので、眼科医に相談しましょう。
form-checkup_18m--turns_when_called_from_behind = うしろから名前を呼んだとき、振り向きますか。
form-checkup_18m--favourite_play = どんな遊びが好きですか。
    .help = （遊びの例：　）
form-checkup_18m--fluoride = 歯にフッ化物（フッ素）の塗布やフッ化物配合歯磨き剤の使用をしていますか。
form-checkup_18m--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_18m--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_18m--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_18m--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_18m--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_18m--parenting_worry--no = いいえ
form-checkup_18m--parenting_worry--yes = はい
form-checkup_18m--parenting_worry--cannot_say = 何ともいえない
form-checkup_18m--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_18m--section-checkup = １歳６か月児健康診査
form-checkup_18m--weight = 体重
    .unit = kg
form-checkup_18m--height = 身長
    .unit = cm
form-checkup_18m--head_circumference = 頭囲
    .unit = cm
form-checkup_18m--nutrition_status = 栄養状態
form-checkup_18m--nutrition_status--good = 良
form-checkup_18m--nutrition_status--needs_guidance = 要指導
form-checkup_18m--breast_milk = 母乳
form-checkup_18m--breast_milk--not_drinking = 飲んでいない
form-checkup_18m--breast_milk--drinking = 飲んでいる
form-checkup_18m--weaning = 離乳
form-checkup_18m--weaning--complete = 完了
form-checkup_18m--weaning--incomplete = 未完了
form-checkup_18m--eye_abnormality = 目の異常（眼位・視力・その他）
form-checkup_18m--eye_abnormality--no = なし
form-checkup_18m--eye_abnormality--yes = あり
form-checkup_18m--eye_abnormality--suspected = 疑
form-checkup_18m--eye_abnormality_detail = （　）
form-checkup_18m--ear_abnormality = 耳の異常（難聴・その他）
form-checkup_18m--ear_abnormality--no = なし
form-checkup_18m--ear_abnormality--yes = あり
form-checkup_18m--ear_abnormality--suspected = 疑
form-checkup_18m--ear_abnormality_detail = （　）
form-checkup_18m--vax_hib = Hib
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_pneumococcal = 小児肺炎球菌
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_hepatitis_b = Ｂ型肝炎
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_rotavirus = ロタウイルス
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_diphtheria = ジフテリア
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_pertussis = 百日せき
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_tetanus = 破傷風
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_polio = ポリオ
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_bcg = BCG
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_measles = 麻しん
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_rubella = 風しん
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--vax_varicella = 水痘
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_18m--health_observation = 健康・要観察
form-checkup_18m--needs_workup = 要精査
form-checkup_18m--workup_date = 精密検査実施日
form-checkup_18m--caries_type = むし歯の罹患型
    .help = ※むし歯の罹患型Ｏ１：むし歯なし、歯もきれいＯ２：むし歯なし、歯の汚れ多いＡ：奥歯または前歯にむし歯Ｂ：奥歯と上顎前歯にむし歯Ｃ：下顎前歯にもむし歯
form-checkup_18m--caries_type--o1 = Ｏ１
form-checkup_18m--caries_type--o2 = Ｏ２
form-checkup_18m--caries_type--a = Ａ
form-checkup_18m--caries_type--b = Ｂ
form-checkup_18m--caries_type--c = Ｃ
form-checkup_18m--caries_needing_treatment = 要治療のむし歯
form-checkup_18m--caries_needing_treatment--no = なし
form-checkup_18m--caries_needing_treatment--yes = あり
form-checkup_18m--caries_count = 要治療のむし歯（　本）
    .unit = 本
form-checkup_18m--tooth_plaque = 歯の汚れ
form-checkup_18m--tooth_plaque--clean = きれい
form-checkup_18m--tooth_plaque--little = 少ない
form-checkup_18m--tooth_plaque--much = 多い
form-checkup_18m--gums_mucosa = 歯肉・粘膜
form-checkup_18m--gums_mucosa--normal = 異常なし
form-checkup_18m--gums_mucosa--abnormal = あり
form-checkup_18m--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_18m--occlusion = かみ合わせ
form-checkup_18m--occlusion--good = よい
form-checkup_18m--occlusion--watch = 経過観察
form-checkup_18m--tooth_form_colour = 歯の形態・色調
form-checkup_18m--tooth_form_colour--normal = 異常なし
form-checkup_18m--tooth_form_colour--abnormal = あり
form-checkup_18m--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_18m--dental_exam_date = （　年　月　日診査）
form-checkup_18m--findings = 特記事項
form-checkup_18m--clinic = 施設名又は担当者名

## checkup_2y (child-pages.toml)

form-checkup_2y = ２歳児健康診査
form-checkup_2y--section-guardian = 保護者の記録【２歳の頃】
form-checkup_2y--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_2y--birthday_message = 保護者から２歳の誕生日のメッセージを記入しましょう。
form-checkup_2y--runs = 走ることができますか。
form-checkup_2y--eats_with_spoon = スプーンを使って自分で食べますか。
form-checkup_2y--pretend_play_blocks = 積木で塔のようなものを作ったり、横に並べて電車などにみたてたりして遊ぶことをしますか。
form-checkup_2y--imitates = テレビや大人の身振りのまねをしますか。
form-checkup_2y--two_word_sentences = ２語文（ワンワンキタ、マンマチョウダイ）などを言いますか。
form-checkup_2y--eats_meat_fibrous_veg = 肉や繊維のある野菜を食べますか。
form-checkup_2y--parent_finishes_brushing = 歯の仕上げみがきをしてあげていますか。
form-checkup_2y--favourite_play = どんな遊びが好きですか。
    .help = （遊びの例：　）
form-checkup_2y--limits_screen_time = テレビやスマートフォンなどを長時間見せないようにしていますか。
form-checkup_2y--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_2y--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_2y--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_2y--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_2y--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_2y--parenting_worry--no = いいえ
form-checkup_2y--parenting_worry--yes = はい
form-checkup_2y--parenting_worry--cannot_say = 何ともいえない
form-checkup_2y--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_2y--section-checkup = ２歳児健康診査
form-checkup_2y--weight = 体重
    .unit = kg
form-checkup_2y--height = 身長
    .unit = cm
form-checkup_2y--head_circumference = 頭囲
    .unit = cm
form-checkup_2y--nutrition_status = 栄養状態
form-checkup_2y--nutrition_status--plump = ふとり気味
form-checkup_2y--nutrition_status--normal = 普通
form-checkup_2y--nutrition_status--thin = やせ気味
form-checkup_2y--eye_abnormality = 目の異常（眼位・視力・その他）
form-checkup_2y--eye_abnormality--no = なし
form-checkup_2y--eye_abnormality--yes = あり
form-checkup_2y--eye_abnormality--suspected = 疑
form-checkup_2y--eye_abnormality_detail = （　）
form-checkup_2y--ear_abnormality = 耳の異常（難聴・その他）
form-checkup_2y--ear_abnormality--no = なし
form-checkup_2y--ear_abnormality--yes = あり
form-checkup_2y--ear_abnormality--suspected = 疑
form-checkup_2y--ear_abnormality_detail = （　）
form-checkup_2y--health_observation = 健康・要観察
form-checkup_2y--caries_type = むし歯の罹患型
form-checkup_2y--caries_type--o1 = Ｏ１
form-checkup_2y--caries_type--o2 = Ｏ２
form-checkup_2y--caries_type--a = Ａ
form-checkup_2y--caries_type--b = Ｂ
form-checkup_2y--caries_type--c = Ｃ
form-checkup_2y--caries_needing_treatment = 要治療のむし歯
form-checkup_2y--caries_needing_treatment--no = なし
form-checkup_2y--caries_needing_treatment--yes = あり
form-checkup_2y--caries_count = 要治療のむし歯（　本）
    .unit = 本
form-checkup_2y--tooth_plaque = 歯の汚れ
form-checkup_2y--tooth_plaque--clean = きれい
form-checkup_2y--tooth_plaque--little = 少ない
form-checkup_2y--tooth_plaque--much = 多い
form-checkup_2y--gums_mucosa = 歯肉・粘膜
form-checkup_2y--gums_mucosa--normal = 異常なし
form-checkup_2y--gums_mucosa--abnormal = あり
form-checkup_2y--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_2y--occlusion = かみ合わせ
form-checkup_2y--occlusion--good = よい
form-checkup_2y--occlusion--watch = 経過観察
form-checkup_2y--tooth_form_colour = 歯の形態・色調
form-checkup_2y--tooth_form_colour--normal = 異常なし
form-checkup_2y--tooth_form_colour--abnormal = あり
form-checkup_2y--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_2y--dental_exam_date = （　年　月　日診査）
form-checkup_2y--findings = 特記事項
form-checkup_2y--clinic = 施設名又は担当者名

## checkup_3y (child-pages.toml)

form-checkup_3y = ３歳児健康診査
form-checkup_3y--section-guardian = 保護者の記録【３歳の頃】
form-checkup_3y--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_3y--birthday_message = 保護者から３歳の誕生日のメッセージを記入しましょう。
form-checkup_3y--climbs_stairs_alone = 手を使わずにひとりで階段をのぼれますか。
form-checkup_3y--draws_circle = クレヨンなどで丸（円）を描きますか。
form-checkup_3y--wants_to_dress_alone = 衣服の着脱をひとりでしたがりますか。
form-checkup_3y--says_own_name = 自分の名前が言えますか。
form-checkup_3y--brushes_and_washes_hands = 歯みがきや手洗いをしていますか。
form-checkup_3y--parent_finishes_brushing = 歯の仕上げみがきをしてあげていますか。
form-checkup_3y--chews_well = よくかんで食べる習慣はありますか。
form-checkup_3y--squint = 斜視はありますか。
form-checkup_3y--squints_or_looks_close = 物を見るとき目を細めたり、極端に近づけて見たりしますか。
form-checkup_3y--hearing_concern = 耳の聞こえが悪いのではないかと気になりますか。
form-checkup_3y--bite_or_alignment_concern = かみ合わせや歯並びで気になることがありますか。
form-checkup_3y--fluoride = 歯にフッ化物（フッ素）の塗布やフッ化物配合歯磨き剤を使用していますか。
form-checkup_3y--pretend_play = ままごと、ヒーローごっこなど、ごっこ遊びができますか。
form-checkup_3y--restless = 落ち着きがないと思いますか。
form-checkup_3y--limits_screen_time = テレビやスマートフォンなどを長時間見せないようにしていますか。
form-checkup_3y--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_3y--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_3y--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_3y--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_3y--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_3y--parenting_worry--no = いいえ
form-checkup_3y--parenting_worry--yes = はい
form-checkup_3y--parenting_worry--cannot_say = 何ともいえない
form-checkup_3y--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_3y--section-checkup = ３歳児健康診査
form-checkup_3y--weight = 体重
    .unit = kg
form-checkup_3y--height = 身長
    .unit = cm
form-checkup_3y--nutrition_status = 栄養状態
form-checkup_3y--nutrition_status--plump = ふとり気味
form-checkup_3y--nutrition_status--normal = 普通
form-checkup_3y--nutrition_status--thin = やせ気味
form-checkup_3y--eye_abnormality = 目の異常（眼位・視力・その他）
form-checkup_3y--eye_abnormality--no = なし
form-checkup_3y--eye_abnormality--yes = あり
form-checkup_3y--eye_abnormality--suspected = 疑
form-checkup_3y--eye_abnormality_detail = （　）
form-checkup_3y--refraction_test = 屈折検査
form-checkup_3y--refraction_test--not_yet = 未
form-checkup_3y--refraction_test--done_normal = 済（実施（異常なし））
form-checkup_3y--refraction_test--done_abnormal = 済（実施（異常あり））
form-checkup_3y--refraction_test--done_undeterminable = 済（実施（判定不可））
form-checkup_3y--refraction_test--done_not_possible = 済（実施不可）
form-checkup_3y--ear_abnormality = 耳の異常（難聴・その他）
form-checkup_3y--ear_abnormality--no = なし
form-checkup_3y--ear_abnormality--yes = あり
form-checkup_3y--ear_abnormality--suspected = 疑
form-checkup_3y--ear_abnormality_detail = （　）
form-checkup_3y--vax_hib = Hib
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_pneumococcal = 小児肺炎球菌
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_hepatitis_b = Ｂ型肝炎
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_rotavirus = ロタウイルス
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_diphtheria = ジフテリア
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_pertussis = 百日せき
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_tetanus = 破傷風
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_polio = ポリオ
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_bcg = BCG
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_measles = 麻しん
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_rubella = 風しん
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_varicella = 水痘
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--vax_japanese_encephalitis = 日本脳炎
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_3y--health_observation = 健康・要観察
form-checkup_3y--needs_workup = 要精査
form-checkup_3y--workup_date = 精密検査受診日
form-checkup_3y--caries_type = むし歯の罹患型
    .help = ※むし歯の罹患型 Ｏ：むし歯なし Ａ：奥歯または前歯にむし歯 Ｂ：奥歯と前歯にむし歯 Ｃ１：下顎前歯がむし歯 Ｃ２：下顎前歯やその他にむし歯
form-checkup_3y--caries_type--o = Ｏ
form-checkup_3y--caries_type--a = Ａ
form-checkup_3y--caries_type--b = Ｂ
form-checkup_3y--caries_type--c1 = Ｃ１
form-checkup_3y--caries_type--c2 = Ｃ２
form-checkup_3y--caries_needing_treatment = 要治療のむし歯
form-checkup_3y--caries_needing_treatment--no = なし
form-checkup_3y--caries_needing_treatment--yes = あり
form-checkup_3y--caries_count = 要治療のむし歯（　本）
    .unit = 本
form-checkup_3y--tooth_plaque = 歯の汚れ
form-checkup_3y--tooth_plaque--clean = きれい
form-checkup_3y--tooth_plaque--little = 少ない
form-checkup_3y--tooth_plaque--much = 多い
form-checkup_3y--gums_mucosa = 歯肉・粘膜
form-checkup_3y--gums_mucosa--normal = 異常なし
form-checkup_3y--gums_mucosa--abnormal = あり
form-checkup_3y--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_3y--occlusion = かみ合わせ
form-checkup_3y--occlusion--good = よい
form-checkup_3y--occlusion--watch = 経過観察
form-checkup_3y--tooth_form_colour = 歯の形態・色調
form-checkup_3y--tooth_form_colour--normal = 異常なし
form-checkup_3y--tooth_form_colour--abnormal = あり
form-checkup_3y--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_3y--dental_exam_date = （　年　月　日診査）
form-checkup_3y--findings = 特記事項
form-checkup_3y--clinic = 施設名又は担当者名

## checkup_4y (child-pages.toml)

form-checkup_4y = ４歳児健康診査
form-checkup_4y--section-guardian = 保護者の記録【４歳の頃】
form-checkup_4y--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_4y--birthday_message = 保護者から４歳の誕生日のメッセージを記入しましょう。
form-checkup_4y--jumps_from_steps = 階段の２、３段目の高さからとびおりるようなことをしますか。
form-checkup_4y--tells_experiences = 自分の経験したことをお母さんやお父さんに話しますか。
form-checkup_4y--draws_cross = お手本を見て十字が描けますか。
form-checkup_4y--uses_scissors = はさみを上手に使えますか。
form-checkup_4y--dresses_alone = 衣服の着脱ができますか。
form-checkup_4y--pretend_play_with_friends = 友だちと、ごっこ遊びをしますか。
form-checkup_4y--brushes_rinses_washes = 歯みがき、口ゆすぎ（ぶくぶくうがい）手洗いをしますか。
form-checkup_4y--parent_finishes_brushing = 歯の仕上げみがきをしてあげていますか。
form-checkup_4y--picky_eater = 食べ物の好き嫌いはありますか。
form-checkup_4y--disliked_foods = （嫌いなものの例：　）
form-checkup_4y--toilets_alone = おしっこをひとりでしますか。
form-checkup_4y--limits_screen_time = テレビやスマートフォンなどを長時間見せないようにしていますか。
form-checkup_4y--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_4y--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_4y--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_4y--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_4y--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_4y--parenting_worry--no = いいえ
form-checkup_4y--parenting_worry--yes = はい
form-checkup_4y--parenting_worry--cannot_say = 何ともいえない
form-checkup_4y--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_4y--section-checkup = ４歳児健康診査
form-checkup_4y--weight = 体重
    .unit = kg
form-checkup_4y--height = 身長
    .unit = cm
form-checkup_4y--nutrition_status = 栄養状態
form-checkup_4y--nutrition_status--plump = ふとり気味
form-checkup_4y--nutrition_status--normal = 普通
form-checkup_4y--nutrition_status--thin = やせ気味
form-checkup_4y--visual_acuity_right = 視力：右
form-checkup_4y--visual_acuity_left = 視力：左
form-checkup_4y--eye_abnormality = 目の異常（眼位・視力・その他）
form-checkup_4y--eye_abnormality--no = なし
form-checkup_4y--eye_abnormality--yes = あり
form-checkup_4y--eye_abnormality--suspected = 疑
form-checkup_4y--eye_abnormality_detail = （　）
form-checkup_4y--ear_abnormality = 耳の異常（難聴・その他）
form-checkup_4y--ear_abnormality--no = なし
form-checkup_4y--ear_abnormality--yes = あり
form-checkup_4y--ear_abnormality--suspected = 疑
form-checkup_4y--ear_abnormality_detail = （　）
form-checkup_4y--health_observation = 健康・要観察
form-checkup_4y--caries_needing_treatment = 要治療のむし歯
form-checkup_4y--caries_needing_treatment--no = なし
form-checkup_4y--caries_needing_treatment--yes = あり
form-checkup_4y--caries_count = 要治療のむし歯（　本）
    .unit = 本
form-checkup_4y--tooth_plaque = 歯の汚れ
form-checkup_4y--tooth_plaque--clean = きれい
form-checkup_4y--tooth_plaque--little = 少ない
form-checkup_4y--tooth_plaque--much = 多い
form-checkup_4y--gums_mucosa = 歯肉・粘膜
form-checkup_4y--gums_mucosa--normal = 異常なし
form-checkup_4y--gums_mucosa--abnormal = あり
form-checkup_4y--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_4y--occlusion = かみ合わせ
form-checkup_4y--occlusion--good = よい
form-checkup_4y--occlusion--watch = 経過観察
form-checkup_4y--tooth_form_colour = 歯の形態・色調
form-checkup_4y--tooth_form_colour--normal = 異常なし
form-checkup_4y--tooth_form_colour--abnormal = あり
form-checkup_4y--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_4y--dental_exam_date = （　年　月　日診査）
form-checkup_4y--findings = 特記事項
form-checkup_4y--clinic = 施設名又は担当者名

## checkup_5y (child-pages.toml)

form-checkup_5y = ５歳児健康診査
form-checkup_5y--section-guardian = 保護者の記録【５歳の頃】
form-checkup_5y--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_5y--birthday_message = 保護者から５歳の誕生日のメッセージを記入しましょう。
form-checkup_5y--stands_on_one_leg = 片足で５秒以上、立つことができますか。
form-checkup_5y--understands_rock_paper_scissors = ジャンケンの勝ち負けがわかりますか。
form-checkup_5y--knows_colours = 色（赤、黄、緑、青）がわかりますか。
form-checkup_5y--speaks_clearly = はっきりした発音で話ができますか。
form-checkup_5y--toilets_bowel_alone = うんちをひとりでしますか。
form-checkup_5y--enjoys_group_life = 幼稚園、保育所などの集団生活になじみ、楽しく過ごしていますか。
form-checkup_5y--eats_with_family = 家族と一緒に食事を食べていますか。
form-checkup_5y--parent_finishes_brushing = 歯の仕上げみがきをしてあげていますか。
form-checkup_5y--thumb_sucking = いつも指しゃぶりをしていますか。
form-checkup_5y--understands_stories = お話を読んであげるとその内容がわかるようになりましたか。
form-checkup_5y--limits_screen_time = テレビやスマートフォンなどを長時間見せないようにしていますか。
form-checkup_5y--car_seat = 自動車に乗るとき、チャイルドシートを使用していますか。
form-checkup_5y--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_5y--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_5y--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_5y--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_5y--parenting_worry--no = いいえ
form-checkup_5y--parenting_worry--yes = はい
form-checkup_5y--parenting_worry--cannot_say = 何ともいえない
form-checkup_5y--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_5y--section-checkup = ５歳児健康診査
form-checkup_5y--weight = 体重
    .unit = kg
form-checkup_5y--height = 身長
    .unit = cm
form-checkup_5y--nutrition_status = 栄養状態
form-checkup_5y--nutrition_status--plump = ふとり気味
form-checkup_5y--nutrition_status--normal = 普通
form-checkup_5y--nutrition_status--thin = やせ気味
form-checkup_5y--visual_acuity_right = 視力：右
form-checkup_5y--visual_acuity_left = 視力：左
form-checkup_5y--eye_abnormality = 目の異常（眼位・視力・その他）
form-checkup_5y--eye_abnormality--no = なし
form-checkup_5y--eye_abnormality--yes = あり
form-checkup_5y--eye_abnormality--suspected = 疑
form-checkup_5y--eye_abnormality_detail = （　）
form-checkup_5y--ear_abnormality = 耳の異常（難聴・その他）
form-checkup_5y--ear_abnormality--no = なし
form-checkup_5y--ear_abnormality--yes = あり
form-checkup_5y--ear_abnormality--suspected = 疑
form-checkup_5y--ear_abnormality_detail = （　）
form-checkup_5y--health_observation = 健康・要観察
form-checkup_5y--caries_needing_treatment = 要治療のむし歯
form-checkup_5y--caries_needing_treatment--no = なし
form-checkup_5y--caries_needing_treatment--yes = あり
form-checkup_5y--caries_count_primary = 要治療のむし歯（乳歯　本）
    .unit = 本
form-checkup_5y--caries_count_permanent = 要治療のむし歯（永久歯　本）
    .unit = 本
form-checkup_5y--tooth_plaque = 歯の汚れ
form-checkup_5y--tooth_plaque--clean = きれい
form-checkup_5y--tooth_plaque--little = 少ない
form-checkup_5y--tooth_plaque--much = 多い
form-checkup_5y--gums_mucosa = 歯肉・粘膜
form-checkup_5y--gums_mucosa--normal = 異常なし
form-checkup_5y--gums_mucosa--abnormal = あり
form-checkup_5y--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_5y--occlusion = かみ合わせ
form-checkup_5y--occlusion--good = よい
form-checkup_5y--occlusion--watch = 経過観察
form-checkup_5y--oral_disease = 歯・口腔の疾病異常：（　）
form-checkup_5y--tooth_form_colour = 歯の形態・色調
form-checkup_5y--tooth_form_colour--normal = 異常なし
form-checkup_5y--tooth_form_colour--abnormal = あり
form-checkup_5y--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_5y--dental_exam_date = （　年　月　日診査）
form-checkup_5y--findings = 特記事項
form-checkup_5y--clinic = 施設名又は担当者名

## checkup_6y (child-pages.toml)

form-checkup_6y = ６歳児健康診査
form-checkup_6y--section-guardian = 保護者の記録【６歳の頃】
form-checkup_6y--record_date = 記録日
    .help = （　年　月　日記録）
form-checkup_6y--birthday_message = 保護者から６歳の誕生日のメッセージを記入しましょう。
form-checkup_6y--copies_square = 四角の形をまねて、描けますか。
form-checkup_6y--knows_front_back_left_right = 自分の「前後」「左右」がおおよそわかりますか。
form-checkup_6y--reads_writes_own_name = ひらがなの自分の名前を読んだり、書いたりできますか。
form-checkup_6y--can_wait_for_wants = おもちゃやお菓子などをほしくても我慢できるようになりましたか。
form-checkup_6y--plays_by_rules = 約束やルールを守って遊べますか。
form-checkup_6y--first_molars = 第一大臼歯（乳歯列の奥に生える永久歯）は生えましたか。
form-checkup_6y--parent_finishes_brushing = 歯の仕上げみがきをしてあげていますか。
form-checkup_6y--eats_breakfast_daily = 朝食を毎日食べますか。
form-checkup_6y--limits_screen_time = テレビやスマートフォンなどを長時間見せないようにしていますか。
form-checkup_6y--child_sleep_trouble = お子さんの睡眠で困っていることはありますか。
form-checkup_6y--parent_sleep_trouble = 保護者ご自身の睡眠で困っていることはありますか。
form-checkup_6y--has_someone_to_consult = 子育てについて気軽に相談できる人はいますか。
form-checkup_6y--parenting_worry = 子育てについて不安や困難を感じることはありますか。
form-checkup_6y--parenting_worry--no = いいえ
form-checkup_6y--parenting_worry--yes = はい
form-checkup_6y--parenting_worry--cannot_say = 何ともいえない
form-checkup_6y--free_note = 成長の様子、育児の心配、かかった病気、感想などを自由に記入しましょう。
form-checkup_6y--section-checkup = ６歳児健康診査
form-checkup_6y--weight = 体重
    .unit = kg
form-checkup_6y--height = 身長
    .unit = cm
form-checkup_6y--nutrition_status = 栄養状態
form-checkup_6y--nutrition_status--plump = ふとり気味
form-checkup_6y--nutrition_status--normal = 普通
form-checkup_6y--nutrition_status--thin = やせ気味
form-checkup_6y--visual_acuity_right = 視力：右
form-checkup_6y--visual_acuity_left = 視力：左
form-checkup_6y--eye_abnormality = 目の異常（眼位・視力・その他）
form-checkup_6y--eye_abnormality--no = なし
form-checkup_6y--eye_abnormality--yes = あり
form-checkup_6y--eye_abnormality--suspected = 疑
form-checkup_6y--eye_abnormality_detail = （　）
form-checkup_6y--ear_abnormality = 耳の異常（難聴・その他）
form-checkup_6y--ear_abnormality--no = なし
form-checkup_6y--ear_abnormality--yes = あり
form-checkup_6y--ear_abnormality--suspected = 疑
form-checkup_6y--ear_abnormality_detail = （　）
form-checkup_6y--vax_hib = Hib
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_pneumococcal = 小児肺炎球菌
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_hepatitis_b = Ｂ型肝炎
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_rotavirus = ロタウイルス
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_diphtheria = ジフテリア
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_pertussis = 百日せき
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_tetanus = 破傷風
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_polio = ポリオ
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_bcg = BCG
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_measles = 麻しん
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_rubella = 風しん
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_varicella = 水痘
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--vax_japanese_encephalitis = 日本脳炎
    .help = 予防接種（受けているものに○を付ける。）
form-checkup_6y--health_observation = 健康・要観察
form-checkup_6y--caries_needing_treatment = 要治療のむし歯
form-checkup_6y--caries_needing_treatment--no = なし
form-checkup_6y--caries_needing_treatment--yes = あり
form-checkup_6y--caries_count_primary = 要治療のむし歯（乳歯　本）
    .unit = 本
form-checkup_6y--caries_count_permanent = 要治療のむし歯（永久歯　本）
    .unit = 本
form-checkup_6y--tooth_plaque = 歯の汚れ
form-checkup_6y--tooth_plaque--clean = きれい
form-checkup_6y--tooth_plaque--little = 少ない
form-checkup_6y--tooth_plaque--much = 多い
form-checkup_6y--gums_mucosa = 歯肉・粘膜
form-checkup_6y--gums_mucosa--normal = 異常なし
form-checkup_6y--gums_mucosa--abnormal = あり
form-checkup_6y--gums_mucosa_detail = 歯肉・粘膜：あり（　）
form-checkup_6y--occlusion = かみ合わせ
form-checkup_6y--occlusion--good = よい
form-checkup_6y--occlusion--watch = 経過観察
form-checkup_6y--oral_disease = 歯・口腔の疾病異常：（　）
form-checkup_6y--tooth_form_colour = 歯の形態・色調
form-checkup_6y--tooth_form_colour--normal = 異常なし
form-checkup_6y--tooth_form_colour--abnormal = あり
form-checkup_6y--tooth_form_colour_detail = 歯の形態・色調：あり（　）
form-checkup_6y--dental_exam_date = （　年　月　日診査）
form-checkup_6y--findings = 特記事項
form-checkup_6y--clinic = 施設名又は担当者名

## ----- end of form-pages -----
