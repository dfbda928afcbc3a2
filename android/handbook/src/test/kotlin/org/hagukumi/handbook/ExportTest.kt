package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.LengthPosition
import org.hagukumi.core.Subject
import org.hagukumi.core.Vaccination
import org.hagukumi.core.VaccineCode
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.time.LocalDate

/** Export for others (issue 8): the FHIR Bundle and the printable summary through the facade. */
class ExportTest {
    private val today = LocalDate.of(2026, 1, 15)

    @Test
    fun `the FHIR bundle holds the child, the dose and the measurement with its LOINC code`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val id = hb.call {
                addChild(aGirl("Hana", LocalDate.of(2025, 10, 3)))
            }.meta.id
            val on = LocalDate.of(2025, 12, 3)
            hb.call {
                addGrowth(
                    GrowthMeasurement(
                        childId = id, measuredOn = on, weightKg = 5.0, lengthCm = 58.0,
                        position = LengthPosition.RECUMBENT,
                    ),
                )
            }
            hb.call {
                addVaccination(
                    Vaccination(subject = Subject.Child(id), vaccine = VaccineCode.HEP_B, dose = 1u, date = on, lot = "Y7"),
                )
            }

            @Suppress("UNCHECKED_CAST")
            val bundle = MiniJson.parse(hb.call { exportFhir(id) }) as Map<String, Any?>
            assertEquals("Bundle", bundle["resourceType"])
            assertEquals("collection", bundle["type"])
            @Suppress("UNCHECKED_CAST")
            val resources = (bundle["entry"] as List<Map<String, Any?>>).map { it["resource"] as Map<String, Any?> }

            val patient = resources.single { it["resourceType"] == "Patient" }
            assertEquals(id, patient["id"])
            assertEquals("female", patient["gender"])
            assertEquals("2025-10-03", patient["birthDate"])

            val immunization = resources.single { it["resourceType"] == "Immunization" }
            assertEquals("completed", immunization["status"])
            assertEquals("Y7", immunization["lotNumber"])
            assertEquals("2025-12-03", immunization["occurrenceDateTime"])
            assertEquals("45", immunization.path("vaccineCode", "coding", 0, "code"))

            val codes = resources.filter { it["resourceType"] == "Observation" }
                .map { it.path("code", "coding", 0, "code") }
            assertEquals(listOf("29463-7", "8306-3"), codes)
            val weight = resources.single { it.path("code", "coding", 0, "code") == "29463-7" }
            assertEquals(5.0, weight.path("valueQuantity", "value"))
            assertEquals("kg", weight.path("valueQuantity", "code"))
            assertEquals("urn:uuid:$id", weight.path("subject", "reference"))
        }
    }

    @Test
    fun `the summary is HTML with the child's name, escaped`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.JA, today = today).use { hb ->
            val id = hb.call {
                addChild(aGirl("<b>はな</b>", LocalDate.of(2025, 10, 3), weightKg = 3.1))
            }.meta.id
            val html = hb.call { exportSummaryHtml(id, hb.lang) }
            assertTrue(html.startsWith("<!DOCTYPE html>"))
            assertTrue(html.contains("&lt;b&gt;はな&lt;/b&gt;"))
            assertFalse(html.contains("<b>"))
            assertTrue(html.contains("<html lang=\"ja\">"))
        }
    }

    @Test
    fun `an unknown child is NotFound`() = runBlocking {
        HandbookStore.inMemory(lang = Lang.EN, today = today).use { hb ->
            val e = assertThrowsBlocking<HandbookException> {
                hb.call { exportFhir("0190b6a0-0000-7000-8000-000000000000") }
            }
            assertEquals(ErrorKind.NOT_FOUND, e.kind)
        }
    }
}

private fun Map<String, Any?>.path(vararg keys: Any): Any? =
    keys.fold(this as Any?) { node, key ->
        when (key) {
            is Int -> (node as? List<*>)?.getOrNull(key)
            else -> (node as? Map<*, *>)?.get(key)
        }
    }

/**
 * A small JSON reader for the tests: the JVM has none built in, and the tests run with
 * only the JDK, kotlin-stdlib, JNA and JUnit. Objects become maps, arrays lists,
 * numbers doubles.
 */
internal object MiniJson {
    fun parse(text: String): Any? {
        val r = Reader(text)
        val value = r.value()
        r.skipSpace()
        require(r.i == text.length) { "trailing text at ${r.i}" }
        return value
    }

    private class Reader(val s: String) {
        var i = 0

        fun skipSpace() {
            while (i < s.length && s[i].isWhitespace()) i++
        }

        fun value(): Any? {
            skipSpace()
            require(i < s.length) { "unexpected end" }
            return when (val c = s[i]) {
                '{' -> obj()
                '[' -> arr()
                '"' -> str()
                't' -> word("true", true)
                'f' -> word("false", false)
                'n' -> word("null", null)
                else -> if (c == '-' || c.isDigit()) num() else error("unexpected '$c' at $i")
            }
        }

        private fun word(w: String, v: Any?): Any? {
            require(s.startsWith(w, i)) { "bad literal at $i" }
            i += w.length
            return v
        }

        private fun num(): Double {
            val start = i
            while (i < s.length && (s[i].isDigit() || s[i] in "+-.eE")) i++
            return s.substring(start, i).toDouble()
        }

        private fun str(): String {
            val b = StringBuilder()
            i++ // opening quote
            while (true) {
                val c = s[i++]
                when (c) {
                    '"' -> return b.toString()
                    '\\' -> {
                        when (val e = s[i++]) {
                            'n' -> b.append('\n')
                            't' -> b.append('\t')
                            'r' -> b.append('\r')
                            'b' -> b.append('\b')
                            'f' -> b.append('\u000C')
                            'u' -> {
                                b.append(s.substring(i, i + 4).toInt(16).toChar())
                                i += 4
                            }
                            else -> b.append(e)
                        }
                    }
                    else -> b.append(c)
                }
            }
        }

        private fun arr(): List<Any?> {
            val out = mutableListOf<Any?>()
            i++
            skipSpace()
            if (s[i] == ']') { i++; return out }
            while (true) {
                out.add(value())
                skipSpace()
                when (s[i++]) {
                    ',' -> continue
                    ']' -> return out
                    else -> error("expected , or ] at ${i - 1}")
                }
            }
        }

        private fun obj(): Map<String, Any?> {
            val out = linkedMapOf<String, Any?>()
            i++
            skipSpace()
            if (s[i] == '}') { i++; return out }
            while (true) {
                skipSpace()
                val key = str()
                skipSpace()
                require(s[i++] == ':') { "expected : at ${i - 1}" }
                out[key] = value()
                skipSpace()
                when (s[i++]) {
                    ',' -> continue
                    '}' -> return out
                    else -> error("expected , or } at ${i - 1}")
                }
            }
        }
    }
}
