package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.core.RecordId
import org.hagukumi.core.RestoreMode
import org.hagukumi.core.RestoreQuestion
import org.hagukumi.core.ShareRole
import org.hagukumi.core.BundleSecret
import org.hagukumi.core.ShareScope
import org.hagukumi.ffi.bundleFileInfo
import org.hagukumi.ffi.createRescueBackup
import org.hagukumi.ffi.familyViews
import org.hagukumi.ffi.importShareToViews
import org.hagukumi.ffi.inspectBackup
import org.hagukumi.ffi.peekShare
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File
import java.nio.file.Files
import java.time.LocalDate

/** Family sharing and backups (issue 8) through the facade, on real files. */
class ShareTest {
    private val today = LocalDate.of(2026, 11, 25)

    private fun newChild(name: String) = aGirl(name, LocalDate.of(2025, 9, 1))

    private fun growth(childId: RecordId, on: LocalDate, kg: Double) =
        GrowthMeasurement(childId = childId, measuredOn = on, weightKg = kg)

    private fun <T> inTempDir(block: suspend (File) -> T): T {
        val dir = Files.createTempDirectory("hagukumi-share").toFile()
        try {
            return runBlocking { block(dir) }
        } finally {
            dir.deleteRecursively()
        }
    }

    @Test
    fun `parents converge, grandparents get a read-only view, a wrong key is refused by kind`() = inTempDir { dir ->
        val mother = HandbookStore.open(File(dir, "mother/handbook.sqlite3").path, lang = Lang.EN, today = today)
        val father = HandbookStore.open(File(dir, "father/handbook.sqlite3").path, lang = Lang.EN, today = today)
        mother.use {
            father.use {
                val hana = mother.call { addChild(newChild("Hana")) }.meta.id
                val toFather = mother.call { createShare("Papa", ShareRole.CO_PARENT, ShareScope.Family) }
                val first = File(dir, "to-father-1.share").path
                assertTrue(mother.call { exportShare(toFather.id, false, first) }.full)
                val joined = father.call { importShare(first, toFather.key) }
                assertTrue(joined.joined)
                assertEquals(mother.call { identity() }.familyId, father.call { identity() }.familyId)

                // Both record at the same time, then exchange both ways.
                mother.call { addGrowth(growth(hana, LocalDate.of(2025, 10, 1), 4.1)) }
                father.call { addGrowth(growth(hana, LocalDate.of(2025, 11, 1), 5.0)) }
                val toMother = father.call { createShare("Mama", ShareRole.CO_PARENT, ShareScope.Family) }
                father.call { exportShare(toMother.id, false, File(dir, "to-mother.share").path) }
                mother.call { exportShare(toFather.id, false, File(dir, "to-father-2.share").path) }
                mother.call { importShare(File(dir, "to-mother.share").path, toMother.key) }
                val again = father.call { importShare(File(dir, "to-father-2.share").path, toFather.key) }
                assertEquals(1uL, again.applied)
                assertEquals(
                    mother.call { growth(hana) }.map { it.meta.id }.toSet(),
                    father.call { growth(hana) }.map { it.meta.id }.toSet(),
                )
                assertEquals(2, father.call { growth(hana) }.size)

                // Importing the same bundle twice changes nothing.
                val twice = father.call { importShare(File(dir, "to-father-2.share").path, toFather.key) }
                assertTrue(twice.alreadyImported)
                assertEquals(0uL, twice.applied)

                // Grandparents: one child, read-only.
                val toGrandma = mother.call { createShare("Grandma", ShareRole.VIEWER, ShareScope.Child(hana)) }
                val forGrandma = File(dir, "grandma.share").path
                mother.call { exportShare(toGrandma.id, false, forGrandma) }
                val peek = HandbookStore.io { peekShare(forGrandma, toGrandma.key) }
                assertEquals(listOf("Hana"), peek.subjects)
                val views = File(dir, "grandma/views").path
                val imported = HandbookStore.io { importShareToViews(views, forGrandma, toGrandma.key) }
                assertEquals(listOf("Hana"), HandbookStore.io { familyViews(views) }.single().children)
                HandbookStore.open(imported.viewPath!!, lang = Lang.EN, today = today).use { view ->
                    assertTrue(view.call { identity() }.readOnly)
                    assertEquals(2, view.call { growth(hana) }.size)
                    val readOnly = assertThrowsBlocking<HandbookException> {
                        view.call { addGrowth(growth(hana, LocalDate.of(2025, 11, 20), 5.3)) }
                    }
                    assertEquals(ErrorKind.READ_ONLY_VIEW, readOnly.kind)
                }

                // A key that is not this share's: refused by kind, nothing imported.
                val other = mother.call { createShare("Other", ShareRole.VIEWER, ShareScope.Child(hana)) }
                val wrong = assertThrowsBlocking<HandbookException> {
                    HandbookStore.io { importShareToViews(File(dir, "elsewhere").path, forGrandma, other.key) }
                }
                assertEquals(ErrorKind.WRONG_KEY, wrong.kind)
                assertFalse(File(dir, "elsewhere").exists() && File(dir, "elsewhere").list()!!.isNotEmpty())
            }
        }
    }

    @Test
    fun `a backup restores onto a new phone and asks before touching one with records`() = inTempDir { dir ->
        val backup = File(dir, "family.hagukumi-backup").path
        val secret = BundleSecret.Passphrase("はぐくみ 2026 バックアップ")
        HandbookStore.open(File(dir, "old/handbook.sqlite3").path, lang = Lang.EN, today = today).use { old ->
            val hana = old.call { addChild(newChild("Hana")) }.meta.id
            old.call { addGrowth(growth(hana, LocalDate.of(2025, 10, 1), 4.1)) }
            val progress = mutableListOf<Pair<Long, Long>>()
            val report = old.call { createBackup(backup, secret, backupProgress { done, total -> progress += done to total }) }
            assertEquals(2uL, report.records)
            assertEquals(progress.last().first, progress.last().second)
        }
        val info = HandbookStore.io { bundleFileInfo(backup) }
        assertTrue(info.isBackup && info.needsPassphrase)
        assertEquals(listOf("Hana"), HandbookStore.io { inspectBackup(backup, secret) }.children)

        HandbookStore.open(File(dir, "new/handbook.sqlite3").path, lang = Lang.EN, today = today).use { new ->
            assertEquals(RestoreQuestion.NONE, new.call { restoreQuestion() }, "an empty handbook asks nothing")
            val restored = new.call { restoreBackup(backup, secret, null, null) }
            assertEquals(RestoreMode.REPLACE, restored.mode)
            assertEquals(listOf("Hana"), new.call { children() }.map { it.data.name })
            // Now it has records: the family must choose, and the core says so before restoring.
            assertEquals(RestoreQuestion.REPLACE_OR_MERGE, new.call { restoreQuestion() })
            val ask = assertThrowsBlocking<HandbookException> { new.call { restoreBackup(backup, secret, null, null) } }
            assertEquals(ErrorKind.CHOICE_NEEDED, ask.kind)
            val merged = new.call { restoreBackup(backup, secret, RestoreMode.MERGE, null) }
            assertEquals(0uL, merged.merged?.applied)
            val wrong = assertThrowsBlocking<HandbookException> {
                new.call { restoreBackup(backup, BundleSecret.Passphrase("not the passphrase"), RestoreMode.REPLACE, null) }
            }
            assertEquals(ErrorKind.WRONG_KEY, wrong.kind)
            assertEquals(1, new.call { children() }.size)
        }
    }

    @Test
    fun `a rescue backup saves every readable record and restores like any backup`() = runBlocking {
        val dir = Files.createTempDirectory("rescue").toFile()
        val rescue = File(dir, "rescue.hagukumi-backup").path
        val secret = BundleSecret.Passphrase("はぐくみ 2026 救出バックアップ")
        val oldPath = File(dir, "old/handbook.sqlite3").path
        HandbookStore.open(oldPath, lang = Lang.EN, today = today).use { old ->
            val hana = old.call { addChild(newChild("Hana")) }.meta.id
            old.call { addGrowth(growth(hana, LocalDate.of(2025, 10, 1), 4.1)) }
            old.call { addGrowth(growth(hana, LocalDate.of(2025, 11, 1), 5.0)) }
        }
        val progress = mutableListOf<Pair<Long, Long>>()
        val report = HandbookStore.io {
            createRescueBackup(oldPath, rescue, secret, backupProgress { done, total -> progress += done to total })
        }
        assertEquals(3uL, report.backup.records)
        assertEquals(0uL, report.photosLost)
        assertTrue(report.tables.all { it.lost == 0uL }, report.tables.toString())
        assertEquals(2uL, report.tables.single { it.table == "growth" }.saved)
        assertEquals(progress.last().first, progress.last().second)

        HandbookStore.open(File(dir, "new/handbook.sqlite3").path, lang = Lang.EN, today = today).use { new ->
            assertEquals(RestoreMode.REPLACE, new.call { restoreBackup(rescue, secret, null, null) }.mode)
            val restored = new.call { children() }.single()
            assertEquals("Hana", restored.data.name)
            assertEquals(2, new.call { growth(restored.meta.id) }.size)
        }
        // A file that is no handbook at all is refused by kind, and nothing is written.
        val notAHandbook = File(dir, "notes.txt").apply { writeText("not a database") }
        val missing = File(dir, "nothing.hagukumi-backup")
        val refused = assertThrowsBlocking<HandbookException> {
            HandbookStore.io { createRescueBackup(notAHandbook.path, missing.path, secret, null) }
        }
        assertEquals(ErrorKind.NOT_A_HANDBOOK, refused.kind)
        assertTrue(!missing.exists())
        dir.deleteRecursively()
    }
}
