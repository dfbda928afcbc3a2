package org.hagukumi.handbook.app

import java.io.File
import java.math.BigDecimal
import java.math.RoundingMode
import java.nio.file.Files
import java.time.LocalDate
import kotlinx.coroutines.runBlocking
import org.hagukumi.core.Answer
import org.hagukumi.core.FieldInput
import org.hagukumi.core.FieldValue
import org.hagukumi.core.Form
import org.hagukumi.core.FormField
import org.hagukumi.core.FormInput
import org.hagukumi.core.FormTarget
import org.hagukumi.core.RecordKind
import org.hagukumi.core.Lang
import org.hagukumi.core.MotherProfile
import org.hagukumi.core.Pregnancy
import org.hagukumi.core.Subject
import org.hagukumi.ffi.PhotoImport
import org.hagukumi.ffi.handbookForms
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.aGirl
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.TestInstance

/**
 * Walks EVERY form the core describes (`handbookForms`, not a list written here)
 * through the app's [FormEditor], against the real library: for each page, about the
 * subject it needs, start from the core's blank form, fill every field with a valid
 * sample made from the field's input type, see `formCheck` accept it, save it, read it
 * back, edit one field, find it in `formRecords`, delete it; and for every field, one
 * invalid value that `formCheck` must report on that field. A page added to the core's
 * data is walked here without a change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryFormTest {
    private val today: LocalDate = LocalDate.of(2026, 11, 25)
    /** scripts/test-kotlin.sh runs the JVM from the repository root. */
    private val photoFixture = File("tests/fixtures/exif-orientation/Landscape_6.jpg").absolutePath

    /** A handbook file (photos need its folder), removed after the tests. */
    private val dir: File = Files.createTempDirectory("hagukumi-forms").toFile()
    private val store: HandbookStore = runBlocking { HandbookStore.open(File(dir, "handbook.sqlite3").path, Lang.JA, today) }

    /** The mother's pregnancy (20 weeks), her child (13 months) and a photo to attach. */
    private class Setup(val pregnancy: String, val child: String, val photo: String)

    private val setup = runBlocking {
        store.call { setMotherProfile(MotherProfile(name = "山田 花子", birthDate = LocalDate.of(1994, 4, 1), heightCm = 158.0)) }
        Setup(
            pregnancy = store.call {
                addPregnancy(Pregnancy(lmp = today.minusWeeks(20), fetuses = 1u, prePregnancyWeightKg = 52.0))
            }.meta.id,
            child = store.call { addChild(aGirl("さくら", today.minusMonths(13), 3.1)) }.meta.id,
            photo = (store.call { importPhotos(listOf(photoFixture), null, null) }.single() as PhotoImport.Imported).photo.id,
        )
    }
    private val pregnancy = setup.pregnancy
    private val child = setup.child
    private val photo = setup.photo

    /** Fields given an invalid value that formCheck reported on the field (forms × subjects). */
    private var invalidChecked = 0
    private val invalidForms = mutableSetOf<String>()
    /** Fields filled, saved, read back, edited, listed and deleted (forms × subjects). */
    private var fieldsExercised = 0
    private val formsExercised = mutableSetOf<String>()
    /** Pages whose record rules refused the first samples, and what was needed. */
    private val neededMore = sortedMapOf<String, String>()

    @Test
    fun `every field id of a page is its own, and a checkup page names its findings and clinic`() {
        val repeated = forms().associate { f ->
            f.id to f.sections.flatMap { it.fields }.groupBy { it.id }.filterValues { it.size > 1 }.keys
        }.filterValues { it.isNotEmpty() }
        assertEquals(emptyMap<String, Set<String>>(), repeated)
        // The clinic's 特記事項 and 施設名又は担当者名 are the checkup record's findings and
        // clinic, on every checkup page that has the clinic's record (2 weeks has none).
        val checkups = forms().filter { it.target == FormTarget.Record(RecordKind.INFANT_CHECKUP) }
        val withClinic = checkups.filter { f -> f.sections.flatMap { it.fields }.any { it.id == "findings" } }
        assertTrue(withClinic.size >= 10, "${withClinic.map { it.id }} of ${checkups.map { it.id }}")
        for (f in withClinic) assertTrue(f.sections.flatMap { it.fields }.any { it.id == "clinic" }, f.id)
    }

    @AfterAll
    fun report() {
        println("[EveryFormTest] invalid value reported on its field: ${invalidForms.size} forms, $invalidChecked fields (forms × subjects)")
        println("[EveryFormTest] filled, saved, read back, edited, listed, deleted: ${formsExercised.size} forms, $fieldsExercised fields (forms × subjects)")
        neededMore.forEach { (page, what) -> println("[EveryFormTest] $page needed more than the first samples: $what") }
        store.close()
        dir.deleteRecursively()
    }

    private fun forms(): List<Form> = handbookForms(Lang.JA)

    /** The subjects a page is walked for: none, the child, the pregnancy, or both. */
    private fun subjectsOf(form: Form): List<Subject?> =
        if (!HandbookPages.needsSubject(form)) {
            listOf(null)
        } else {
            listOfNotNull(
                HandbookPages.subjectFor(form, null, child),
                HandbookPages.subjectFor(form, pregnancy, null),
            ).distinct()
        }

    @TestFactory
    fun `every form the core describes is filled, checked, saved, read back, edited, listed and deleted`(): List<DynamicTest> {
        val forms = forms()
        assertTrue(forms.size >= 30, "the core describes ${forms.size} forms")
        return forms.flatMap { form ->
            subjectsOf(form).map { subject ->
                DynamicTest.dynamicTest("${form.id} (${subject?.let { it::class.simpleName } ?: "no subject"})") {
                    runBlocking { walk(form.id, subject) }
                }
            }
        }
    }

    private suspend fun walk(formId: String, subject: Subject?) {
        val editor = FormEditor.blank(store, formId, subject)
        val form = editor.form
        assertEquals(formId, form.id)
        assertTrue(editor.fields.isNotEmpty(), "$formId has no field")

        // A valid sample in every field: the first candidate of its input type (the
        // middle of a range, today, the first option). Where the record's own rules
        // refuse one (a 75 kg one-year-old), the field the core names gets its next
        // candidate; a problem of the whole page moves the choices on. Reported.
        val photo = if (editor.fields.any { it.input is FieldInput.Photos }) importPhoto() else null
        val candidates = editor.fields.associate { it.id to candidates(it, photo) }
        val index = mutableMapOf<String, Int>()
        for (f in editor.fields) candidates.getValue(f.id).firstOrNull()?.let { editor.preset(Answer(f.id, it)) }
        val refusals = mutableListOf<String>()
        var problems = editor.check()
        var rounds = 0
        while (problems.isNotEmpty() && rounds++ < 400) {
            val named = problems.firstNotNullOfOrNull { p -> p.field?.takeIf { editor.field(it) != null } }
            val next = named?.takeIf { index.getOrDefault(it, 0) + 1 < candidates.getValue(it).size }
                ?: editor.fields.firstOrNull { it.input is FieldInput.Choice && index.getOrDefault(it.id, 0) + 1 < candidates.getValue(it.id).size }?.id
                ?: break
            refusals += problems.first().let { "${it.field}: ${it.message}" }
            val i = index.getOrDefault(next, 0) + 1
            index[next] = i
            editor.preset(Answer(next, candidates.getValue(next)[i]))
            problems = editor.check()
        }
        // One invalid value per field: the core names that field.
        // (Before the page is known to save: the field checks come first in the core.)
        val valid = editor.values()
        for (f in editor.fields.distinctBy { it.id }) {
            val bad = invalid(f)
            val input = FormInput(formId, subject, null, valid.filter { it.field != f.id } + Answer(f.id, bad))
            val problems = store.call { formCheck(input, Lang.JA) }
            assertTrue(
                problems.any { it.field == f.id && it.message.isNotBlank() },
                "$formId: ${f.id} = $bad was not reported on the field: $problems",
            )
        }
        invalidChecked += editor.fields.distinctBy { it.id }.size
        invalidForms += formId

        assertTrue(problems.isEmpty(), "$formId: no sample was accepted: $problems (refused before: ${refusals.distinct()})")
        if (index.isNotEmpty()) {
            neededMore["$formId/${subject?.let { it::class.simpleName } ?: "-"}"] =
                index.entries.joinToString(", ") { (f, i) -> "$f=${candidates.getValue(f)[i]}" } + " (refused: ${refusals.distinct().joinToString(" | ")})"
        }
        val filledIds = valid.map { it.field }.toSet()
        val unfilled = editor.fields.filter { it.id !in filledIds && it.input !is FieldInput.Photos }
        assertTrue(unfilled.isEmpty(), "$formId: fields with no sample: ${unfilled.map { it.id }}")

        // Save, read back, edit one field, list, delete.
        val childrenBefore = store.call { children() }.map { it.meta.id }.toSet()
        val saved = editor.submit()
        assertTrue(saved != null, "$formId: not saved: ${editor.ui.value.problems} ${editor.ui.value.pageProblems} ${editor.ui.value.duplicate.orEmpty()}")
        val id = saved!!.id
        // A delivery's babies become children (one per baby section): read back as children.
        val delivery = editor.form.target == FormTarget.Record(RecordKind.DELIVERY)
        val babies = if (delivery) store.call { children() }.filter { it.meta.id !in childrenBefore } else emptyList()
        try {
            val babyFields = valid.filter { babyField.matches(it.field) }
            assertEquals(editor.form.sections.count { s -> s.fields.any { babyField.matches(it.id) } }, babies.size, "$formId: babies saved as children")
            for (b in babies) assertEquals(sampleText, b.data.name, "$formId: the baby's name")
            val read = FormEditor.open(store, formId, id)
            assertEquals(subject, read.subject, "$formId: subject read back")
            val back = read.values().associate { it.field to it.value }
            val lost = (valid - babyFields.toSet()).filter { a -> back[a.field]?.let { same(a.value, it) } != true }
            assertTrue(lost.isEmpty(), "$formId: saved but not read back: " + lost.joinToString { "${it.field} (${back[it.field]})" } + " of ${valid.size}")

            val changed = editable(read.fields, valid)
            assertTrue(changed != null, "$formId: no field could be changed for the edit")
            read.preset(changed!!)
            val edited = read.submit()
            assertTrue(edited != null, "$formId: the edit was refused: ${read.ui.value.problems} ${read.ui.value.pageProblems} ${read.ui.value.duplicate.orEmpty()}")
            assertEquals(id, edited!!.id, "$formId: the edit saved another record")
            val again = store.call { formRead(formId, id, Lang.JA) }.values.first { it.field == changed.field }
            assertTrue(same(changed.value, again.value), "$formId: ${changed.field} edited to ${changed.value}, read back ${again.value}")

            val lines = store.call { formRecords(formId, subject, Lang.JA) }
            assertTrue(lines.any { it.id == id }, "$formId: the record is not listed: $lines")

            read.delete()
            val after = store.call { formRecords(formId, subject, Lang.JA) }
            assertTrue(after.none { it.id == id }, "$formId: still listed after delete: $after")
        } finally {
            // Whatever failed, the next pages start from the same handbook: the record
            // goes, and so do the children a delivery made (they stay when it is deleted:
            // they are the family's children then).
            runCatching { store.call { formDelete(formId, id) } }
            for (b in babies) store.call { formDelete("child", b.meta.id) }
        }

        fieldsExercised += editor.fields.size
        formsExercised += formId
    }

    @Test
    fun `a delivery of twins has a section per baby and saves each baby as a child`() = runBlocking {
        val twins = store.call {
            addPregnancy(Pregnancy(lmp = today.minusWeeks(36), fetuses = 2u, prePregnancyWeightKg = 52.0))
        }.meta.id
        try {
            val form = FormEditor.blank(store, "delivery", Subject.Pregnancy(twins)).form
            assertEquals(listOf("baby1", "baby2"), form.sections.filter { s -> s.fields.any { babyField.matches(it.id) } }.map { it.id })
            // The full cycle; the walk checks two children named as typed, then removes them.
            walk("delivery", Subject.Pregnancy(twins))
        } finally {
            store.call { formDelete("pregnancy", twins) }
        }
    }

    /** A photo imported for a page's photo field (a diary's delete removes its photos). */
    private suspend fun importPhoto(): String =
        (store.call { importPhotos(listOf(photoFixture), null, null) }.single() as PhotoImport.Imported).photo.id

    /**
     * Valid values for [f], the plainest first: the middle of a number's range (then
     * lower parts of it, on the step), today (then the dates a pregnancy or a child
     * of this handbook has), 39+0 weeks, each option in turn, a yes.
     */
    private fun candidates(f: FormField, photo: String?): List<FieldValue> = when (val input = f.input) {
        FieldInput.YesNo -> listOf(FieldValue.Yes, FieldValue.No)
        FieldInput.When -> listOf(FieldValue.When(today), FieldValue.No)
        FieldInput.Date -> dates.map { FieldValue.Date(it) }
        FieldInput.DateTime -> dates.map { FieldValue.DateTime(it.atTime(9, 30)) }
        FieldInput.Gestation -> listOf(39 to 0, 20 to 0, 40 to 0, 37 to 0).map { (w, d) -> FieldValue.Gestation(w.toUByte(), d.toUByte()) }
        is FieldInput.Number -> fractions.map { FieldValue.Number(onStep(input.min, input.max, input.step, it)) }.distinct()
        is FieldInput.Integer -> fractions.map { FieldValue.Integer(input.min + ((input.max - input.min) * it).toLong()) }.distinct()
        is FieldInput.Choice -> input.options.map { FieldValue.Choice(it.value) }
        is FieldInput.Text -> listOf(FieldValue.Text(sampleText))
        is FieldInput.Photos -> listOfNotNull(photo?.let { FieldValue.Photos(listOf(it)) })
    }

    /** The text put in every text field. */
    private val sampleText = "テスト"

    /** A field of a delivery's baby section (baby1_name …): the baby is saved as a child. */
    private val babyField = Regex("baby[0-9]+_.+")

    /** Where in a number's range samples are taken, the middle first. */
    private val fractions = listOf(0.5, 0.25, 0.125, 0.0625, 0.03125, 0.75)

    /** Today, then the days of this handbook: the pregnancy's start and due day, the child's birth, a mother's birth year. */
    private val dates: List<LocalDate> = listOf(
        today, today.minusDays(1), today.minusWeeks(20), today.minusMonths(13),
        today.minusYears(30), today.plusDays(140), today.plusDays(280),
    )

    /** A value in [min, max] at [fraction] of the range, on a whole number of steps from min. */
    private fun onStep(min: Double, max: Double, step: Double, fraction: Double): Double {
        val steps = ((max - min) * fraction / step).toLong()
        return BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(steps)))
            .setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toDouble()
    }

    /** One value [f] must refuse: out of range, not an option, too long, or of the wrong type. */
    private fun invalid(f: FormField): FieldValue = when (val input = f.input) {
        FieldInput.YesNo -> FieldValue.Text("テスト")
        FieldInput.When -> FieldValue.Number(1.0)
        FieldInput.Date -> FieldValue.Text("2025-13-45")
        FieldInput.DateTime -> FieldValue.Date(today)
        FieldInput.Gestation -> FieldValue.Gestation(50u, 0u)
        is FieldInput.Number -> FieldValue.Number(input.max + input.step * 10)
        is FieldInput.Integer -> FieldValue.Integer(input.max + 1)
        is FieldInput.Choice -> FieldValue.Choice("no-such-option")
        is FieldInput.Text -> FieldValue.Text("あ".repeat(input.maxLen.toInt() + 1))
        is FieldInput.Photos -> FieldValue.Text("テスト")
    }

    /** Another valid value for a field (the last text, else a choice): the edit. */
    private fun editable(fields: List<FormField>, valid: List<Answer>): Answer? {
        val given = valid.associate { it.field to it.value }
        val own = fields.filter { !babyField.matches(it.id) }
        for (f in own.filter { it.input is FieldInput.Text }.reversed() + own.filter { it.input is FieldInput.Choice }) {
            val now = given[f.id] ?: continue
            val other = when (val input = f.input) {
                is FieldInput.Text -> FieldValue.Text("テスト（修正）")
                is FieldInput.Choice -> input.options.getOrNull(1)?.let { FieldValue.Choice(it.value) }
                else -> null
            }
            if (other != null && !same(now, other)) return Answer(f.id, other)
        }
        return null
    }

    /** The same value, a whole number read back as a decimal or the other way round. */
    private fun same(a: FieldValue, b: FieldValue): Boolean {
        fun num(v: FieldValue) = when (v) {
            is FieldValue.Number -> v.value
            is FieldValue.Integer -> v.value.toDouble()
            else -> null
        }
        val x = num(a)
        val y = num(b)
        return if (x != null && y != null) Math.abs(x - y) < 1e-9 else a == b
    }

    @Test
    fun `the navigation holds every form, the mother's, each pregnancy's, each child's and the family's pages`() = runBlocking {
        val forms = forms()
        val groups = HandbookPages.groups(forms, store.call { pregnancies() }, store.call { children() }, Lang.JA)
        val owners = groups.map { it.owner::class.simpleName }
        assertEquals(listOf("Mother", "Pregnancy", "Child", "Family"), owners.distinct(), "$owners")
        // Every form is reachable from some group, each with the subject it needs.
        val reachable = groups.flatMap { g -> g.pages.map { it.id } }.toSet()
        assertEquals(forms.map { it.id }.toSet(), reachable)
        for (g in groups) for (p in g.pages) assertTrue(p.form.takes(p.subject), "${p.id} for ${p.subject}")
        // Within a group, pages keep the core's order (part, then place in the handbook).
        for (g in groups) {
            val order = forms.map { it.id }
            val ids = g.pages.map { it.id }
            assertEquals(ids.sortedBy { order.indexOf(it) }, ids, g.title)
        }
        val child = groups.first { it.owner is PageOwner.Child }
        assertEquals("さくら", child.title)
        assertTrue(child.pages.any { it.id == "growth" } && child.pages.none { it.id == "prenatal_checkup" })
    }
}
