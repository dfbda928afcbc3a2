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

## ----- end of app -----
