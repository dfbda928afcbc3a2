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

errors-handbook-closed = 手帳は閉じられています。もう一度開いてください。
errors-internal = はぐくみの内部でエラーが発生しました（{ $detail }）。保存されていません。もう一度お試しください。

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
## options of core/data/forms/*.toml, by the form's and field's ids (checked against the
## form definitions by core/src/forms/tests.rs).
## (end of the section's header)

## ----- end of form-pages -----
