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
