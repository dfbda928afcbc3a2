package org.hagukumi.handbook.app

import java.time.Instant
import java.time.ZoneId
import java.util.Locale
import org.hagukumi.core.ChildRecord
import org.hagukumi.core.Lang
import org.hagukumi.core.RestoreMode
import org.hagukumi.core.ShareRole
import org.hagukumi.core.WeightGain
import org.hagukumi.core.MoveReport
import org.hagukumi.core.PhotoCheck
import org.hagukumi.core.RescueReport
import org.hagukumi.core.RestoreReport
import org.hagukumi.core.ShareImport
import org.hagukumi.core.ShareScope

/*
 * The app's own sentences about what an action did (the core words every record,
 * reason and error; these only put its report's numbers into a line). Plain Kotlin, so
 * they are tested on the JVM; the Compose files only draw them.
 */

/** Picks the Japanese or English text of the app's own chrome (buttons, headings). */
fun Lang.t(ja: String, en: String): String = if (this == Lang.JA) ja else en

/** The day of an RFC 3339 timestamp on the phone's calendar; the text itself if it is not one. */
fun localDay(timestamp: String, zone: ZoneId = ZoneId.systemDefault()): String =
    runCatching { Instant.parse(timestamp).atZone(zone).toLocalDate().toString() }.getOrDefault(timestamp)

fun importSummary(r: ShareImport, lang: Lang): String = when {
    r.alreadyImported -> lang.t("このファイルは取り込み済みです。", "This file was already imported.")
    r.joined -> lang.t(
        "家族の手帳に参加しました（記録${r.applied}件・写真${r.photosAdded}枚）。",
        "Joined the family's handbook (${r.applied} records, ${r.photosAdded} photos).",
    )
    else -> lang.t(
        "記録${r.applied}件・写真${r.photosAdded}枚を取り込みました。",
        "Imported ${r.applied} records and ${r.photosAdded} photos.",
    )
}

fun restoreSummary(r: RestoreReport, lang: Lang): String = when (r.mode) {
    RestoreMode.REPLACE -> lang.t(
        "バックアップから復元しました（記録${r.records}件・写真${r.photos}枚）。",
        "Restored from the backup (${r.records} records, ${r.photos} photos).",
    )
    RestoreMode.MERGE -> lang.t(
        "バックアップを統合しました（更新${r.merged?.applied ?: 0u}件・変更なし${r.merged?.unchanged ?: 0u}件）。",
        "Merged the backup (${r.merged?.applied ?: 0u} updated, ${r.merged?.unchanged ?: 0u} already there).",
    )
}

/** What a rescue backup saved and lost, and what to do next. */
fun rescueSummary(r: RescueReport, lang: Lang): String {
    val saved = r.tables.sumOf { it.saved.toLong() }
    // `lost` is null when the core could not count a table's rows: then it is not added.
    val lost = r.tables.sumOf { it.lost?.toLong() ?: 0L }
    val uncounted = r.tables.any { it.lost == null }
    val more = if (uncounted) lang.t("以上", "+") else ""
    return lang.t(
        "救出バックアップを作りました: ${saved}件を保存、読めなかった記録 $lost${more}件、写真 ${r.photosLost}枚。このファイルを保存し、「バックアップから復元」で戻してください。",
        "Rescue backup made: $saved records saved, $lost$more unreadable, ${r.photosLost} photos lost. Save this file, then use \"Restore from a backup\".",
    )
}

fun moveSummary(r: MoveReport, lang: Lang): String = when {
    r.moved -> lang.t(
        "${r.from?.name}から${r.to.name}に変更しました。お知らせ${r.archivedNotices}件を保管しました。",
        "Moved from ${r.from?.name} to ${r.to.name}. Archived ${r.archivedNotices} notices.",
    )
    r.configChanged -> lang.t("${r.to.name}を設定しました。", "Now following ${r.to.name}.")
    else -> lang.t("すでに${r.to.name}を選んでいます。", "Already following ${r.to.name}.")
}

fun roleLabel(role: ShareRole, lang: Lang): String = when (role) {
    ShareRole.CO_PARENT -> lang.t("パートナー", "Co-parent")
    ShareRole.VIEWER -> lang.t("閲覧のみ", "View only")
}

/** Whom a share is about, named from the family's records. */
fun scopeLabel(scope: ShareScope, children: List<ChildRecord>, lang: Lang): String = when (scope) {
    ShareScope.Family -> lang.t("家族全体", "The whole family")
    is ShareScope.Child -> children.firstOrNull { it.meta.id == scope.id }?.data?.name ?: lang.t("お子さん", "A child")
    is ShareScope.Pregnancy -> lang.t("妊娠中の記録", "The pregnancy")
}

/** The gain so far beside the guide's range ("+4.5 kg (guide: 10–13 kg)"), or null before any weight. */
fun weightGainLine(gain: WeightGain, lang: Lang): String? {
    val soFarKg = gain.gainSoFarKg ?: return null
    val soFar = soFarKg.fixed("%+.1f")
    val max = gain.guidance.maxKg.fixed("%.0f")
    val range = gain.guidance.minKg?.fixed("%.0f")?.let { min -> lang.t("$min〜$max kg", "$min–$max kg") }
        ?: lang.t("$max kg まで", "up to $max kg")
    return lang.t("これまでの増加 $soFar kg（目安 $range）", "Gained so far $soFar kg (guide: $range)")
}

/** Numbers in the app's own lines, with a decimal point whatever the phone's locale. */
private fun Double.fixed(pattern: String): String = String.format(Locale.ROOT, pattern, this)

/** What a photo folder check found (and, repairing, fixed: thumbnails remade, stray files removed). */
fun photoCheckSummary(c: PhotoCheck, lang: Lang): String {
    val remade = c.missing.count { it.repaired }
    val missing = c.missing.size - remade
    val strays = c.orphanFiles.size
    if (missing == 0 && strays == 0 && remade == 0) return lang.t("写真${c.photos}枚、すべてそろっています。", "${c.photos} photos, all in place.")
    val parts = buildList {
        if (missing > 0) add(lang.t("見つからない・壊れたファイル${missing}件", "$missing files missing or damaged"))
        if (remade > 0) add(lang.t("作り直したファイル${remade}件", "$remade files remade"))
        if (strays > 0) {
            add(if (c.repaired) lang.t("手帳にないファイル${strays}件を削除", "$strays stray files removed") else lang.t("手帳にないファイル${strays}件", "$strays stray files"))
        }
    }
    return lang.t("写真${c.photos}枚: ", "${c.photos} photos: ") + parts.joinToString(lang.t("、", ", ")) + lang.t("。", ".")
}

/** The word for how a pregnancy ended (流産 / Miscarriage …), from the core. */
fun outcomeLabel(outcome: org.hagukumi.core.PregnancyOutcome, lang: Lang): String =
    org.hagukumi.ffi.pregnancyOutcomeLabel(outcome, lang)
