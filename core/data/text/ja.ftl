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

model-choice-unknown = 「{ $value }」は{ $what }として使えません（{ $accepted }のいずれか）。
model-choice-accepted = { $label }（{ $code }）
model-choice-accepted-same = { $label }

model-what-sex = 性別
model-sex-male = 男
    .aliases = 男の子 | 男児 | 男子 | 男性
model-sex-female = 女
    .aliases = 女の子 | 女児 | 女子 | 女性

model-what-position = 測り方
model-position-recumbent = 仰臥位
    .aliases = 寝て | 寝かせて | 仰向け
model-position-standing = 立位
    .aliases = 立って

model-what-checkup = { -infant-checkup }の種類
model-checkup-2w = 2週間児健診
model-checkup-1m = 1か月児健診
model-checkup-2m = 2か月児健診
model-checkup-3-4m = 3〜4か月児健診
model-checkup-6-7m = 6〜7か月児健診
model-checkup-9-10m = 9〜10か月児健診
model-checkup-1y = 1歳児健診
model-checkup-18m = 1歳6か月児健診
model-checkup-2y = 2歳児健診
model-checkup-3y = 3歳児健診
model-checkup-4y = 4歳児健診
model-checkup-5y = 5歳児健診
model-checkup-6y = 6歳児健診

model-what-outcome = 妊娠の結果
model-outcome-miscarriage = 流産
model-outcome-stillbirth = 死産
model-outcome-termination = 人工妊娠中絶
    .aliases = 中絶
model-pregnancy-end = { $outcome ->
    [miscarriage] 流産
    [stillbirth] 死産
   *[termination] 人工妊娠中絶
}（{ $date }）

model-what-dipstick = 尿検査の結果
model-dipstick-negative = −
    .aliases = 陰性 | マイナス
model-dipstick-trace = ±
    .aliases = 偽陽性 | プラスマイナス
model-dipstick-plus1 = +
    .aliases = 陽性 | プラス
model-dipstick-plus2 = 2+
model-dipstick-plus3 = 3+

model-what-oedema = むくみ（浮腫）の程度
model-oedema-none = −
    .aliases = なし | 無し | 無
model-oedema-mild = +
model-oedema-marked = ++

model-what-delivery-method = 分娩方法
model-delivery-vaginal = 経腟分娩
    .aliases = 経膣分娩 | 自然分娩 | 正常分娩 | 経腟 | 経膣
model-delivery-vacuum = 吸引分娩
    .aliases = 吸引
model-delivery-forceps = 鉗子分娩
    .aliases = 鉗子
model-delivery-caesarean = 帝王切開
    .aliases = 帝王切開分娩 | 帝切 | 帝王切開術

model-what-presentation = 分娩経過
model-presentation-cephalic = 頭位
model-presentation-breech = 骨盤位
    .aliases = 逆子
model-presentation-other = その他

model-what-blood-loss = 出血量
model-blood-loss-small = 少量
model-blood-loss-moderate = 中量
model-blood-loss-large = 多量

model-what-transfusion = 輸血の有無
model-transfusion-no = 無
    .aliases = 無し | なし
model-transfusion-yes = 有
    .aliases = 有り | あり

model-what-certificate = 証明
model-certificate-birth = 出生証明書
model-certificate-stillbirth = 死産証書（死胎検案書）
    .aliases = 死胎検案書
model-certificate-birth-and-death = 出生証明書及び死亡診断書
    .aliases = 出生証明書および死亡診断書

model-labor-duration = { $hours ->
    [0] { $minutes }分
   *[other] { $hours }時間{ $minutes }分
}

model-what-mood = 気分
model-mood-happy = うれしい
    .aliases = 嬉しい
model-mood-calm = おだやか
    .aliases = 穏やか
model-mood-tired = つかれた
    .aliases = 疲れた
model-mood-worried = しんぱい
    .aliases = 心配
model-mood-unwell = たいちょうがわるい
    .aliases = 体調が悪い

model-what-record-kind = 記録の種類
model-kind-mother-profile = { -mother }のプロフィール
model-kind-pregnancy = 妊娠
model-kind-prenatal-checkup = { -prenatal-checkup-short }
model-kind-delivery = 出産の記録
model-kind-child = { -child }
model-kind-growth = 身体測定
model-kind-infant-checkup = 乳幼児健診
model-kind-vaccination = { -vaccination }
model-kind-dental = 歯科健診
model-kind-diary = { -diary }
model-kind-page = 手帳のページ

model-what-vaccine = ワクチン
model-vaccine-hepb = B型肝炎
model-vaccine-rotavirus = ロタウイルス
    .aliases = ロタ
model-vaccine-dpt-ipv-hib = 5種混合 (DPT-IPV-Hib)
    .aliases = 五種混合
model-vaccine-dpt-ipv = 4種混合 (DPT-IPV)
    .aliases = 四種混合
model-vaccine-hib = ヒブ (Hib)
    .aliases = インフルエンザ菌b型
model-vaccine-pcv = 小児の肺炎球菌
    .aliases = 小児用肺炎球菌 | 肺炎球菌
model-vaccine-bcg = BCG
model-vaccine-mr = 麻しん風しん混合 (MR)
    .aliases = 麻しん風しん | 麻疹風疹 | 麻疹風疹混合
model-vaccine-varicella = 水痘
    .aliases = 水ぼうそう | みずぼうそう
model-vaccine-je = 日本脳炎
model-vaccine-dt = 2種混合 (DT)
    .aliases = 二種混合
model-vaccine-hpv = HPV (子宮頸がん予防)
    .aliases = ヒトパピローマウイルス | 子宮頸がん予防
model-vaccine-mumps = おたふくかぜ
    .aliases = 流行性耳下腺炎 | おたふく風邪
model-vaccine-influenza = インフルエンザ
model-vaccine-rsv-maternal = RSウイルス (妊婦)
    .aliases = RSウイルス

model-input-date = 「{ $value }」は日付ではありません。2026-05-20 のように YYYY-MM-DD の形で入力してください。
model-input-datetime = 「{ $value }」は日時ではありません。2026-05-20T03:42 のように入力してください。
model-input-gestational-age = 「{ $value }」は{ -gestational-age }ではありません。38w2d（38週2日）のように入力してください（日は0〜6）。
model-input-number = 「{ $value }」は数値ではありません。
model-input-pair = 「{ $value }」は{ $what }として読めません。{ $example } のように入力してください。
model-input-blood-pressure = 血圧
model-input-apgar = アプガースコア（1分/5分）
model-input-labor-duration = 「{ $value }」は時間として読めません。12時間30分、45分、12:30 のように時間と分で入力してください。
model-input-baby = --baby「{ $value }」: { $detail }（名前:性別[:体重kg[:身長cm[:頭囲cm]]] の形で、例: ひなた:女:3.02:49.0:33.0）
model-input-baby-fields = 項目の数が正しくありません
model-input-baby-name = 名前がありません
model-input-answer = --answer「{ $value }」: ID=値 の形で入力してください（IDは hagukumi checkup questions --kind 健診 で確認できます）。

model-gestational-age = { $weeks }週{ $days }日
model-age = { $years }歳{ $months }か月{ $days }日

model-check-presentation-other = 「その他」の内容は、分娩経過で「その他」を選んだときだけ書けます。
model-check-transfusion-detail = 輸血の内容は、輸血の有無で「有」を選んだときだけ書けます。
model-check-labor-too-long = 分娩所要時間 { $duration } は長すぎます（7日まで）。時間と分を確かめてください。

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

schedule-status-done = 接種済
schedule-status-invalid = 無効
schedule-status-upcoming = { -upcoming }
schedule-status-due = { -due-now }
schedule-status-overdue = { -overdue }
schedule-status-not-eligible = 対象外
schedule-reminder-funding-ends = 公費期限
schedule-reminder-last-chance = 接種期限
schedule-reminder-prenatal-visit = { -prenatal-checkup-short }
schedule-reminder-checkup-due = 乳幼児健診

schedule-dose-name = { $vaccine } { $dose }回目
schedule-reminder-overdue = { $name }は{ -overdue }です（標準的な時期を過ぎています）。{ $until ->
    [none] 早めに受けましょう。
   *[other] { $until }までに受けましょう。
}
schedule-reminder-due = { $from ->
    [none] {""}
   *[other] { $from }から
}{ $name }の{ -due-now }です{ $until ->
    [none] {""}
   *[other] （標準的な時期は{ $until }まで）
}。
schedule-reminder-last-chance-left = { $name }は{ $day }を過ぎると受けられません（あと{ $left }日）。
schedule-reminder-funding-ends-left = { $name }を公費（無料）で受けられるのは{ $day }までです（あと{ $left }日）。
schedule-reminder-funding-ended = { $name }を公費で受けられる期間は{ $day }で終わりました。自費での接種は医師に相談してください。
schedule-reminder-checkup-open = { $checkup }の時期です（{ $day }まで）。
schedule-reminder-checkup-closing = { $checkup }は{ $day }までです（あと{ $left }日）。まだの場合は予約しましょう。
schedule-reminder-prenatal = { $day ->
    [none] 今日は{ -prenatal-checkup-short }の日です。
   *[other] 次の{ -prenatal-checkup-short }は{ $day }です。
}

schedule-interval-days = { $n }日
schedule-interval-months = { $n }か月

schedule-rule-live = 注射生ワクチン（{ $vaccine }、{ $date }）から{ $interval }以上の間隔
schedule-rule-previous = 前の回（{ $date }）から{ $interval }以上の間隔
schedule-reason-girls-only = 定期接種の対象は女子です。
schedule-reason-past-age-limit = { $date }までに受けられないため、この回は接種できません。
schedule-reason-funding-ended = 公費で受けられる期間（{ $until }まで）が終わりました。自費での接種は医師に相談してください。
schedule-reason-after-funding = 最短でも{ $earliest }以降となり、公費の期間（{ $until }まで）に間に合いません。
schedule-reason-follows-previous = 前の回の後に受けます（前の回を予定どおり受けた場合、最短で{ $earliest }）。{ $funded }
schedule-reason-from = { $earliest }から受けられます。{ $recommended }{ $funded }
schedule-reason-before-standard = { $earliest }から受けられますが、標準的な時期はまだです。{ $recommended }{ $funded }
schedule-reason-overdue = { -overdue }：標準的な時期（{ $until }まで）を過ぎています。早めに受けましょう。{ $funded }
schedule-reason-due = 今受けられます。{ $recommended }{ $funded }
schedule-reason-note = { $note }
schedule-reason-extension = （{ $note }）
schedule-reason-brand-unknown = 製品未記録のため、ロタリックス（2回）として計画しています。ロタテックは3回・出生32週0日後まで。
schedule-reason-given = { $date }に接種済み（{ $dose }）。
schedule-reason-recorded-as = 記録上は{ $recorded }回目ですが、{ $counts }回目として数えます。
schedule-reason-outside-funding = 公費の対象期間外の接種です。
schedule-invalid-too-early = { $day }の接種は受けられる日（{ $earliest }）より前のため、回数に数えません。
schedule-invalid-interval = { $day }の接種は前回（{ $previous }）から{ $interval }以上の間隔がなく、回数に数えません（{ $again }以降に受け直し）。
schedule-invalid-live = { $day }の接種は{ $vaccine }（{ $previous }）の後27日以上あいていないため、回数に数えません（{ $again }以降に受け直し）。
schedule-invalid-too-late = { $day }の接種は上限（{ $limit }）を過ぎており、回数に数えません。
schedule-invalid-extra = { $day }の接種はこの接種スケジュール（{ $doses }回）では不要な回で、数えません。
schedule-skip-age-limit = { $dose }は{ $limit }までに受ける回のため、この回は行いません。
schedule-skip-previous-late = 前の回が{ $previous }（{ $after }以降）だったため、この回は行いません。
schedule-recommended-window = 標準的な時期は{ $from }〜{ $until }。
schedule-recommended-from = 標準的には{ $from }から。
schedule-funded-until = 公費は{ $until }まで。
schedule-voluntary = 任意接種（自費）です。
schedule-maternal-window = 妊娠{ $from }〜{ $until }（{ $first }〜{ $last }）
schedule-maternal-given-routine = { $date }（妊娠{ $ga }）に定期接種として接種済み。
schedule-maternal-given-outside = { $date }（妊娠{ $ga }）に接種済み。定期接種の期間{ $window }の外のため公費の対象外です。
schedule-maternal-voluntary = { $window }に1回（任意接種・自費。定期接種は{ $routine }から）。
schedule-maternal-upcoming = { $window }に1回受けられます。
schedule-maternal-due = 今受けられます。{ $until }まで公費。接種後14日以内の出生では効果が十分でない可能性があります。
schedule-maternal-passed = 定期接種の期間{ $window }を過ぎました。

schedule-error-dose-before-birth = { $vaccine }の{ $dose }回目（{ $date }）が生年月日（{ $birth }）より前です。
schedule-error-dose-in-future = { $vaccine }の{ $dose }回目（{ $date }）が今日（{ $today }）より後の日付です。
schedule-error-dose-out-of-range = { $vaccine }は{ $max }回までです（{ $dose }回目はありません）。
schedule-error-unknown-brand = { $vaccine }の製品名「{ $brand }」が不明です（{ $expected }のいずれか）。
schedule-error-brand-switch = { $vaccine }は{ $first }で始めたため、{ $second }に切り替えず同じ製品で完了してください。
schedule-error-not-a-child-vaccine = { $vaccine }は{ -child }ではなく妊娠の記録に記録します。
schedule-error-today-before-birth = 今日（{ $today }）が生年月日（{ $birth }）より前です。
schedule-error-no-schedule = { $date }時点の予防接種スケジュールは収録されていません（収録は{ $earliest }以降）。
schedule-error-data-corrupt = 内蔵の予防接種スケジュール（{ $file }）が壊れています。アプリを再インストールしてください。
schedule-error-lmp-after-today = { -lmp }（{ $lmp }）が今日（{ $today }）より後です。
schedule-error-maternal-outside-pregnancy = RSウイルスワクチンの接種日（{ $date }）が妊娠期間外です。

schedule-what-timing = お知らせの時期
schedule-timing-standard = 標準的な接種期間
    .aliases = 標準
schedule-timing-earliest = 受けられる最初の日
    .aliases = 最短 | 受けられる最も早い日 | 最も早い日

schedule-dose-arg-shape = 「{ $text }」は 種類:回:YYYY-MM-DD[:製品名] の形ではありません。
schedule-dose-arg-code = 「{ $text }」: { $reason }
schedule-dose-arg-number = 「{ $text }」: 回「{ $number }」は1以上の整数ではありません。
schedule-dose-arg-date = 「{ $text }」: 「{ $date }」は日付（YYYY-MM-DD）ではありません。
schedule-dose-arg-empty-brand = 「{ $text }」: 最後の「:」の後の製品名がありません。

## The schedule files' words (core/data/schedule/*.toml), named by the files: a dose's
## `label`, a dose's or a funding extension's `note`, each version's title. The ids are
## computed (schedule::data); schedule::data::tests checks the catalogs have exactly these.
schedule-data-title-jp-2024-04-01 = 定期・任意予防接種スケジュール(2024年4月1日〜2026年3月31日)
schedule-data-title-jp-2026-04-01 = 定期・任意予防接種スケジュール(2026年4月1日以降)
schedule-data-dose-single = 1回
schedule-data-dose-dose-1 = 1回目
schedule-data-dose-dose-2 = 2回目
schedule-data-dose-dose-3 = 3回目
schedule-data-dose-mr-period-1 = 1期
schedule-data-dose-mr-period-2 = 2期
schedule-data-dose-period-2 = 2期
schedule-data-dose-je-primary-1 = 1期初回1回目
schedule-data-dose-je-primary-2 = 1期初回2回目
schedule-data-dose-je-booster = 1期追加
schedule-data-dose-dpt-primary-1 = 1期初回1回目
schedule-data-dose-dpt-primary-2 = 1期初回2回目
schedule-data-dose-dpt-primary-3 = 1期初回3回目
schedule-data-dose-dpt-booster = 1期追加
schedule-data-dose-primary-1 = 初回1回目
schedule-data-dose-primary-2 = 初回2回目
schedule-data-dose-primary-3 = 初回3回目
schedule-data-dose-booster = 追加
schedule-data-dose-season-single = 今シーズン1回
schedule-data-dose-season-dose-1 = 今シーズン1回目
schedule-data-dose-season-dose-2 = 今シーズン2回目
schedule-data-note-hpv-third-dose = 1回目から5か月未満で受けた場合は、2回目から3か月以上あけて3回目が必要です。
schedule-data-note-rotavirus-late-first = 出生15週0日後以降の初回接種は安全性の観点から勧められていません。
schedule-data-note-mr-shortage-2024 = 令和6年度のワクチン不足で受けられなかった場合は2027-03-31まで公費
schedule-data-note-je-special-measure = 特例対象(20歳未満まで)

## ----- end of schedule -----



## ===== feed =====
## The city's feed, notices, desks, open-data import (core/src/feed/, core/src/store/feed*).
## (end of the section's header)

# Why a notice is shown ("for you because…"): core/src/feed/targeting.rs.
feed-reason-pregnancy = 妊娠{ $weeks }週の方へ
feed-reason-district = { $district }にお住まいの方へ
feed-reason-district-unset = { $districts }の方へ（お住まいの地区が未設定のため表示）
# Between the districts of one notice.
feed-district-separator = ・
feed-reason-everyone = すべての方へ
feed-reason-child-born = { $name }さん（{ $born }生まれ）へ
feed-reason-child-age = { $name }さん（{ $age }）へ
feed-child-age-days = 生後{ $days }日
feed-child-age-months = { $months }か月
feed-child-age-years = { $years }歳

# A notice's category: core/src/feed/format.rs.
feed-category-health-checkup = { -checkup-short }
feed-category-vaccination = { -vaccination }
feed-category-subsidy = 助成・手当
feed-category-event = イベント
feed-category-emergency = 緊急
feed-category-general = お知らせ

# A support programme's body in the list: core/src/store/feed.rs.
feed-how-to-apply = 申請方法: { $how }

# The city's consultation desk as a sentence names it: core/src/feed/desk.rs.
feed-desk-phone = 電話 { $phone }
feed-desk-label = { $name }（{ $details }）

# The staff's preview of what phones show (hagukumi feed check): core/src/feed/preview.rs.
feed-stage-pregnancy-weeks = 妊娠{ $weeks }週
feed-stage-child-days = 生後{ $days }日
feed-stage-child-years = { $years }歳
# $total months, that is $years years and $months months.
feed-stage-child-months = { $years ->
    [0] { $total }か月
   *[other] { $years }歳{ $months }か月
}
# The name of the sample child the preview asks about.
feed-preview-sample-child = はな
feed-lint-expired = { $date } で終わっています。端末には表示されません。
feed-lint-untargeted = 対象（{ -gestational-age }・月齢・地区）がないため、すべての家庭に表示されます。
feed-lint-missing-link = リンク（url）がありません。詳しい案内や申込のページがあれば付けてください。
feed-lint-long-title = 題名が { $n } 文字あります。一覧では { $limit } 文字ほどで切れます。
feed-lint-kind-expired = 期限切れ
feed-lint-kind-untargeted = 対象なし
feed-lint-kind-missing-link = リンクなし
feed-lint-kind-long-title = 題名が長い
feed-preview-title = プレビュー
feed-preview-generated = 作成日時
feed-preview-as-of = 表示日
feed-preview-desk = 相談窓口:
feed-preview-lint = 確認事項
feed-preview-lint-none = ありません。
feed-preview-lint-kind = 種類
feed-preview-lint-entry = 項目
feed-preview-lint-what = 内容
feed-preview-nothing = （表示なし）

# The open-data CSV importer's problems, for city staff (core/src/feed/opendata.rs).
# A column is named by the file's own header (the data set's Japanese column name).
feed-csv-save-as = Excel で開き、「名前を付けて保存」の「ファイルの種類」で「CSV UTF-8 (コンマ区切り) (*.csv)」を選んで保存し直してください。
feed-csv-too-large = ファイルが大きすぎます（{ $limit } バイトまで）。
feed-csv-utf16 = このファイルは UTF-16（Excel の「Unicode テキスト」）で保存されています。{ $save_as }
feed-csv-euc-jp = このファイルは EUC-JP で保存されています。{ $save_as }
feed-csv-encoding = このファイルは UTF-8 でも Shift_JIS でもありません（{ $offset } バイト目付近）。{ $save_as }
feed-csv-missing-column = 1行目（見出し）に「{ $missing }」の列がありません（見つかった列: { $found }）。
feed-csv-more = ほかに { $more } 件あります（先に上の { $listed } 件を直してください）。
feed-csv-at-cell = { $row }行目「{ $column }」
feed-csv-at-row = { $row }行目
feed-csv-problem = { $at }: { $what }
feed-csv-column-count = 列が { $found } 個あります（見出しは { $expected } 個）。値の中のコンマは、値全体を "" で囲んでください。
feed-csv-empty = 空欄です。この列はすべての行に必要です。
feed-csv-not-a-date = 「{ $value }」は日付として読めません。2026-06-10、2026/6/10、令和8年6月10日 のように年から書いてください。
feed-csv-not-a-time = 「{ $value }」は時刻として読めません。09:30、13:30:00、13時30分 のように書いてください。
feed-csv-not-a-number = 「{ $value }」は数値として読めません（例: 35.6812）。
feed-csv-not-yes-no = 「{ $value }」は 有 か 無 で書いてください（あり/なし、○/× も使えます）。
feed-csv-end-before-start = 終了日 { $end } が開始日 { $start } より前です。
feed-csv-not-an-audience = 「{ $value }」は対象として読めません。「妊娠20〜27週」「0〜3か月」「1歳6か月〜2歳」「生後28日まで」のように書き、いくつか書くときは「、」で区切ってください（空欄はすべての方）。
feed-csv-same-id = { $first_row }行目と同じ行です（ID { $id }）。同じ名前・日時・場所の行が2つあります。別の行なら ID 列を作って、行ごとに違う値を入れてください。

# Why the city's feed was not applied (core/src/feed/error.rs). feed-error-*: the short
# message a parent sees; feed-explain-*: the full one for staff and logs ($detail is
# the parser's or the network's own text).
feed-error-bad-config = 市の設定が正しくありません: { $detail }
feed-error-connect = 市のお知らせを取得できませんでした。通信環境を確認してください（これまでのお知らせはそのままです）。
feed-error-timeout = 市のサーバーから応答がありませんでした。しばらくしてからもう一度お試しください。
feed-error-http-status = 市のサーバーがエラーを返しました（HTTP { $status }）。
feed-error-too-large = お知らせのデータが大きすぎるため取り込みませんでした。
feed-error-invalid = お知らせのデータの形式が正しくないため取り込みませんでした。
feed-error-unsupported-version = 新しい形式のお知らせです。アプリを更新してください。
feed-error-signature = お知らせの署名を確認できなかったため取り込みませんでした（これまでのお知らせはそのままです）。
feed-error-wrong-city = この手帳が選んでいる市区町村とは別の市区町村のお知らせのため取り込みませんでした（引っ越した場合は、設定で市区町村を変更してください）。
feed-error-rollback = 古いお知らせのデータだったため取り込みませんでした。
feed-error-no-city = 市区町村がまだ選ばれていません。設定から市区町村を選んでください。
feed-error-future-dated = お知らせのデータの作成日時（{ $found }）が未来になっているため取り込みませんでした。この端末の日時が正しいか確認してください（これまでのお知らせはそのままです）。
feed-error-redirect = 市のサーバーが別の場所へ転送しようとしたため、お知らせを取得しませんでした（これまでのお知らせはそのままです）。
feed-error-unsafe-link = お知らせのデータに使えないリンクがあるため取り込みませんでした（{ $at } の { $field }）。
feed-explain-connect = { $url } に接続できませんでした: { $detail }
feed-explain-timeout = { $url } から { $seconds } 秒以内に応答がありませんでした。
feed-explain-http-status = { $url } が HTTP { $status } を返しました。
feed-explain-transfer = { $url } からのダウンロードが途中で失敗しました: { $detail }
feed-explain-too-large = フィードが、このアプリが受け付ける { $limit } バイトより大きくなっています（少なくとも { $seen } バイト）。
feed-explain-invalid-json = フィードが JSON として正しくありません（{ $line } 行目、{ $column } 文字目）: { $detail }
feed-explain-invalid-feed = フィードがはぐくみのフィード形式に従っていません: { $detail }
feed-explain-unsupported-version = フィードの形式はバージョン { $found } です。このアプリが読めるのはバージョン { $supported } までです。アプリを更新してください。
feed-explain-missing-signature = フィードに署名がありません。署名のないフィードは取り込みません。
feed-explain-unknown-key = フィードが、この市区町村の使っていない鍵（{ $key }）で署名されています。
feed-explain-bad-signature = フィードの署名が内容と一致しません（書き換えられたか、壊れています）。
feed-explain-wrong-city = フィードは市区町村コード { $found } のものですが、この手帳は { $expected } のお知らせを受け取っています（引っ越した場合は、先に市区町村を変更してください）。
feed-explain-rollback = フィード（{ $found }）が、取り込み済みのもの（{ $applied }）より古いため取り込みません。古いフィードを取り込み直すことはありません。
feed-explain-no-city = この手帳の市区町村がまだ選ばれていません。先に市区町村（その city.toml）を選んでください。
feed-explain-future-dated = フィードの作成日時 { $found } が、この端末の時計（{ $clock }）より{ $allowed }以上先になっています。未来の日時のフィードは使いません（フィードの日時か、この端末の時計を確認してください）。
feed-explain-redirect = { $url } が { $to } へ転送しようとしましたが、転送先には進みません: { $reason }。
feed-explain-unsafe-link = { $at }: `{ $field }` が https:、mailto:、tel: のいずれのリンクでもありません（{ $url }）。
# How far ahead of the clock a feed may be dated ($minutes: 5, 1440).
feed-duration = { $minutes ->
    [1440] 24時間
   *[other] { $minutes }分
}
feed-redirect-invalid-url = URL として正しくありません
feed-redirect-other-origin = フィードの URL とは別のオリジン（スキーム、ホスト、ポート）です
feed-redirect-too-many = 転送の回数が多すぎます

# Why `hagukumi feed build` / `feed keygen` refused, for city staff (core/src/feed/authoring.rs).
feed-build-key-not-pinned = この署名鍵の公開鍵 { $public_key } は市の設定（city.toml）の public_keys にありません。このまま公開すると、すべての端末がフィードを受け付けません。この鍵で公開する前に city.toml に追加して（アプリにも反映して）ください。または登録済みの鍵を使ってください。
feed-build-not-newer = [feed] の generated_at（{ $found }）が、出力先にすでにあるフィード（{ $previous }）より新しくありません。端末は古いフィードとして受け付けません。お知らせファイルから generated_at を消す（作成時刻を時計から取ります）か、より後の時刻にしてください。
feed-build-future-dated = [feed] の generated_at（{ $found }）がこのパソコンの時計（{ $clock }）より先になっています。このまま公開すると、端末はそれ以降のフィードを受け付けなくなります。generated_at を消すか、正しい時刻に直してください（またはパソコンの時計を確認してください）。
feed-build-bad-time = { $at }: 「{ $value }」は日付（2026-04-01）または時刻（2026-04-01T09:00:00+09:00）として読めません。
feed-build-invalid = このままでは端末がフィードを受け付けません: { $explanation }
feed-build-notices = { $file }: お知らせファイルを読めません: { $detail }
feed-build-news = { $file }: ニュース（RSS/Atom）を読めません: { $detail }
feed-build-csv-line = { $file }: { $problem }
feed-build-key-exists = { $path } はすでにあります。新しい鍵を作ると、端末が信頼している鍵と入れ替わってしまいます。別の --out フォルダを指定してください（鍵が漏れたのでなければ、今の鍵を使い続けてください）。
feed-build-expired = 注意: お知らせ { $id } は掲載期限（valid_until = { $valid_until }）が過ぎているため、端末には表示されません。
# The feed's title when the notices file gives none.
feed-default-title = { $city } 子育て情報

# Why `hagukumi feed serve` did not start (core/src/feed/serve.rs).
feed-serve-not-a-folder = { $dir } はフォルダではありません。
feed-serve-no-feed = { $dir } に feed.signed.json がありません。先にフィードを作成してください（hagukumi feed build … --out { $dir }）。
feed-serve-port-in-use = 127.0.0.1 のポート { $port } はすでに使われています（別の hagukumi feed serve か Web サーバー？）。--port で別の番号を指定するか、--port 0 で空いている番号を使ってください。
feed-serve-listen = 127.0.0.1:{ $port } で待ち受けできませんでした: { $detail }
feed-serve-folder = { $dir } を読めませんでした: { $detail }

# What exactly is wrong in a city configuration or a feed, for staff ($field: the
# setting or field as written in the file; $value: its value, quoted).
feed-detail-empty = { $field } が空欄です
feed-detail-too-long = { $field } が { $max } 文字を超えています
feed-detail-control-character = { $field } に制御文字（改行など）が含まれています
feed-detail-desk-unreachable = { $field }: 電話番号（phone）かページ（url）、またはその両方を書いてください
feed-detail-desk-phone = { $field } の { $value } は電話番号として読めません。国内でかけるときの数字とハイフンで書いてください（例: 0000-12-3410）
feed-detail-desk-url = { $field } の { $value } は https:// のアドレスではありません
feed-detail-empty-name = { $field } に空の名前があります
feed-detail-length = { $field } が { $n } 文字あります（{ $max } 文字まで）
feed-detail-list-length = { $field } に { $n } 個あります（{ $max } 個まで）
feed-detail-city-code = { $field } の { $value } は6桁の全国地方公共団体コードではありません
feed-detail-no-public-key = 公開鍵（public_keys）がありません。署名のないフィードは取り込みません
feed-detail-feed-url = feed_url { $url }: { $error }
feed-detail-feed-url-scheme = feed_url { $url }: { $scheme }:// は使えません。フィードは https で配信してください
feed-detail-public-key = 公開鍵 { $key }: { $error }
feed-detail-public-key-length = 公開鍵 { $key }: { $n } バイトあります（Ed25519 の鍵は 32 バイト）
feed-detail-signing-key-missing = 署名鍵: ファイルに鍵がありません
feed-detail-signing-key = 署名鍵: { $error }
feed-detail-signing-key-length = 署名鍵: { $n } バイトあります（Ed25519 のシードは 32 バイト）
feed-detail-algorithm = 署名方式が { $found } です。"ed25519" だけを受け付けます
feed-detail-payload-base64 = 署名された内容（payload）が base64 ではありません: { $error }
feed-detail-http-client = HTTP クライアントを準備できませんでした: { $error }
feed-detail-notices-file = お知らせファイル: { $error }
feed-detail-no-random = OS から乱数を得られませんでした: { $error }
feed-detail-format-missing = `_hagukumi.format` がありません。はぐくみのフィードではありません
feed-detail-format-zero = `_hagukumi.format` は 1 以上にしてください
feed-detail-version = `version` が { $found } です（{ $expected } のはず）
feed-detail-too-many-entries = 項目が { $n } 個あります。1つのフィードに入るのは { $max } 個までです
feed-detail-end-before-start = { $at }: 終了日 end_date { $end } が開始日 start_date { $start } より前です
feed-detail-id-empty = `{ $kind }` に id が空欄の項目があります
feed-detail-id-too-long = `{ $kind }` に { $max } 文字を超える id があります
feed-detail-id-twice = `{ $kind }` に id { $id } が2つあります
feed-detail-place = { $at }: 緯度/経度 { $latitude }/{ $longitude } は地球上の場所ではありません
feed-detail-span-reversed = { $field } が { $from } から { $to } へ逆向きになっています
feed-detail-pregnancy-weeks = { $field } が妊娠{ $weeks }週から始まっています（妊娠が終わった後です）

# Why a city's news feed (RSS/Atom) was not imported (core/src/feed/news.rs).
feed-news-too-large = ニュースのファイルが { $limit } バイトを超えています。
feed-news-parse = ニュースのファイルを読めませんでした: { $detail }

# The city in the preview's header: its name and municipality code.
feed-preview-city = { $name }（{ $code }）

# The kind of entry a lint finding is about.
feed-entry-notice = お知らせ
feed-entry-event = イベント
feed-entry-programme = 支援制度

feed-news-title = 市から{ $notices }件のお知らせ
feed-news-line = { $title }（{ $reason }）

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

cli-error-bad-cursor = タイムラインの位置「{ $cursor }」が正しくありません。--cursor を付けずに最初のページから表示してください。
cli-error-no-handbook = { $path } に手帳がまだありません。`hagukumi demo` で見本を作るか、`hagukumi profile set` や `hagukumi child add` で始めてください。
cli-error-already-exists = { $path } にはすでに手帳があるため、見本は作成しませんでした（手帳は変更していません）。見本で置き換えるには --force を付けてください（今の記録は失われます）。別の --data-dir を指定することもできます。
cli-error-io = { $path } を使えませんでした: { $error }
cli-error-integrity =
    手帳のファイルが壊れています（整合性チェック）:
    { $report }
cli-error-some-failed = { $total }件中{ $failed }件のファイルを取り込めませんでした（上記参照）。
cli-error-photos-damaged-repair = 写真フォルダと手帳が一致しません。`hagukumi photo check --repair` で不要なファイルを削除し、サムネイルを作り直せます。表示用の写真が失われた場合は、同じ写真をもう一度取り込んでください。
cli-error-photos-damaged = 写真フォルダと手帳が一致しません。表示用の写真が失われた場合は、同じ写真をもう一度取り込んでください。

cli-ga = { $weeks }週{ $days }日
cli-paren = （{ $text }）
cli-field-measured-on = 測定日
cli-field-date = 日付
cli-field-weight = 体重
cli-field-length = 身長
cli-field-head = 頭囲
cli-field-chest = 胸囲
cli-field-apgar-1min = アプガー1分
cli-field-apgar-5min = アプガー5分
cli-field-position = 測定姿勢
cli-field-notes = メモ
cli-field-checkup = { -checkup-short }
cli-field-milestones = 保護者の記録
cli-field-findings = 所見
cli-field-clinic = 医療機関
cli-field-vaccine = ワクチン
cli-field-dose = 回
cli-field-brand = 製品名
cli-field-lot = ロット
cli-field-subject = 対象
cli-field-teeth = 歯の数
cli-field-caries = むし歯
cli-field-fluoride = フッ素塗布
cli-field-text = 本文
cli-field-mood = 気分
cli-field-photos = 写真
cli-field-bp-systolic = 最高血圧
cli-field-bp-diastolic = 最低血圧
cli-field-urine-protein = 尿蛋白
cli-field-urine-glucose = 尿糖
cli-field-fundal-height = 子宮底長
cli-field-abdominal-girth = 腹囲
cli-field-oedema = 浮腫
cli-field-next-visit = 次回
cli-field-delivered-at = 出生日時
cli-field-ga-at-birth = 出生時の{ -gestational-age }
cli-field-method = 分娩方法
cli-field-blood-loss = 出血量 (mL)
cli-field-place = 場所
cli-field-attendant = 立会者
cli-field-name = 名前
cli-field-name-kana = ふりがな
cli-field-sex = 性別
cli-field-birth-date = 生年月日
cli-field-birth-order = 出生順

cli-data-dir-open = 注意: データフォルダ { $dir } はこのコンピュータのほかのユーザーも開けます。`chmod 700 { $dir }` で自分だけに制限してください。
cli-json-failed = JSONを出力できませんでした: { $error }
cli-no-home-folder = 手帳を保存するホームフォルダが見つかりません。--data-dir DIR か HAGUKUMI_DATA_DIR で指定してください。

cli-kind-child = { -child }
cli-kind-pregnancy = 妊娠
cli-kind-share = 共有先
cli-id-malformed = 「{ $input }」は{ $what }のIDではありません。`{ $list }` で表示されるID、またはIDの先頭か末尾の{ $digits }桁以上を入力してください。
cli-id-not-found = IDが { $input } で始まる、または終わる{ $what }はありません（`{ $list }` で確認できます）。
cli-id-ambiguous =
    { $input } に当てはまる{ $what }が{ $n }件あります。IDをもう少し長く入力してください:
    { $list }
cli-no-ongoing-pregnancy = この手帳には進行中の妊娠がありません。`hagukumi pregnancy add` で追加するか、--pregnancy ID で指定してください。
cli-no-child-yet = この手帳にはまだ{ -child }がいません。`hagukumi child add` か `hagukumi delivery add` で追加してください。
cli-choose-one =
    この手帳には{ $what }が{ $n }件あります。{ $flag } ID で選んでください:
    { $list }
cli-child-or-pregnancy = --child と --pregnancy はどちらか一方だけを指定してください。
cli-no-subject-yet = この手帳には{ -child }も進行中の妊娠もまだありません。
cli-choose-subject = どの記録を表示するか --child [ID] か --pregnancy [ID] で選んでください。

cli-record-mother-profile = { -mother }のプロフィール
cli-record-pregnancy = 妊娠
cli-record-prenatal-checkup = { -prenatal-checkup-short }
cli-record-delivery = { -delivery-page }
cli-record-child = { -child }
cli-record-growth = 身体測定
cli-record-infant-checkup = { -infant-checkup }
cli-record-vaccination = { -vaccination }
cli-record-dental = 歯科健診
cli-record-diary = { -diary }
cli-record-page = 手帳のページ
cli-saved =
    { $what }を記録しました  { $detail }
    ID: { $id }
cli-deleted = { $what }の記録を削除しました（ID: { $id }）
cli-no-records-yet = （記録はまだありません）
cli-edited = { $what }（ID { $id }）を修正しました
cli-unchanged = 変更はありません（ID { $id }）。直したい項目をオプションで指定してください。何も保存していません。
cli-confirm-delete = { $what }「{ $line }」を削除します{ $also }。まだ何も削除していません。削除するには --yes を付けてもう一度実行してください。

cli-home-empty = 妊娠や{ -child }の記録はまだありません。
cli-due-today = 今日が{ -due-date }
cli-days-to-go = あと{ $n }日
cli-days-past-due = { -due-date }から{ $n }日
cli-home-title = はぐくみ 母子手帳 — { $today }
cli-home-mother = { -mother }
cli-home-pregnancy = おなかの赤ちゃん  妊娠{ $ga }
cli-home-due-date = { -due-date }
cli-home-weight = 体重 { $weight }
cli-home-bp = 血圧 { $systolic }/{ $diastolic }
cli-home-last-checkup = 前回の健診
cli-home-next-visit = 次回の受診
cli-gain-range = { $min }〜{ $max } kg
cli-gain-range-up-to = ~{ $max } kg
cli-gain-so-far = { $gain } kg（目安 { $range }、BMI { $bmi } { $class }）
cli-gain-guide = 目安 { $range }（BMI { $bmi } { $class }）
cli-home-weight-gain = 体重の増え方
cli-home-at-birth-on = { $date } 出生時
cli-home-child = { $name }（{ $sex }）  { $born }生まれ  { $age }
cli-home-born-at = 出生時の週数
cli-home-at-birth = 出生時
cli-home-birth-head = 頭囲 { $head }
cli-home-corrected-age = 修正月齢
cli-home-weight-label = 体重
cli-home-length-label = 身長
cli-home-head-label = 頭囲
cli-home-next-checkup = 次の{ -checkup-short }
cli-home-checkup-window = { $checkup }（{ $from }〜{ $until }）

cli-timeline-more = 続き: --cursor { $cursor }
cli-check-file = ファイル
cli-check-integrity = 整合性
cli-check-schema-version = スキーマのバージョン
cli-chart-bad-extension = { $path }: 出力先は .svg か .png のファイルにしてください
cli-chart-written = { -growth-curve }を書き出しました: { $path }（{ $n }点）

cli-diary-delete-photos = （写真{ $n }枚も、ほかの{ -diary }に使われていなければ削除されます）
cli-diary-photos = （写真 { $n }枚）
cli-assess-nothing = --weight・--length・--head のどれかを指定してください
cli-assess-interpolated = { $band }（約{ $percentile }・補間）
cli-assess-check = 確認: { $warning }
cli-assess-corrected-age = 修正月齢: { $age }
cli-survey-out-is-input = --out に入力ファイルは指定できません
cli-survey-scored = 集計しました: { $input } → { $out }（{ $rows } 行、うち { $errors } 行は読めませんでした（error 列を参照））
cli-survey-line = 行 { $line }: { $message }
cli-survey-flagged = 要確認
cli-survey-report = レポート: { $path }

cli-mother-no-profile-yet-hagukumi = プロフィールはまだありません（hagukumi profile set --name 名前）
cli-mother-name = 名前
cli-mother-birth-date = 生年月日
cli-mother-blood-type = 血液型
cli-mother-height = 身長
cli-mother-district = 地区
cli-mother-notes = メモ
cli-mother-lmp = 最終月経
cli-mother-due-date = { -due-date }
cli-mother-babies = 胎児数
cli-mother-today = 今日
cli-mother-weight-before = 妊娠前の体重
cli-mother-ended = 妊娠の終了
cli-mother-checkups = { -prenatal-checkup-short }
cli-mother-to-go = 予定日まで
cli-mother-next-visit = 次回の受診
cli-mother-delivery = 出産
cli-mother-blood-loss = 出血量
cli-mother-presentation = 分娩経過
cli-mother-notes-on-labour = 特記事項
cli-mother-duration-of-labour = 分娩所要時間
cli-mother-transfusion = 輸血（血液製剤含む）
cli-mother-certificate = 証明
cli-mother-doctor = 分娩取扱者（医師）
cli-mother-midwife = 分娩取扱者（助産師）
cli-mother-other-attendant = 分娩取扱者（その他）
cli-mother-notes-2 = メモ
cli-mother-date = 日付
cli-mother-ga = 週数
cli-mother-weight = 体重
cli-mother-bp = 血圧
cli-mother-protein = 尿蛋白
cli-mother-glucose = 尿糖
cli-mother-fundal = 子宮底長
cli-mother-girth = 腹囲
cli-mother-oedema = 浮腫
cli-mother-next = 次回
cli-mother-special-findings-and-treatment = 特別な所見・処置
cli-mother-each-child-s-birth = { -child }の生年月日は、それぞれのページで直してください（hagukumi child edit ID --birth-date YYYY-MM-DD）。
cli-mother-saved-the-delivery = 出産を記録しました
cli-child-sex = 性別
cli-child-born = 生年月日
cli-child-age = 年齢
cli-child-age-2 = 月齢
cli-child-length = 身長
cli-child-head = 頭囲
cli-child-where-2023-survey = 位置（令和5年調査）
cli-child-w = 体重
cli-child-l = 身長
cli-child-h = 頭囲
cli-child-where-band-of-the = 位置: 令和5年乳幼児身体発育調査のパーセンタイル帯（~ は線の間を補間した値）
cli-child-findings = 所見
cli-child-vaccine = ワクチン
cli-child-dose = 回
cli-child-brand = 製品名
cli-child-lot = ロット
cli-child-clinic = 医療機関
cli-child-teeth = 歯の数
cli-child-caries = むし歯
cli-child-fluoride = フッ素
cli-child-yes = 塗布
cli-feed-signing-key = 署名鍵
cli-feed-public-key = 公開鍵
cli-feed-put-the-public-key = 公開鍵を市の設定 city.toml の public_keys に書き、その city.toml をアプリに配布してください。署名鍵（feed-signing.key）は外に出さず、バックアップを保管してください。
cli-feed-the-output-folder-already = 出力先のフィードと同じ内容です。変更はありません。
cli-feed-note-the-output-folder = 注意: 出力先の feed.signed.json はフィードではなかったため、置き換えます。
cli-feed-consultation-desk = 相談窓口:
cli-feed-consultation-desk-none-name = 相談窓口: なし（city.toml の [desk] で、こども家庭センターの名前・電話・受付時間・URLを配信できます）
cli-feed-lint = 確認事項
cli-feed-nothing = （なし）
cli-feed-preview-written-to = プレビューを書き出しました
cli-feed-the-city-s-feed = お知らせに変更はありません。
cli-feed-no-archived-notices = （保管しているお知らせはありません）
cli-feed-no-notices-hagukumi-feed = （お知らせはありません。hagukumi feed sync で市のお知らせを取得します）
cli-feed-mark-as-read-hagukumi = 既読にする: hagukumi notices --read 番号
cli-share-share-key-scanned-or = 共有キー（相手の端末で読み取るか入力してもらいます。共有ファイルとは別の方法で渡してください）:
cli-share-to-write-a-bundle = 共有ファイルを作るには: hagukumi share export <ID>
cli-share-id = ID
cli-share-name = 名前
cli-share-role = 種類
cli-share-scope = 対象
cli-share-last-export = 前回
cli-share-key = 共有キー
cli-share-co-parent = パートナー
cli-share-viewer = 閲覧のみ
cli-share-everything = 全件
cli-share-changes-since-the-last = 前回からの変更
cli-share-family = 家族
cli-share-children = { -child }
cli-share-last-import = 最終取り込み
cli-share-folder = フォルダ
cli-share-table = 表
cli-share-saved = 救出
cli-share-lost = 失われた
cli-schedule-no-doses-to-plan = この1年に予定する接種はありません。
cli-schedule-status = 状態
cli-schedule-given = 接種日
cli-schedule-earliest = 最短
cli-schedule-recommended = 標準的な時期
cli-schedule-funded-until = 公費期限
cli-schedule-why = 理由
cli-schedule-kind = 種類
cli-schedule-for = 対象
cli-schedule-what = 内容
cli-schedule-deadline = 期限
cli-schedule-mother-pregnancy = 妊娠中の{ -mother }
cli-photo-taken = 撮影日時
cli-photo-format = 元の形式
cli-photo-original = 元のサイズ
cli-photo-display = 表示用
cli-photo-orphan-file = 手帳にないファイル
cli-photo-display-copy = 表示用
cli-photo-thumbnail = サムネイル
cli-photo-remade = 作り直しました
cli-photo-missing = ありません
cli-photo-photos-in-no-diary = 日記にない写真
cli-photo-no-problems = 問題はありません
cli-city-the-city-of-the = 同期したお知らせの市区町村です（設定は保存されていません。hagukumi city move で保存します）
cli-city-no-city-chosen-yet = 市区町村はまだ選ばれていません（hagukumi city move --config city.toml）
cli-city-consultation-desk = 相談窓口
cli-city-phone = 電話
cli-city-hours = 受付時間
cli-demo-more-hagukumi-growth-list = ほかにも: hagukumi growth list · vaccination list · checkup list · timeline --child --limit 50 · --json
cli-forms-read-via = 読み取り
cli-forms-the-mother-s-pages = { -mother }のページ
cli-forms-the-child-s-pages = { -child }のページ
cli-forms-the-family-s-pages = 家族のページ
cli-forms-source = 出典
cli-forms-filled-by-the-family = 保護者が記入
cli-forms-filled-by-the-clinic = 医療機関が記入
cli-forms-yes-no = yes / no（はい / いいえ）

cli-pregnancy-delete-checkups = { -prenatal-checkup-short }{ $n }件
cli-pregnancy-delete-delivery = { -delivery-page }
cli-pregnancy-delete-vaccinations = 妊娠中の{ -vaccination }{ $n }件
cli-pregnancy-delete-dental = 歯科健診{ $n }件
cli-pregnancy-delete-alone = この妊娠の記録を削除すると、元に戻せません。
cli-pregnancy-delete-with = この妊娠を削除すると、{ $records }も削除され、元に戻せません。
cli-pregnancy-delete-children-kept = この妊娠から生まれた{ -child }{ $n }人の記録は残ります。
cli-pregnancy-delete-confirm = まだ何も削除していません。削除するには --yes を付けてもう一度実行してください。
cli-pregnancy-delete-end-instead = （妊娠が流産・死産などで終わった場合は、`hagukumi pregnancy end` で記録すると、すべての記録が残ります。）
cli-pregnancy-ended =
    妊娠の終了を記録しました  { $end }
    この妊娠の健診・日記・写真はそのまま残ります。
    ID: { $id }
cli-pregnancy-reopened =
    妊娠の終了の記録を取り消しました
    ID: { $id }

cli-sex-boy = 男の子
cli-sex-girl = 女の子
cli-delivery-delete-children-stay = （{ -child }の記録はそのまま残ります）
cli-delivery-before-pregnancy = 出生日が妊娠の始まりより前です。--at を確認するか --ga を指定してください。
cli-delivery-too-many = { $option } が --baby より多く指定されています。赤ちゃんごとに同じ順で1つずつ指定してください。
cli-pregnancy-added = { -due-date } { $due }・今日で{ $ga }

cli-checkup-no-page = { $checkup }のページがありません。
cli-answer-not-on-page = 「{ $id }」は「{ $page }」の質問ではありません。hagukumi checkup questions（または forms show { $form }）で確認してください。
cli-vaccination-added = { $date }  { $vaccine } { $dose }回目
cli-child-delete-records-too = （身体測定・健診・{ -vaccination }・歯科の記録もすべて削除されます）

cli-demo-created = 見本の手帳を作成しました: { $path }
cli-demo-child-records = { $name }の記録（新しい順に{ $n }件）
cli-demo-pregnancy-records = 妊娠の記録（新しい順に{ $n }件）
cli-demo-notices = 見本の市（こもれび市）からのお知らせ: { $n }件 — hagukumi notices
cli-demo-no-child = { -delivery-page }から{ -child }が作られませんでした。

cli-export-no-browser = PDFの作成には Chromium か Chrome が必要です（Debian/Ubuntu: apt install chromium）。HAGUKUMI_CHROMIUM でパスを指定することもできます。`hagukumi export html` なら同じサマリーをブラウザで印刷できます。
cli-export-browser-timeout = { $browser } が{ $seconds }秒以内に印刷を終えませんでした。
cli-export-browser-failed = { $browser } でサマリーを印刷できませんでした（{ $status }）: { $detail }

cli-export-wrote-fhir = FHIR R4 バンドルを書き出しました: { $path }
cli-export-wrote-summary = 印刷用サマリーを書き出しました: { $path }
cli-export-wrote-pdf = 印刷用サマリー（PDF）を書き出しました: { $path }

cli-feed-file-too-large = { $path } は { $mib } MiB を超えています。CSV・ニュース・お知らせ・フィードのファイルではありません。
cli-feed-not-utf8 = { $path } はUTF-8のテキストではありません。
cli-feed-no-runtime = 通信の準備ができませんでした: { $error }
cli-feed-serving = 配信中: http://{ $addr }/  （Ctrl-C で終了）
cli-feed-serving-url = アプリの feed_url: http://{ $addr }/feed.signed.json
cli-feed-no-city = 市区町村が選ばれていません。--city city.toml（または --sample）を指定するか、hagukumi city move --config city.toml で選んでください。
cli-feed-updated = お知らせを更新しました: { $added }件追加、{ $changed }件更新、{ $removed }件削除
cli-feed-for-you = あなたへのお知らせ: { $n }件（hagukumi notices）
cli-notice-marked-read = 既読にしました: { $title }
cli-notice-bookmarked = ブックマークしました: { $title }
cli-notice-unbookmarked = ブックマークを外しました: { $title }
cli-feed-archived-city = { $city }（{ $code }）  転出: { $left }
cli-notice-unread-mark = {"●"}{" "}
cli-notice-updated-mark = 更新{" "}
cli-feed-apply-by = 申請期限: { $date }
cli-notice-no-number = { $n }番のお知らせはありません（hagukumi notices に表示される番号は 1〜{ $count } です）。
cli-notice-no-item = 市のお知らせに「{ $given }」はありません。hagukumi notices に表示される番号を指定してください。
cli-weekday-mon = 月
cli-weekday-tue = 火
cli-weekday-wed = 水
cli-weekday-thu = 木
cli-weekday-fri = 金
cli-weekday-sat = 土
cli-weekday-sun = 日
cli-date-with-weekday = { $date }（{ $weekday }）
cli-date-range = { $from }〜{ $until }

cli-forms-when = YYYY-MM-DD（いつ） / yes / no
cli-forms-gestation = 週+日（例 39+2）
cli-forms-text = 文章（{ $max }文字まで）
cli-forms-photos = 写真（{ $max }枚まで）
cli-page-wrong-subject = 「{ $page }」はその対象のページではありません。
cli-page-own-command = 「{ $page }」は専用のコマンドで記録します（hagukumi { $command } add）。
cli-page-saved =
    「{ $page }」を記録しました
    ID: { $id }
cli-page-updated =
    「{ $page }」を更新しました
    ID: { $id }
cli-page-confirm-delete = { $date }の「{ $page }」を削除します。削除するには --yes を付けてください。

cli-share-created = 共有先「{ $name }」を作りました（ID: { $id }）
cli-share-exported = { $path } に「{ $name }」への共有ファイルを書きました（{ $kind }: 記録 { $records } 件、写真 { $photos } 枚）
cli-share-imported-share = 共有の記録を取り込みました: 新しい版 { $applied } 件、取り込み済み { $unchanged } 件、新しい写真 { $photos } 枚
cli-share-imported = { $who }の記録を取り込みました: 新しい版 { $applied } 件、取り込み済み { $unchanged } 件、新しい写真 { $photos } 枚
cli-share-imported-before = （このファイルは以前にも取り込んでいます。変更はありません）
cli-share-joined = この手帳は共有元のご家族の手帳になりました。
cli-share-to-view = 閲覧するには: hagukumi --data-dir { $dir } home
cli-share-deleted = 共有先の記録を削除しました（ID: { $id }）
cli-secret-line-too-long = { $path } の1行目が { $bytes } バイトを超えています。鍵やパスフレーズのファイルではありません。
cli-backup-no-passphrase = バックアップのパスフレーズを HAGUKUMI_PASSPHRASE か --passphrase-file FILE で指定してください（共有キーなら --key）。
cli-backup-created = { $path } にバックアップしました（記録 { $records } 件、写真 { $photos } 枚、{ $mb } MB）
cli-backup-rescued = { $path } に救出バックアップを書きました（記録 { $records } 件、写真 { $photos } 枚、読めなかった写真 { $lost } 枚）。hagukumi backup restore { $path } --replace で復元できます。
cli-backup-inspected = { $created } のバックアップ（はぐくみ { $version }）: { -child } { $children }、記録 { $records } 件、写真 { $photos } 枚
cli-backup-choice-needed = この手帳にはすでに記録があります。バックアップで置き換えるなら --replace、今の記録と統合するなら --merge を付けてください。何も変更していません。
cli-backup-restored = バックアップから復元しました（記録 { $records } 件、写真 { $photos } 枚）
cli-backup-merged = バックアップを統合しました（新しい版 { $applied } 件、変更なし { $unchanged } 件）

cli-photo-already-imported = （取り込み済み）
cli-photo-folder = 写真フォルダ: { $path }  （{ $n }枚）
cli-photo-removed = （削除しました）

cli-schedule-timing-standard = お知らせは標準的な接種期間に合わせます。
cli-schedule-timing-earliest = お知らせは受けられる最も早い日に合わせます。
cli-schedule-visits-title = 接種の予定（同時接種） { $version }（〜{ $until }）
cli-schedule-visit = 受診 { $n }: { $date }
cli-schedule-dose = { $vaccine } { $dose }回目
cli-schedule-voluntary = （任意・自費）
cli-schedule-recommended-window = 　標準的な時期 { $from }〜{ $until }
cli-schedule-earliest-rule = 　最短{ $earliest }：{ $rule }（出典：{ $source }）
cli-schedule-left-out = 注意：計画に含めなかった記録： { $message }
cli-schedule-title = { -vaccination }スケジュール { $version }
cli-date-from = { $from }〜
cli-date-until = 〜{ $until }
cli-reminders-none = { $days }日以内に予定はありません。

cli-city-config-saved = { $city }の設定を保存しました。
cli-city-already-following = すでに{ $city }のお知らせを受け取っています。何も変更していません。
cli-city-moved =
    { $from }から{ $to }に変更しました。
    { $from }のお知らせ{ $archived }件を保管しました（hagukumi notices --archived）。イベント・施設など{ $dropped }件は削除しました。記録はすべてそのままです。
    hagukumi feed sync で{ $to }のお知らせを取得します。
cli-city-name = { $name }（{ $code }）

cli-demo-sakura-yamada = 山田 さくら
cli-demo-chuo-ward = 中央区
cli-demo-sakura-women-s = さくらレディースクリニック
cli-demo-an-easy-birth = 安産でした。
cli-demo-hinata = ひなた
cli-demo-mild-gingivitis-brushing = 歯肉炎が少し。歯みがき指導。
cli-demo-minato-dental = みなと歯科
cli-demo-hidamari-pediatrics = ひだまり小児科
cli-demo-chuo-health-center = 中央保健センター
cli-demo-no-concerns = 異常なし。
cli-demo-no-concerns-hips = 異常なし。股関節の開きも良好。
cli-demo-no-concerns-solids = 異常なし。離乳食は順調。
cli-demo-gobik = ゴービック
cli-demo-prevenar-20 = プレベナー20
cli-demo-bimmugen = ビームゲン
cli-demo-japan-bcg-laboratory = 日本ビーシージー製造
cli-demo-mearubik = ミールビック
cli-demo-biken = ビケン
cli-demo-six-front-teeth = 上下の前歯6本。仕上げみがきを続けましょう。
cli-demo-heartbeat-seen-on = 胎児の心拍を確認。
cli-demo-due-date-moved = 超音波で予定日を2日修正。
cli-demo-trace-protein-drink = 尿蛋白±。水分をよくとるように。
cli-demo-breech-for-now = 逆子ぎみ。次回もう一度確認。
cli-demo-at-discharge = 退院時
cli-demo-midwife-s-home = 助産師の訪問
cli-demo-first-birthday = 1歳の誕生日
cli-demo-welcome-to-the = 生まれてきてくれてありがとう。小さな手がかわいい。
cli-demo-took-her-to = お宮参りに行った。よく眠っていた。
cli-demo-she-laughed-out = 声を出して笑うようになった！
cli-demo-started-solids-one = 離乳食スタート。10倍がゆをひとさじ。
cli-demo-she-crawls-after = ハイハイで後を追ってくる。夜泣きで寝不足。
cli-demo-first-birthday-one = 1歳の誕生日。一升餅を背負って一歩！
cli-demo-positive-pregnancy-test = 妊娠検査薬で陽性。ひなたがお姉ちゃんになる。
cli-demo-morning-sickness-is = つわりがつらい。ごはんの匂いがだめ。
cli-demo-felt-the-baby = 初めて胎動を感じた。
cli-demo-hinata-said-good = ひなたがお腹に「おはよう」と話しかけていた。
cli-demo-back-ache-getting = 腰が痛い。夜はひなたの寝かしつけで精一杯。
cli-demo-started-exercises-to = 逆子体操を始めた。

cli-feed-built =
    フィードを作成しました { $path }: お知らせ{ $notices }件、イベント{ $events }件、子育て施設{ $facilities }件、医療機関{ $clinics }件、支援制度{ $programmes }件
    作成日時: { $generated }
    署名した公開鍵: { $key }
cli-feed-verified = 署名を確認しました: { $city }（{ $code }）  { $generated }  { $entries }件（うち期限切れ{ $expired }件）
cli-forms-listed = （{ $fields }項目、{ $saves }）
cli-delivery-child = { -child } { $name }（{ $sex }）  { $weight }  ID: { $id }

cli-candidate-due = { -due-date } { $label }

cli-pregnancy-delivered = 出産 { $date }


cli-pregnancy-not-an-outcome = 「{ $text }」は記録できる終了の種類ではありません。流産（miscarriage）、死産（stillbirth）、人工妊娠中絶（termination）のいずれかを書いてください

cli-input-out-of-range = 「{ $value }」は範囲外です（{ $min }〜{ $max }）。

## ----- end of cli -----



## ===== cli-help =====
## The CLI's help: every command's and option's description (cli/src/help.rs).
## (end of the section's header)

# clap's own words: headings, the built-in flags, notes after a description.
cli-help-usage = 使い方:
cli-help-heading-commands = コマンド
cli-help-heading-arguments = 引数
cli-help-heading-options = オプション
cli-help-heading-global = 共通のオプション
cli-help-flag-help = ヘルプを表示します
    .summary = ヘルプを表示します（--help でくわしく）
    .long = ヘルプを表示します（-h で要約）
cli-help-flag-version = バージョンを表示します
cli-help-command-help = このメッセージ、または指定したコマンドのヘルプを表示します
cli-help-note-default = ［既定: { $value }］
cli-help-note-values = ［指定できる値: { $values }］
cli-help-note-env = ［環境変数: { $name }］
cli-help-note-aliases = ［別名: { $names }］
# One text after another: a note after a description, a sentence after a sentence.
cli-help-then = { $before }{ $after }
cli-help-error-line = エラー: { $message }
cli-help-error-lang = 「{ $value }」は言語ではありません。ja（日本語）か en（English）を指定してください。
cli-help-error-lang-env = 環境変数 HAGUKUMI_LANG の値「{ $value }」は言語ではありません。ja（日本語）か en（English）にするか、設定を外してください。
cli-help-error-unknown-argument = 「{ $arg }」という引数は使えません。
cli-help-error-did-you-mean = 「{ $suggestion }」のことですか？
cli-help-error-trailing = 「{ $arg }」を値として渡すには「-- { $arg }」と書いてください。
cli-help-error-unknown-command = 「{ $name }」というコマンドはありません。
cli-help-error-value-missing = 「{ $arg }」には値が必要ですが、指定されていません。
cli-help-error-invalid-value = 「{ $value }」は「{ $arg }」に指定できない値です。
cli-help-error-valid-values = 指定できる値: { $values }。
cli-help-error-in-option = { $arg }: { $message }
cli-help-error-not-a-whole-number = 「{ $value }」は整数ではありません。
cli-help-error-unreadable-value = 「{ $value }」を読み取れませんでした。
cli-help-error-unreadable-value-because = 「{ $value }」を読み取れませんでした（{ $detail }）。
cli-help-error-missing-arguments = 必要な引数が指定されていません: { $args }
cli-help-error-missing-command = 「{ $name }」にはコマンドの指定が必要です。
cli-help-error-valid-commands = 使えるコマンド: { $names }。
cli-help-error-no-equals = 「{ $arg }」の値は「=」でつないで指定してください。
cli-help-error-too-many-values = 「{ $arg }」に余分な値「{ $value }」があります。
cli-help-error-number-of-values = 「{ $arg }」には値が{ $expected }個必要ですが、{ $actual }個指定されています。
cli-help-error-repeated = 「{ $arg }」は一度しか指定できません。
cli-help-error-conflict-any = 「{ $arg }」は、指定したほかの引数と一緒には使えません。
cli-help-error-conflict = 「{ $arg }」と「{ $other }」は一緒には使えません。
cli-help-error-utf8 = 引数に UTF-8 として正しくない文字があります。
cli-help-error-other = コマンドラインを読み取れませんでした。
cli-help-error-more = くわしくは「{ $command } --help」を実行してください。

# Every command and argument: cli-help-cmd-<command path>[--<argument>] (cli/src/help.rs),
# checked against the real command tree by the tests in cli/src/help.rs.
cli-help-cmd = はぐくみ：ターミナルで使う電子母子手帳（{ -handbook }）です。
    .long =
        はぐくみ：ターミナルで使う電子母子手帳（{ -handbook }）です。

        記録はすべて一つのファイル DIR/handbook.sqlite3 に、写真は DIR/photos/ に保存されます。見本の家族は hagukumi demo で試せます。

        ID: 一覧に表示される短い ID（ID の末尾の16進数8桁）、完全な ID、または16進数8桁以上の一意な先頭部分か末尾を指定します。{ -child }や妊娠を指定するコマンドで、手帳に{ -child }が一人だけ（継続中の妊娠が一つだけ）なら、ID は省略できます。

        言語: --lang、なければ HAGUKUMI_LANG、なければロケール（LC_ALL、LC_MESSAGES、LANG）。どれも ja か en を指定していなければ日本語です。

        終了コード: 0 完了。2 入力を受け付けませんでした（何も書き込んでいません）。3 photo import で一部のファイルを取り込み、ほかは受け付けませんでした（それぞれ表示します）。1 そのほかの失敗。
cli-help-cmd--data-dir = 手帳のフォルダ（DIR/handbook.sqlite3）［既定: OS のデータフォルダ、例: ~/.local/share/hagukumi］
cli-help-cmd--lang = 出力・ヘルプ・エラーの言語: ja（日本語）または en（English）［既定: HAGUKUMI_LANG、なければロケール、どちらもなければ ja］
cli-help-cmd--json = テキストの代わりに JSON（保存した記録、一覧、まとめ）を出力します。エラーも JSON で出します
cli-help-cmd--today = 今日を日本時間のこの日付とみなします（見本やテストを再現するため）
cli-help-cmd-demo = データフォルダに見本の家族の手帳を作り、表示します
cli-help-cmd-demo--force = データフォルダにある手帳を置き換えます（その記録は失われます）
cli-help-cmd-home = ホーム画面: 妊娠、{ -child }ごとの月齢・年齢、最新の測定、次の{ -checkup-short }
cli-help-cmd-profile = { -mother }のプロフィール
cli-help-cmd-profile-set = { -mother }のプロフィールを入力・変更します。指定しなかった項目はそのままです
cli-help-cmd-profile-set--name = 氏名（初回は必須）
cli-help-cmd-profile-set--kana = ふりがな
cli-help-cmd-profile-set--birth-date = { -mother }の生年月日
cli-help-cmd-profile-set--blood-type = 血液型（検査の記録のとおり、例: "A Rh+"）
cli-help-cmd-profile-set--height = 身長（cm）
cli-help-cmd-profile-set--district = 地区
cli-help-cmd-profile-set--notes = メモ（自由記述）
cli-help-cmd-profile-show = { -mother }のプロフィールを表示します
cli-help-cmd-pregnancy = 妊娠
cli-help-cmd-pregnancy-add = 妊娠を追加します。{ -lmp }と超音波検査による{ -due-date }のどちらか、または両方で日付を決めます
cli-help-cmd-pregnancy-add--lmp = { -lmp }
cli-help-cmd-pregnancy-add--due = 超音波検査で決めた{ -due-date }（週数の計算では{ -lmp }より優先）
cli-help-cmd-pregnancy-add--fetuses = 胎児の数（双子なら 2）
cli-help-cmd-pregnancy-add--pre-weight = 妊娠前の体重（kg）
cli-help-cmd-pregnancy-add--notes = メモ（自由記述）
cli-help-cmd-pregnancy-list = 妊娠の一覧を新しい順に表示します
cli-help-cmd-pregnancy-show = 妊娠を表示します: { -due-date }、今日の{ -gestational-age }、最後の{ -checkup-short }、出産
cli-help-cmd-pregnancy-show--id = 妊娠の ID または一意な先頭部分（既定: 継続中のただ一つの妊娠）
cli-help-cmd-pregnancy-delete = 妊娠を、その{ -checkup-short }と出産の記録とともに削除します（{ -child }の記録は残ります）。--yes がなければ、削除されるものを示すだけです
cli-help-cmd-pregnancy-delete--id = 妊娠の ID または一意な先頭部分
cli-help-cmd-pregnancy-delete--yes = 確認せずに削除します（削除は取り消せません）
cli-help-cmd-pregnancy-end = 妊娠が流産・死産・人工妊娠中絶で終わったことを記録します。記録・{ -diary }・写真は残ります
cli-help-cmd-pregnancy-end--id = 妊娠の ID または一意な先頭部分
cli-help-cmd-pregnancy-end--outcome = miscarriage（流産）、stillbirth（死産）、termination（人工妊娠中絶）のいずれか
cli-help-cmd-pregnancy-end--date = 終わった日
cli-help-cmd-pregnancy-reopen = 誤って記録した pregnancy end を取り消します
cli-help-cmd-pregnancy-reopen--id = 妊娠の ID または一意な先頭部分
cli-help-cmd-prenatal = { -prenatal-checkup }
cli-help-cmd-prenatal-add = { -prenatal-checkup }を記録します
cli-help-cmd-prenatal-add--pregnancy = 妊娠の ID または一意な先頭部分（既定: 継続中のただ一つの妊娠）
cli-help-cmd-prenatal-add--date = { -checkup-short }の日付［既定: 今日］
cli-help-cmd-prenatal-add--weight = { -mother }の体重（kg）
cli-help-cmd-prenatal-add--bp = 血圧（最高/最低）
cli-help-cmd-prenatal-add--protein = 尿蛋白: -、±、+、2+、3+
cli-help-cmd-prenatal-add--glucose = 尿糖: -、±、+、2+、3+
cli-help-cmd-prenatal-add--fundal = 子宮底長（cm）
cli-help-cmd-prenatal-add--girth = 腹囲（cm）
cli-help-cmd-prenatal-add--oedema = 浮腫: -、+、++
cli-help-cmd-prenatal-add--clinic = 医療機関名
cli-help-cmd-prenatal-add--notes = メモ（自由記述）
cli-help-cmd-prenatal-add--next = 次回の受診日
cli-help-cmd-prenatal-add--force = その日の{ -checkup-short }がすでに記録されていても保存します
cli-help-cmd-prenatal-list = 妊娠中の{ -checkup-short }の一覧を古い順に表示します
cli-help-cmd-prenatal-list--pregnancy = 妊娠の ID または一意な先頭部分（既定: 継続中のただ一つの妊娠）
cli-help-cmd-prenatal-edit = { -prenatal-checkup }の記録を訂正します。指定した項目だけが変わります
cli-help-cmd-prenatal-edit--id = { -checkup-short }の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-prenatal-edit--date = { -checkup-short }の日付
cli-help-cmd-prenatal-edit--weight = { -mother }の体重（kg）
cli-help-cmd-prenatal-edit--bp = 血圧（最高/最低）
cli-help-cmd-prenatal-edit--protein = 尿蛋白: -、±、+、2+、3+
cli-help-cmd-prenatal-edit--glucose = 尿糖: -、±、+、2+、3+
cli-help-cmd-prenatal-edit--fundal = 子宮底長（cm）
cli-help-cmd-prenatal-edit--girth = 腹囲（cm）
cli-help-cmd-prenatal-edit--oedema = 浮腫: -、+、++
cli-help-cmd-prenatal-edit--clinic = 医療機関名
cli-help-cmd-prenatal-edit--notes = メモ（自由記述）
cli-help-cmd-prenatal-edit--next = 次回の受診日
cli-help-cmd-prenatal-edit--force = その日のほかの{ -checkup-short }が記録されていても保存します
cli-help-cmd-prenatal-delete = { -prenatal-checkup }の記録を削除します（--yes が必要）
cli-help-cmd-prenatal-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-prenatal-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-delivery = { -delivery-page }の記録。{ -child }の記録もここから作られます
cli-help-cmd-delivery-add = 出産を記録します。--baby ごとに{ -child }を一人作ります
cli-help-cmd-delivery-add--pregnancy = 妊娠の ID または一意な先頭部分（既定: 継続中のただ一つの妊娠）
cli-help-cmd-delivery-add--at = 出生の日時（最初に生まれた子）、日本時間
cli-help-cmd-delivery-add--ga = 出生時の{ -gestational-age }、例: 39w4d［既定: 妊娠の日付から計算］
cli-help-cmd-delivery-add--method = 分娩方法: vaginal（経腟分娩）、vacuum（吸引分娩）、forceps（鉗子分娩）、caesarean（帝王切開）
cli-help-cmd-delivery-add--presentation = 分娩経過: 頭位、骨盤位、その他（cephalic、breech、other）
cli-help-cmd-delivery-add--presentation-other = 分娩経過 その他（　）の内容（--presentation その他 とみなします）
cli-help-cmd-delivery-add--course-notes = 分娩経過 特記事項
cli-help-cmd-delivery-add--labor-duration = 分娩所要時間: 12時間30分、45分、12h30m、12:30 のように
cli-help-cmd-delivery-add--blood-loss = 分娩時の出血量（mL）
cli-help-cmd-delivery-add--blood-loss-grade = 出血量（様式の表記）: 少量、中量、多量（small、moderate、large）
cli-help-cmd-delivery-add--transfusion = 輸血（血液製剤含む）の有無: 無、有（no、yes）
cli-help-cmd-delivery-add--transfusion-detail = 輸血 有（　）の内容（--transfusion 有 とみなします）
cli-help-cmd-delivery-add--certificate = 証明: 出生証明書、死産証書（死胎検案書）、出生証明書及び死亡診断書（birth、stillbirth、birth_and_death）
cli-help-cmd-delivery-add--place = 出産の場所 名称
cli-help-cmd-delivery-add--attendant = 分娩取扱者 氏名 — 医師
cli-help-cmd-delivery-add--midwife = 分娩取扱者 氏名 — 助産師
cli-help-cmd-delivery-add--other-attendant = 分娩取扱者 氏名 — その他
cli-help-cmd-delivery-add--notes = メモ（自由記述）
cli-help-cmd-delivery-add--baby = 生まれた順に一人につき一つ: NAME:SEX[:WEIGHT_KG[:LENGTH_CM[:HEAD_CM]]]（体重はグラムでも可: 3020g）
cli-help-cmd-delivery-add--apgar = 1分後と5分後のアプガースコア、一人につき一つ、--baby と同じ順に: 8/9
cli-help-cmd-delivery-add--findings = 一人ずつの特別な所見・処置、--baby と同じ順に（なければ ""）。{ -child }の記録に残ります（訂正は child edit ID --birth-findings）
cli-help-cmd-delivery-list = すべての妊娠の出産の一覧を表示します
cli-help-cmd-delivery-edit = 出産の記録を訂正します。指定した項目だけが変わります（{ -child }それぞれのページは child edit で訂正します）
cli-help-cmd-delivery-edit--id = 出産の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-delivery-edit--at = 出生の日時（最初に生まれた子）、日本時間
cli-help-cmd-delivery-edit--ga = 出生時の{ -gestational-age }、例: 39w4d
cli-help-cmd-delivery-edit--method = 分娩方法: vaginal（経腟分娩）、vacuum（吸引分娩）、forceps（鉗子分娩）、caesarean（帝王切開）
cli-help-cmd-delivery-edit--presentation = 分娩経過: 頭位、骨盤位、その他（cephalic、breech、other）
cli-help-cmd-delivery-edit--presentation-other = 分娩経過 その他（　）の内容（--presentation その他 とみなします。"" で消去）
cli-help-cmd-delivery-edit--course-notes = 分娩経過 特記事項（"" で消去）
cli-help-cmd-delivery-edit--labor-duration = 分娩所要時間: 12時間30分、45分、12h30m、12:30 のように
cli-help-cmd-delivery-edit--blood-loss = 分娩時の出血量（mL）
cli-help-cmd-delivery-edit--blood-loss-grade = 出血量（様式の表記）: 少量、中量、多量（small、moderate、large）
cli-help-cmd-delivery-edit--transfusion = 輸血（血液製剤含む）の有無: 無、有（no、yes）
cli-help-cmd-delivery-edit--transfusion-detail = 輸血 有（　）の内容（--transfusion 有 とみなします。"" で消去）
cli-help-cmd-delivery-edit--certificate = 証明: 出生証明書、死産証書（死胎検案書）、出生証明書及び死亡診断書（birth、stillbirth、birth_and_death）
cli-help-cmd-delivery-edit--place = 出産の場所 名称（"" で消去）
cli-help-cmd-delivery-edit--attendant = 分娩取扱者 氏名 — 医師（"" で消去）
cli-help-cmd-delivery-edit--midwife = 分娩取扱者 氏名 — 助産師（"" で消去）
cli-help-cmd-delivery-edit--other-attendant = 分娩取扱者 氏名 — その他（"" で消去）
cli-help-cmd-delivery-edit--notes = メモ（自由記述、"" で消去）
cli-help-cmd-delivery-delete = 出産の記録を削除します（--yes が必要）。{ -child }の記録は残ります
cli-help-cmd-delivery-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-delivery-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-child = { -child }
cli-help-cmd-child-add = はぐくみを使う前に生まれた{ -child }を追加します（それ以外は delivery add を使います）
cli-help-cmd-child-add--name = { -child }の名前
cli-help-cmd-child-add--kana = ふりがな
cli-help-cmd-child-add--sex = male（男）または female（女）
cli-help-cmd-child-add--birth-date = 生年月日
cli-help-cmd-child-add--birth-order = 単胎は 1、双子などは 1、2、…（生まれた順）
cli-help-cmd-child-add--ga = 出生時の{ -gestational-age }、例: 39w4d（早産児の修正月齢に使います）
cli-help-cmd-child-add--birth-weight = 出生体重（kg、または g を付けてグラムで: 3020g）
cli-help-cmd-child-add--birth-length = 出生時の身長（cm）
cli-help-cmd-child-add--birth-head = 出生時の頭囲（cm）
cli-help-cmd-child-add--birth-chest = 出生時の胸囲（cm）
cli-help-cmd-child-add--apgar = 1分後と5分後のアプガースコア: 8/9
cli-help-cmd-child-add--birth-findings = 出生時（{ -delivery-page }）の特別な所見・処置（"" で消去）
cli-help-cmd-child-add--force = 同じ名前と生年月日の{ -child }がすでに手帳にいても保存します
cli-help-cmd-child-list = { -child }の一覧を年上から順に表示します
cli-help-cmd-child-show = { -child }のカード: 月齢・年齢、修正月齢、最新の測定、次の{ -checkup-short }
cli-help-cmd-child-show--id = { -child }の ID または一意な先頭部分（既定: ただ一人の{ -child }）
cli-help-cmd-child-edit = { -child }のページを訂正します。指定した項目だけが変わります
cli-help-cmd-child-edit--id = { -child }の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-child-edit--name = { -child }の名前
cli-help-cmd-child-edit--kana = ふりがな（"" で消去）
cli-help-cmd-child-edit--sex = male（男）または female（女）
cli-help-cmd-child-edit--birth-date = 生年月日
cli-help-cmd-child-edit--birth-order = 単胎は 1、双子などは 1、2、…（生まれた順）
cli-help-cmd-child-edit--ga = 出生時の{ -gestational-age }、例: 39w4d（早産児の修正月齢に使います）
cli-help-cmd-child-edit--birth-weight = 出生体重（kg、または g を付けてグラムで: 3020g）
cli-help-cmd-child-edit--birth-length = 出生時の身長（cm）
cli-help-cmd-child-edit--birth-head = 出生時の頭囲（cm）
cli-help-cmd-child-edit--birth-chest = 出生時の胸囲（cm）
cli-help-cmd-child-edit--apgar = 1分後と5分後のアプガースコア: 8/9
cli-help-cmd-child-edit--birth-findings = 出生時（{ -delivery-page }）の特別な所見・処置（"" で消去）
cli-help-cmd-child-edit--force = 同じ名前と生年月日のほかの{ -child }が手帳にいても保存します
cli-help-cmd-child-delete = { -child }と、その{ -child }についてのすべての記録を削除します（--yes が必要）
cli-help-cmd-child-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-child-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-growth = 身体測定
cli-help-cmd-growth-add = 測定を記録します（体重・身長・頭囲の少なくとも一つ）
cli-help-cmd-growth-add--child = { -child }の ID または一意な先頭部分（既定: ただ一人の{ -child }）
cli-help-cmd-growth-add--date = 測定日［既定: 今日］
cli-help-cmd-growth-add--weight = 体重（kg、または g を付けてグラムで）
cli-help-cmd-growth-add--length = 身長（cm）
cli-help-cmd-growth-add--position = 身長の測り方: recumbent（寝かせて）または standing（立って）
cli-help-cmd-growth-add--head = 頭囲（cm）
cli-help-cmd-growth-add--notes = メモ（自由記述、"" で消去）
cli-help-cmd-growth-add--force = その日の測定がすでにあっても保存します
cli-help-cmd-growth-list = { -child }の測定の一覧を古い順に表示します
cli-help-cmd-growth-list--child = { -child }の ID または一意な先頭部分（既定: ただ一人の{ -child }）
cli-help-cmd-growth-edit = 測定を訂正します。指定した項目だけが変わります
cli-help-cmd-growth-edit--id = 測定の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-growth-edit--child = この{ -child }の記録に移します（ID または先頭部分）
cli-help-cmd-growth-edit--date = 測定日
cli-help-cmd-growth-edit--weight = 体重（kg、または g を付けてグラムで）
cli-help-cmd-growth-edit--length = 身長（cm）
cli-help-cmd-growth-edit--position = 身長の測り方: recumbent（寝かせて）または standing（立って）
cli-help-cmd-growth-edit--head = 頭囲（cm）
cli-help-cmd-growth-edit--notes = メモ（自由記述、"" で消去）
cli-help-cmd-growth-edit--force = その日にほかの測定があっても保存します
cli-help-cmd-growth-delete = 測定を削除します（--yes が必要）
cli-help-cmd-growth-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-growth-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-growth-chart = { -growth-curve }のページ（帯と{ -child }の点）を SVG または PNG ファイルに描きます
cli-help-cmd-growth-chart--child = { -child }（省略するとただ一人の{ -child }）
cli-help-cmd-growth-chart--indicator = weight（体重）、length（身長）、head（頭囲）、bmi、weight-for-length（身長に対する体重）のいずれか
cli-help-cmd-growth-chart--standard = 基準: japan2023（令和5年乳幼児身体発育調査、紙の手帳と同じ）または who［既定: 体重・身長・頭囲は japan2023、bmi と weight-for-length は who（調査が公表していないため）］
cli-help-cmd-growth-chart--out = 出力ファイル（.svg または .png）
cli-help-cmd-growth-assess = 一回の測定の位置を示します（手帳は不要）: 帯、パーセンタイル、z
cli-help-cmd-growth-assess--sex = male（男）または female（女）
cli-help-cmd-growth-assess--birth = 生年月日
cli-help-cmd-growth-assess--date = 測定日
cli-help-cmd-growth-assess--weight = 体重（kg、または g を付けてグラムで）
cli-help-cmd-growth-assess--length = 身長（cm）
cli-help-cmd-growth-assess--position = 身長の測り方: lying（寝かせて）または standing（立って）
cli-help-cmd-growth-assess--head = 頭囲（cm）
cli-help-cmd-growth-assess--ga = 出生時の{ -gestational-age }、例: 35+2（2歳まで修正月齢で評価します）
cli-help-cmd-growth-assess--standard = japan2023 または who［既定: 体重・身長・頭囲は japan2023、BMI と weight-for-length は who］
cli-help-cmd-growth-survey = 自治体の健診 CSV を WHO Anthro のように評価します（z スコア、フラグ、日本の帯）
cli-help-cmd-growth-survey--input = 健診 CSV: id, sex, birth_date, date, weight_kg, length_cm, measure, head_cm（または 番号, 性別, 生年月日, 測定日, 体重, 身長, 測定方法, 頭囲。性別は 1/2、m/f、男/女、測定方法は l/h。UTF-8 または Shift_JIS）
cli-help-cmd-growth-survey--out = 評価した CSV（UTF-8）の書き出し先
cli-help-cmd-growth-survey--report = 年齢区分ごとの割合をグラフ付きの HTML レポートにも書き出します
cli-help-cmd-checkup = { -infant-checkup }: 保護者の記録と医療機関の記録を、質問の ID で
cli-help-cmd-checkup-add = { -infant-checkup }のページを記録します: 保護者の回答と医療機関の欄を ID で
cli-help-cmd-checkup-add--child = { -child }の ID または一意な先頭部分（既定: ただ一人の{ -child }）
cli-help-cmd-checkup-add--kind = どの{ -checkup-short }か: 2w、1m、2m、3-4m、6-7m、9-10m、1y、18m、2y、3y、4y、5y、6y（または 1か月、3〜4か月、1歳6か月 …）
cli-help-cmd-checkup-add--date = { -checkup-short }の日付［既定: 今日］
cli-help-cmd-checkup-add--answer = 質問の ID ごとの回答、繰り返し可: "ID=yes"、"ID=no"、"ID=YYYY-MM-DD"（いつ）、数値、選択肢、文（ID は hagukumi checkup questions --kind KIND で）
cli-help-cmd-checkup-add--stool-color = その日に見た便色カードの番号（1〜7）。1〜3 はすぐに医師の診察が必要です（手帳の{ -stool-color-record }に保存します）
cli-help-cmd-checkup-add--findings = 医師・歯科医師の所見
cli-help-cmd-checkup-add--clinic = 医療機関名
cli-help-cmd-checkup-add--notes = メモ（自由記述、"" で消去）
cli-help-cmd-checkup-add--force = このページ、またはその日の{ -checkup-short }がすでに記録されていても保存します
cli-help-cmd-checkup-list = { -child }の{ -checkup-short }の一覧を古い順に表示します
cli-help-cmd-checkup-list--child = { -child }の ID または一意な先頭部分（既定: ただ一人の{ -child }）
cli-help-cmd-checkup-edit = { -checkup-short }のページを訂正します。指定した項目だけが変わります
cli-help-cmd-checkup-edit--id = { -checkup-short }の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-checkup-edit--kind = どの{ -checkup-short }か: 2w、1m、2m、3-4m、6-7m、9-10m、1y、18m、2y、3y、4y、5y、6y
cli-help-cmd-checkup-edit--date = { -checkup-short }の日付
cli-help-cmd-checkup-edit--answer = 質問の ID ごとの回答、繰り返し可: "ID=yes"、"ID=no"、"ID=YYYY-MM-DD"（いつ）、数値、選択肢、文（ID は hagukumi checkup questions --kind KIND で）（指定した質問の回答を置き換えます。ID=- で一つ消去）
cli-help-cmd-checkup-edit--stool-color = その日に見た便色カードの番号（1〜7）。1〜3 はすぐに医師の診察が必要です（手帳の{ -stool-color-record }に保存します）
cli-help-cmd-checkup-edit--findings = 医師・歯科医師の所見
cli-help-cmd-checkup-edit--clinic = 医療機関名
cli-help-cmd-checkup-edit--notes = メモ（自由記述、"" で消去）
cli-help-cmd-checkup-edit--force = このページ、またはその日のほかの{ -checkup-short }が記録されていても保存します
cli-help-cmd-checkup-delete = { -checkup-short }のページを削除します（--yes が必要）
cli-help-cmd-checkup-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-checkup-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-checkup-questions = { -checkup-short }のページの質問と欄を、ID と回答の形式とともに表示します
cli-help-cmd-checkup-questions--kind = どの{ -checkup-short }のページか: 2w、1m、2m、3-4m、6-7m、9-10m、1y、18m、2y、3y、4y、5y、6y
cli-help-cmd-vaccination = { -vaccination }
cli-help-cmd-vaccination-add = { -vaccination }を一回分記録します
cli-help-cmd-vaccination-add--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-vaccination-add--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-vaccination-add--vaccine = ワクチンのコード: hepb、rotavirus、dpt_ipv_hib、dpt_ipv、hib、pcv、bcg、mr、varicella、je、dt、hpv、mumps、influenza、rsv_maternal（妊娠中）
cli-help-cmd-vaccination-add--dose = シリーズの中の回数（MR 1期 = 1、2期 = 2）
cli-help-cmd-vaccination-add--date = 接種日［既定: 今日］
cli-help-cmd-vaccination-add--brand = シールのとおりのワクチン名またはメーカー（ロタウイルス: rotarix または rotateq）
cli-help-cmd-vaccination-add--lot = ロット番号
cli-help-cmd-vaccination-add--clinic = 医療機関名
cli-help-cmd-vaccination-add--notes = メモ（自由記述、"" で消去）
cli-help-cmd-vaccination-add--force = このワクチンのこの回がすでに記録されていても保存します
cli-help-cmd-vaccination-list = 接種した{ -vaccination }の一覧を古い順に表示します（既定: ただ一人の{ -child }）
cli-help-cmd-vaccination-list--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-vaccination-list--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-vaccination-edit = { -vaccination }の記録を訂正します。指定した項目だけが変わります
cli-help-cmd-vaccination-edit--id = { -vaccination }の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-vaccination-edit--vaccine = ワクチンのコード（add と同じ）
cli-help-cmd-vaccination-edit--dose = シリーズの中の回数
cli-help-cmd-vaccination-edit--date = 接種日
cli-help-cmd-vaccination-edit--brand = シールのとおりのワクチン名またはメーカー（ロタウイルス: rotarix または rotateq）
cli-help-cmd-vaccination-edit--lot = ロット番号
cli-help-cmd-vaccination-edit--clinic = 医療機関名
cli-help-cmd-vaccination-edit--notes = メモ（自由記述、"" で消去）
cli-help-cmd-vaccination-edit--force = このワクチンのこの回がほかの記録にあっても保存します
cli-help-cmd-vaccination-delete = { -vaccination }の記録を削除します（--yes が必要）
cli-help-cmd-vaccination-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-vaccination-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-dental = { -child }または妊娠中の歯科健診
cli-help-cmd-dental-add = { -child }の、または妊娠中の{ -mother }の歯科健診を記録します
cli-help-cmd-dental-add--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-dental-add--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-dental-add--date = { -checkup-short }の日付［既定: 今日］
cli-help-cmd-dental-add--teeth = 生えている歯の数
cli-help-cmd-dental-add--caries = むし歯の数
cli-help-cmd-dental-add--findings = 医師・歯科医師の所見（"" で消去）
cli-help-cmd-dental-add--clinic = 医療機関名
cli-help-cmd-dental-add--fluoride = フッ化物を塗布した
cli-help-cmd-dental-add--force = その日の歯科健診がすでに記録されていても保存します
cli-help-cmd-dental-list = 歯科健診の一覧を古い順に表示します
cli-help-cmd-dental-list--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-dental-list--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-dental-edit = 歯科健診を訂正します。指定した項目だけが変わります
cli-help-cmd-dental-edit--id = 歯科健診の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-dental-edit--date = { -checkup-short }の日付
cli-help-cmd-dental-edit--teeth = 生えている歯の数
cli-help-cmd-dental-edit--caries = むし歯の数
cli-help-cmd-dental-edit--findings = 医師・歯科医師の所見（"" で消去）
cli-help-cmd-dental-edit--clinic = 医療機関名
cli-help-cmd-dental-edit--fluoride = フッ化物を塗布した
cli-help-cmd-dental-edit--no-fluoride = フッ化物を塗布しなかった
cli-help-cmd-dental-edit--force = その日のほかの歯科健診が記録されていても保存します
cli-help-cmd-dental-delete = 歯科健診を削除します（--yes が必要）
cli-help-cmd-dental-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-dental-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-diary = 妊娠、{ -child }、または複数についての{ -diary }
cli-help-cmd-diary-add = { -diary }を書きます
cli-help-cmd-diary-add--text = { -diary }の本文
cli-help-cmd-diary-add--child = この{ -child }について。双子なら繰り返します（値なしならただ一人の{ -child }）
cli-help-cmd-diary-add--pregnancy = この妊娠について（値なしなら継続中の妊娠）
cli-help-cmd-diary-add--date = 書いた日［既定: 今日］
cli-help-cmd-diary-add--mood = happy（うれしい）、calm（おだやか）、tired（つかれた）、worried（心配）、unwell（体調不良）のいずれか
cli-help-cmd-diary-add--photo = 写真の参照（繰り返し可）
cli-help-cmd-diary-add--force = 同じ文がその日の{ -diary }にすでにあっても保存します
cli-help-cmd-diary-list = { -child }または妊娠についての{ -diary }の一覧を新しい順に表示します
cli-help-cmd-diary-list--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-diary-list--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-diary-edit = { -diary }を訂正します。指定した項目だけが変わります
cli-help-cmd-diary-edit--id = { -diary }の ID（一覧の短い ID、完全な ID、または一意な先頭部分）
cli-help-cmd-diary-edit--text = { -diary }の本文
cli-help-cmd-diary-edit--child = この{ -child }について。双子なら繰り返します（値なしならただ一人の{ -child }）
cli-help-cmd-diary-edit--pregnancy = この妊娠について（値なしなら継続中の妊娠）
cli-help-cmd-diary-edit--date = 書いた日
cli-help-cmd-diary-edit--mood = happy（うれしい）、calm（おだやか）、tired（つかれた）、worried（心配）、unwell（体調不良）のいずれか
cli-help-cmd-diary-edit--photo = 写真の参照（繰り返し可）
cli-help-cmd-diary-edit--force = 同じ文がその日のほかの{ -diary }にあっても保存します
cli-help-cmd-diary-delete = { -diary }を削除します（--yes が必要）。ほかの{ -diary }が使っていない写真も削除します
cli-help-cmd-diary-delete--id = 一覧の短い ID、完全な ID、または一意な先頭部分
cli-help-cmd-diary-delete--yes = 本当に削除します（付けなければ、削除されるものを示すだけです）
cli-help-cmd-photo = 写真: 取り込み、一覧、写真フォルダの確認
cli-help-cmd-photo-import = JPEG、PNG、WebP の写真を、向きを直しメタデータを除いて取り込みます（HEIC は先に JPEG に変換してください）。--entry を付けると{ -diary }に添えます
cli-help-cmd-photo-import--files = 写真ファイル（この順に取り込みます）
cli-help-cmd-photo-import--entry = この{ -diary }に写真を添えます（ID または一意な先頭部分）
cli-help-cmd-photo-list = 保存した写真の一覧を撮影日の新しい順に表示します
cli-help-cmd-photo-check = 写真フォルダと手帳を照合します: 不要なファイル、足りないファイル
cli-help-cmd-photo-check--repair = 不要なファイルを削除し、足りないサムネイルを作り直します
cli-help-cmd-timeline = { -child }または妊娠についてのすべての記録を、新しい順に1ページずつ表示します
cli-help-cmd-timeline--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-timeline--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-timeline--limit = 1ページの件数（最大 200）
cli-help-cmd-timeline--cursor = 前のページの続きから: そのページが表示したカーソル
cli-help-cmd-check = 手帳のファイルの整合性を確認し、スキーマのバージョンを表示します
cli-help-cmd-schedule = { -child }の予防接種スケジュール: 手帳から（--child）、または任意の生年月日と接種済みの回から（--birth、--dose）
cli-help-cmd-schedule--birth = 手帳にいない{ -child }の生年月日（接種済みの回は --dose で）
cli-help-cmd-schedule--sex = その{ -child }の性別（HPV の定期接種は女の子が対象）
cli-help-cmd-schedule--dose = 接種済みの回: CODE:N:YYYY-MM-DD[:BRAND]、例: rotavirus:1:2026-06-01:rotarix（繰り返し可）
cli-help-cmd-schedule--child = 手帳の{ -child }（省略するとただ一人の{ -child }）
cli-help-cmd-schedule--visits = これから1年の受診の予定（同時接種）を立てます
cli-help-cmd-schedule--timing = --birth のとき: 標準的な接種期間で（standard、既定）または最も早い時期で（earliest）計画します。手帳では保存した設定（--set-timing）を使います
cli-help-cmd-schedule--set-timing = 手帳のお知らせの時期（standard または earliest）を保存してから、予定を表示します
cli-help-cmd-reminders = すべての{ -child }と妊娠について、近く時期が来る{ -vaccination }と{ -checkup-short }
cli-help-cmd-reminders--days = 何日先まで見るか
cli-help-cmd-feed = 自治体の情報フィード: sync（家族向け）、keygen・build・check・serve（自治体職員向け）
cli-help-cmd-feed-keygen = 新しい署名鍵を作ります（自治体職員向け）: DIR/feed-signing.key とその公開鍵
cli-help-cmd-feed-keygen--out = 鍵ファイルを書き出すフォルダ
cli-help-cmd-feed-build = オープンデータの CSV、RSS/Atom、お知らせの TOML ファイルから署名付きフィードを作ります
cli-help-cmd-feed-build--city = 自治体の設定（コード、名前。その feed_url がフィードに入ります）
cli-help-cmd-feed-build--key = feed keygen で作った署名鍵
cli-help-cmd-feed-build--notices = 職員が編集するお知らせ（と支援制度）のファイル（TOML）
cli-help-cmd-feed-build--events = イベント一覧 CSV（UTF-8、BOM 付き UTF-8、Shift_JIS）
cli-help-cmd-feed-build--facilities = 子育て施設一覧 CSV
cli-help-cmd-feed-build--medical = 医療機関一覧 CSV
cli-help-cmd-feed-build--news = 自治体のニュースフィード（RSS 1.0、RSS 2.0、Atom、JSON Feed）
cli-help-cmd-feed-build--out = feed.signed.json（アプリが取得するもの）と feed.json（読む用）を書き出すフォルダ
cli-help-cmd-feed-check = 署名付きフィードを検証し、家族の段階ごとに何が見えるかを表示します
cli-help-cmd-feed-check--file = 署名付きフィードのファイル［既定: 同梱の見本の市のもの］
cli-help-cmd-feed-check--city = 固定した鍵を含む自治体の設定［既定: 見本の市のもの］
cli-help-cmd-feed-check--weeks = 妊娠 N 週（満）の場合を表示します（繰り返し可。既定の6つの段階の代わりに）
cli-help-cmd-feed-check--months = 生後 N か月（満）の{ -child }の場合を表示します（繰り返し可）
cli-help-cmd-feed-check--days = 生後 N 日の{ -child }の場合を表示します（繰り返し可）
cli-help-cmd-feed-check--html = 表示内容を HTML ページにも書き出します: 段階を並べたものと、点検結果
cli-help-cmd-feed-serve = フィードのフォルダを 127.0.0.1 で ETag と Last-Modified 付きで配信します（テスト用）
cli-help-cmd-feed-serve--dir = feed.signed.json のあるフォルダ
cli-help-cmd-feed-serve--port = 待ち受けるポート番号
cli-help-cmd-feed-sync = 自治体のフィードを取得して手帳に反映します
cli-help-cmd-feed-sync--city = 自治体の設定（フィードの URL と固定した鍵）［既定: hagukumi city move で選んだ市区町村］
cli-help-cmd-feed-sync--sample = 同梱の見本の市のフィードを反映します（ネットワークは使いません）
cli-help-cmd-notices = この家族への自治体からのお知らせ。それぞれ表示される理由付き
cli-help-cmd-notices--read = このお知らせを既読にします: 一覧の番号（または --json の ID）
cli-help-cmd-notices--bookmark = このお知らせをブックマークします: 一覧の番号（または ID）
cli-help-cmd-notices--unbookmark = このお知らせのブックマークを外します: 一覧の番号（または ID）
cli-help-cmd-notices--directory = 代わりに自治体の子育て施設と医療機関の一覧を表示します
cli-help-cmd-notices--archived = 代わりに、転出した市区町村のお知らせの一覧を表示します
cli-help-cmd-share = もう一人の親や祖父母と記録を共有します（エンドツーエンド暗号化）
cli-help-cmd-share-create = 共有を作り、その鍵を表示します: 祖父母向け（読むだけ、{ -child }一人または妊娠一つ）、または --co-parent でもう一人の親向け（すべて、双方向）
cli-help-cmd-share-create--name = 相手の呼び名（"おばあちゃん" など）
cli-help-cmd-share-create--co-parent = もう一人の親向け: 手帳全体を双方向で統合します
cli-help-cmd-share-create--child = この{ -child }を共有します（ID または一意な先頭部分。ID がなければただ一人の{ -child }）［--pregnancy も --co-parent もないときの既定］
cli-help-cmd-share-create--pregnancy = この妊娠を共有します（ID または一意な先頭部分。ID がなければ継続中の妊娠）
cli-help-cmd-share-list = 共有の一覧: 鍵と、それぞれ最後に書き出した日時
cli-help-cmd-share-export = 共有の次の束を書き出します: 前回の書き出しから変わったもの（--full ならすべて）
cli-help-cmd-share-export--share = 共有（ID の先頭部分または名前）
cli-help-cmd-share-export--out = 束の書き出し先［既定: <name>-<date>.hagukumi-share］
cli-help-cmd-share-export--full = 前回の書き出しからの変更分だけでなく、範囲内のすべて
cli-help-cmd-share-import = 束を取り込みます: もう一人の親のものはこの手帳に、祖父母向けのものは閲覧用に
cli-help-cmd-share-import--file = 束のファイル
cli-help-cmd-share-import--key = 家族から受け取った共有鍵（share create が表示したもの）。- なら標準入力から読みます。ここに書いた鍵は、コマンドの実行中、同じマシンのほかの利用者から見えます: --key-file か - を使ってください
cli-help-cmd-share-import--key-file = 共有鍵をこのファイルの1行目から読みます
cli-help-cmd-share-views = ここに保存しているほかの家族の閲覧用の手帳（その家族の共有から）
cli-help-cmd-share-remove = 共有を削除します
cli-help-cmd-share-remove--share = 共有（ID の先頭部分または名前）
cli-help-cmd-backup = 手帳全体を暗号化した一つのファイルにバックアップ、またはそこから復元します
cli-help-cmd-backup-create = 手帳全体（記録と写真）を暗号化した一つのファイルにバックアップします
cli-help-cmd-backup-create--out = 書き出すバックアップファイル
cli-help-cmd-backup-create--passphrase-file = パスフレーズをこのファイルの1行目から読みます［既定: 環境変数 HAGUKUMI_PASSPHRASE］
cli-help-cmd-backup-create--key = パスフレーズの代わりに共有鍵を使います。- なら標準入力から読みます。ここに書いた鍵は、コマンドの実行中、同じマシンのほかの利用者から見えます: --key-file か - を使ってください
cli-help-cmd-backup-create--key-file = パスフレーズの代わりに、このファイルの1行目の共有鍵を使います
cli-help-cmd-backup-create--rescue = 手帳が壊れているとき: まだ読めるものを表ごと・行ごとにすべて保存します（ほかのバックアップと同じく backup restore で復元します）
cli-help-cmd-backup-inspect = バックアップの鍵を確認し、復元せずに中身を表示します
cli-help-cmd-backup-inspect--file = バックアップファイル
cli-help-cmd-backup-inspect--passphrase-file = パスフレーズをこのファイルの1行目から読みます［既定: 環境変数 HAGUKUMI_PASSPHRASE］
cli-help-cmd-backup-inspect--key = パスフレーズの代わりに共有鍵を使います。- なら標準入力から読みます。ここに書いた鍵は、コマンドの実行中、同じマシンのほかの利用者から見えます: --key-file か - を使ってください
cli-help-cmd-backup-inspect--key-file = パスフレーズの代わりに、このファイルの1行目の共有鍵を使います
cli-help-cmd-backup-restore = バックアップを復元します。この手帳に記録があれば --replace か --merge を選びます
cli-help-cmd-backup-restore--file = バックアップファイル
cli-help-cmd-backup-restore--passphrase-file = パスフレーズをこのファイルの1行目から読みます［既定: 環境変数 HAGUKUMI_PASSPHRASE］
cli-help-cmd-backup-restore--key = パスフレーズの代わりに共有鍵を使います。- なら標準入力から読みます。ここに書いた鍵は、コマンドの実行中、同じマシンのほかの利用者から見えます: --key-file か - を使ってください
cli-help-cmd-backup-restore--key-file = パスフレーズの代わりに、このファイルの1行目の共有鍵を使います
cli-help-cmd-backup-restore--replace = この手帳の記録と写真をバックアップのもので置き換えます
cli-help-cmd-backup-restore--merge = バックアップをこの手帳に統合します（記録ごとに新しい版を残します）
cli-help-cmd-export = { -child }の記録をほかの人に渡す形で: FHIR R4 バンドル、または印刷用の HTML のまとめ
cli-help-cmd-export-fhir = FHIR R4 バンドル（JSON）: { -child }、測定（LOINC）、{ -vaccination }（確かな場合は CVX）、{ -infant-checkup }
cli-help-cmd-export-fhir--child = { -child }（省略するとただ一人の{ -child }）
cli-help-cmd-export-fhir--out = 標準出力の代わりにこのファイルに書き出します
cli-help-cmd-export-html = 印刷用のまとめ（単独の HTML、A4）を --lang の言語で: プロフィール、出生、WHO の z スコアとグラフ付きの発育、{ -vaccination }と予定、{ -checkup-short }
cli-help-cmd-export-html--child = { -child }（省略するとただ一人の{ -child }）
cli-help-cmd-export-html--out = 標準出力の代わりにこのファイルに書き出します
cli-help-cmd-export-pdf = 印刷用のまとめを PDF（A4）で。ヘッドレスの Chromium か Chrome で印刷します（PATH にない場合は HAGUKUMI_CHROMIUM にそのパスを設定してください）
cli-help-cmd-export-pdf--child = { -child }（省略するとただ一人の{ -child }）
cli-help-cmd-export-pdf--out = 書き出す PDF ファイル
cli-help-cmd-forms = 手帳のページをフォームとして: ID、欄、それぞれが受け付ける回答（アプリが描くもの）
cli-help-cmd-forms-show = 一つのフォームのすべての欄: ID、種類、範囲、選択肢、記入する人
cli-help-cmd-forms-show--id = フォームの ID（hagukumi forms の一覧のとおり）
cli-help-cmd-forms-sources = フォームが引用している出典
cli-help-cmd-page = 手帳のほかのページ: 検査、新生児期、産後、パートナー、便色
cli-help-cmd-page-add = ページを記入します: hagukumi page add hearing_screen --answer method=aabr --answer right=pass …
cli-help-cmd-page-add--page = ページの ID（hagukumi forms で一覧できます）
cli-help-cmd-page-add--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-page-add--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-page-add--answer = 欄の ID ごとの回答、繰り返し可: ID=VALUE（hagukumi forms show PAGE で確認）
cli-help-cmd-page-add--force = このページがすでに記録されていても保存します（その日に、または{ -child }ごとに一回のページ）
cli-help-cmd-page-list = 記入したページ（一つのページ ID、またはすべて）の一覧: { -child }、妊娠、または家族について
cli-help-cmd-page-list--page = このページだけ
cli-help-cmd-page-list--child = この{ -child }について（ID または先頭部分。値なしならただ一人の{ -child }）
cli-help-cmd-page-list--pregnancy = この妊娠について（ID または先頭部分。値なしなら継続中の妊娠）
cli-help-cmd-page-list--family = 家族のページ（パートナーのもの）
cli-help-cmd-page-edit = 記入したページの回答を変更します（指定した回答だけが変わります。ID=- で一つ消去）
cli-help-cmd-page-edit--id = 記入したページの ID、またはその先頭の16進数8桁
cli-help-cmd-page-edit--answer = 欄の ID ごとの新しい回答、繰り返し可: ID=VALUE（ID=- で一つ消去）
cli-help-cmd-page-edit--force = 変更後にほかの記録済みのページと同じに見えても保存します
cli-help-cmd-page-delete = 記入したページを削除します（--yes が必要）
cli-help-cmd-page-delete--id = 記入したページの ID、またはその先頭の16進数8桁
cli-help-cmd-page-delete--yes = 本当に削除します
cli-help-cmd-city = この手帳がフィードを受け取る市区町村: 表示、またはほかの市区町村への転居
cli-help-cmd-city-show = この手帳が受け取っている市区町村を表示します（フィードの URL と固定した鍵）
cli-help-cmd-city-move = これからはほかの市区町村のフィードを受け取ります: 前の市区町村のお知らせは保管され、手帳の記録はすべて残ります
cli-help-cmd-city-move--config = 新しい市区町村の設定（city.toml: code, name, feed_url, public_keys）
cli-help-cmd-city-move--sample = 同梱の見本の市（こもれび市）

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
form-pregnancy--lmp = { -lmp }
form-pregnancy--ultrasound_due_date = { -due-date }
    .help = 医師が超音波検査で決めた予定日があれば、そちらを入れてください。
form-pregnancy--fetuses = 胎児の数
form-pregnancy--pre_pregnancy_weight_kg = 妊娠前の体重
    .unit = kg
form-pregnancy--notes = メモ

## prenatal_checkup (records.toml)

form-prenatal_checkup = { -pregnancy-course }
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

form-delivery = { -delivery-page }
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

form-vaccination = { -vaccination-record }
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

form-diary = { -diary }
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

form-maternal_tests = { -test-record }
form-maternal_tests--section-tests = { -test-record }
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
form-maternal_tests_other--section-test = { -test-record }
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

form-postpartum_checkup = { -postpartum-checkup }
form-postpartum_checkup--section-checkup = { -postpartum-checkup }
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
form-metabolic_screen--section-test = { -test-record }
form-metabolic_screen--remarks = 備考
    .help = ※検査結果を記録する場合は、保護者に説明し同意を得ること。

## hearing_screen (child-pages.toml)

form-hearing_screen = 検査の記録（新生児聴覚検査）
form-hearing_screen--section-test = { -test-record }
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

form-stool_color = { -stool-color-record }
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
