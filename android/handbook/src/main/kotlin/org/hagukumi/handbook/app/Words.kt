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
import org.hagukumi.core.Localized
import org.hagukumi.ffi.TextArg
import org.hagukumi.ffi.textIn
import org.hagukumi.ffi.TextValue
import org.hagukumi.ffi.catalogText

/*
 * The app's own sentences about what an action did. Their words are the core's catalog
 * messages `app-…` (core/data/text/<lang>.ftl), formatted by the core in [Lang] with the
 * language's plural rules: these functions only pick the message and pass the report's
 * numbers. Plain Kotlin, so they are tested on the JVM; the Compose files only draw them.
 */

/**
 * Message [id] of the core's catalog in this language, with named values
 * (`lang.text("app-import-done", "records" to 3, "photos" to 1)`). Numbers (signed or
 * unsigned) choose plural forms; anything else is inserted as text. The id is a literal
 * at every call, so the core's catalog test finds it.
 */
fun Lang.text(id: String, vararg args: Pair<String, Any>): String =
    catalogText(this, id, args.map { (name, value) -> TextArg(name, textValue(value)) })

private fun textValue(value: Any): TextValue = when (value) {
    is Number -> TextValue.Number(value.toDouble())
    is UInt -> TextValue.Number(value.toDouble())
    is ULong -> TextValue.Number(value.toDouble())
    is UShort -> TextValue.Number(value.toDouble())
    is UByte -> TextValue.Number(value.toDouble())
    else -> TextValue.Text(value.toString())
}

/**
 * The core's words for [lang] from a record that carries them in every catalog language
 * (an error, a warning, a reason): the core's own fallback (English, then Japanese).
 */
fun List<Localized>.inLang(lang: Lang): String = textIn(this, lang)

/** The day of an RFC 3339 timestamp on the phone's calendar; the text itself if it is not one. */
fun localDay(timestamp: String, zone: ZoneId = ZoneId.systemDefault()): String =
    runCatching { Instant.parse(timestamp).atZone(zone).toLocalDate().toString() }.getOrDefault(timestamp)

fun importSummary(r: ShareImport, lang: Lang): String = when {
    r.alreadyImported -> lang.text("app-import-already")
    r.joined -> lang.text("app-import-joined", "records" to r.applied, "photos" to r.photosAdded)
    else -> lang.text("app-import-done", "records" to r.applied, "photos" to r.photosAdded)
}

fun restoreSummary(r: RestoreReport, lang: Lang): String = when (r.mode) {
    RestoreMode.REPLACE -> lang.text("app-restore-replaced", "records" to r.records, "photos" to r.photos)
    RestoreMode.MERGE -> lang.text(
        "app-restore-merged",
        "applied" to (r.merged?.applied ?: 0u),
        "unchanged" to (r.merged?.unchanged ?: 0u),
    )
}

/** What a rescue backup saved and lost, and what to do next. */
fun rescueSummary(r: RescueReport, lang: Lang): String {
    val saved = r.tables.sumOf { it.saved.toLong() }
    // `lost` is null when the core could not count a table's rows: then it is not added.
    val lost = r.tables.sumOf { it.lost?.toLong() ?: 0L }
    val uncounted = r.tables.any { it.lost == null }
    return lang.text(
        "app-rescue-done",
        "saved" to saved,
        "lost" to lost,
        "more" to if (uncounted) "yes" else "no",
        "photos" to r.photosLost,
    )
}

fun moveSummary(r: MoveReport, lang: Lang): String = when {
    r.moved -> lang.text("app-city-moved", "from" to (r.from?.name ?: ""), "to" to r.to.name, "notices" to r.archivedNotices)
    r.configChanged -> lang.text("app-city-set", "to" to r.to.name)
    else -> lang.text("app-city-same", "to" to r.to.name)
}

fun roleLabel(role: ShareRole, lang: Lang): String = when (role) {
    ShareRole.CO_PARENT -> lang.text("app-role-co-parent")
    ShareRole.VIEWER -> lang.text("app-role-viewer")
}

/** Whom a share is about, named from the family's records. */
fun scopeLabel(scope: ShareScope, children: List<ChildRecord>, lang: Lang): String = when (scope) {
    ShareScope.Family -> lang.text("app-scope-family")
    is ShareScope.Child -> children.firstOrNull { it.meta.id == scope.id }?.data?.name ?: lang.text("app-scope-child")
    is ShareScope.Pregnancy -> lang.text("app-scope-pregnancy")
}

/** The gain so far beside the guide's range ("+4.5 kg (guide: 10–13 kg)"), or null before any weight. */
fun weightGainLine(gain: WeightGain, lang: Lang): String? {
    val soFarKg = gain.gainSoFarKg ?: return null
    val soFar = soFarKg.fixed("%+.1f")
    val max = gain.guidance.maxKg.fixed("%.0f")
    val range = gain.guidance.minKg?.fixed("%.0f")?.let { min -> lang.text("app-weight-gain-range", "min" to min, "max" to max) }
        ?: lang.text("app-weight-gain-up-to", "max" to max)
    return lang.text("app-weight-gain", "gain" to soFar, "range" to range)
}

/** Numbers in the app's own lines, with a decimal point whatever the phone's locale. */
private fun Double.fixed(pattern: String): String = String.format(Locale.ROOT, pattern, this)

/** What a photo folder check found (and, repairing, fixed: thumbnails remade, stray files removed). */
fun photoCheckSummary(c: PhotoCheck, lang: Lang): String {
    val remade = c.missing.count { it.repaired }
    val missing = c.missing.size - remade
    val strays = c.orphanFiles.size
    if (missing == 0 && strays == 0 && remade == 0) return lang.text("app-photos-all-there", "photos" to c.photos)
    val parts = buildList {
        if (missing > 0) add(lang.text("app-photos-missing", "n" to missing))
        if (remade > 0) add(lang.text("app-photos-remade", "n" to remade))
        if (strays > 0) {
            add(if (c.repaired) lang.text("app-photos-strays-removed", "n" to strays) else lang.text("app-photos-strays", "n" to strays))
        }
    }
    return lang.text("app-photos-problems", "photos" to c.photos, "problems" to textList(parts, lang))
}

/** Items as a list in [lang] (「a、b」, "a, b"), joined as the core joins its own lists. */
fun textList(items: List<String>, lang: Lang): String = items.joinToString(lang.text("list-separator"))

/** The word for how a pregnancy ended (流産 / Miscarriage …), from the core. */
fun outcomeLabel(outcome: org.hagukumi.core.PregnancyOutcome, lang: Lang): String =
    org.hagukumi.ffi.pregnancyOutcomeLabel(outcome, lang)
