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

cli-error-bad-cursor = タイムラインの位置「{ $cursor }」が正しくありません。--cursor を付けずに最初のページから表示してください。
cli-error-feed = { $message }（{ $detail }）
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

## ----- end of cli -----



## ===== cli-help =====
## The CLI's help: every command's and option's description (cli/src/help.rs).
## (end of the section's header)

## ----- end of cli-help -----



## ===== app =====
## Sentences the apps' shared modules compute (android/handbook, ios/HandbookKit) through `format`.
## (end of the section's header)

## ----- end of app -----
