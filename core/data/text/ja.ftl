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
