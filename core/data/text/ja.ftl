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
