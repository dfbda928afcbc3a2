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
