package org.hagukumi.handbook.app

import java.time.LocalDate
import java.time.format.DateTimeParseException
import org.hagukumi.core.Field
import org.hagukumi.core.Lang

/*
 * What a parent types into a form, read before it becomes a record. The core checks
 * every value (a 40 kg newborn, a date before birth); these only turn text into the
 * types the records hold, accepting what a Japanese keyboard types (full-width digits,
 * 2025/10/03, a decimal comma), so no rule of the core is repeated here.
 */

/**
 * A form value that is not a date or a number. Shown like the core's errors, next to
 * [field]; nothing is written.
 */
class InputException(val field: Field, val messageJa: String, val messageEn: String) : Exception(messageEn) {
    fun userMessage(lang: Lang): String = lang.t(messageJa, messageEn)
}

/** Full-width digits and punctuation as ASCII (what an IME in Japanese mode types). */
private fun String.halfWidth(): String = buildString {
    for (c in this@halfWidth.trim()) {
        append(
            when (c) {
                in '０'..'９' -> '0' + (c - '０')
                '／', '－', 'ー', '―', '‐', '．' -> if (c == '．') '.' else '-'
                '，', '、' -> ','
                else -> c
            },
        )
    }
}

/** A typed date: 2025-10-03, 2025/10/03, 2025.10.3 or full-width; null if it is none. */
fun parseDateInput(text: String): LocalDate? {
    val parts = text.halfWidth().replace('/', '-').replace('.', '-').split('-')
    if (parts.size != 3 || parts[0].length != 4 || parts.any { p -> p.isEmpty() || !p.all { it.isDigit() } }) return null
    return try {
        LocalDate.of(parts[0].toInt(), parts[1].toInt(), parts[2].toInt())
    } catch (e: java.time.DateTimeException) {
        null
    } catch (e: DateTimeParseException) {
        null
    }
}

/** A typed number with a decimal point or comma (3,1 or ３．１); null if blank or none. */
fun parseNumberInput(text: String): Double? =
    text.halfWidth().replace(',', '.').takeIf { it.isNotEmpty() }?.toDoubleOrNull()

/** An optional text field: blank is "not entered". */
fun optionalText(text: String): String? = text.trim().ifEmpty { null }

/** The date in [text] for [field], or an [InputException] saying how to write one. */
fun requireDate(text: String, field: Field): LocalDate = parseDateInput(text) ?: throw InputException(
    field,
    "「${text.trim()}」は日付として読めません。2025-10-03 のように入力してください。",
    "\"${text.trim()}\" is not a date; write it as 2025-10-03.",
)

/** The number in [text] for [field], null when blank, or an [InputException]. */
fun optionalNumber(text: String, field: Field): Double? {
    if (text.isBlank()) return null
    return parseNumberInput(text) ?: throw InputException(
        field,
        "「${text.trim()}」は数字として読めません。3.1 のように入力してください。",
        "\"${text.trim()}\" is not a number; write it as 3.1.",
    )
}
