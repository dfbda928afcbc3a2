package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.ffi.BirthMeasurements
import org.hagukumi.ffi.BundleSecret
import org.hagukumi.ffi.Child
import org.hagukumi.ffi.GrowthMeasurement
import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.RestoreMode
import org.hagukumi.ffi.Sex
import org.hagukumi.ffi.ShareRole
import org.hagukumi.ffi.ShareScope
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

    private fun child(name: String) =
        Child(name = name, sex = Sex.FEMALE, birthDate = "2025-09-01", birth = BirthMeasurements())

    private fun growth(childId: String, on: String, kg: Double) =
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
                val hana = mother.addChild(child("Hana")).id
                val toFather = mother.createShare("Papa", ShareRole.CO_PARENT, ShareScope.Family)
                val first = File(dir, "to-father-1.share").path
                assertTrue(mother.exportShare(toFather.id, first).full)
                val joined = father.importShare(first, toFather.key)
                assertTrue(joined.joined)
                assertEquals(mother.identity().familyId, father.identity().familyId)

                // Both record at the same time, then exchange both ways.
                mother.addGrowth(growth(hana, "2025-10-01", 4.1))
                father.addGrowth(growth(hana, "2025-11-01", 5.0))
                val toMother = father.createShare("Mama", ShareRole.CO_PARENT, ShareScope.Family)
                father.exportShare(toMother.id, File(dir, "to-mother.share").path)
                mother.exportShare(toFather.id, File(dir, "to-father-2.share").path)
                mother.importShare(File(dir, "to-mother.share").path, toMother.key)
                val again = father.importShare(File(dir, "to-father-2.share").path, toFather.key)
                assertEquals(1uL, again.applied)
                assertEquals(mother.growth(hana).map { it.id }.toSet(), father.growth(hana).map { it.id }.toSet())
                assertEquals(2, father.growth(hana).size)

                // Importing the same bundle twice changes nothing.
                val twice = father.importShare(File(dir, "to-father-2.share").path, toFather.key)
                assertTrue(twice.alreadyImported)
                assertEquals(0uL, twice.applied)

                // Grandparents: one child, read-only.
                val toGrandma = mother.createShare("Grandma", ShareRole.VIEWER, ShareScope.Child(hana))
                val forGrandma = File(dir, "grandma.share").path
                mother.exportShare(toGrandma.id, forGrandma)
                val peek = HandbookStore.peekShare(forGrandma, toGrandma.key)
                assertEquals(listOf("Hana"), peek.subjects)
                val views = File(dir, "grandma/views").path
                val imported = HandbookStore.importShareToViews(views, forGrandma, toGrandma.key)
                assertEquals(listOf("Hana"), HandbookStore.familyViews(views).single().children)
                HandbookStore.open(imported.viewPath!!, lang = Lang.EN, today = today).use { view ->
                    assertTrue(view.identity().readOnly)
                    assertEquals(2, view.growth(hana).size)
                    assertThrowsBlocking<HandbookException.ReadOnly> { view.addGrowth(growth(hana, "2025-11-20", 5.3)) }
                }

                // A key that is not this share's: refused by kind, nothing imported.
                val other = mother.createShare("Other", ShareRole.VIEWER, ShareScope.Child(hana))
                val wrong = assertThrowsBlocking<HandbookException.Share> {
                    HandbookStore.importShareToViews(File(dir, "elsewhere").path, forGrandma, other.key)
                }
                assertEquals("wrong_key", wrong.kind)
                assertFalse(File(dir, "elsewhere").exists() && File(dir, "elsewhere").list()!!.isNotEmpty())
            }
        }
    }

    @Test
    fun `a backup restores onto a new phone and asks before touching one with records`() = inTempDir { dir ->
        val backup = File(dir, "family.hagukumi-backup").path
        val secret = BundleSecret.Passphrase("はぐくみ 2026 バックアップ")
        HandbookStore.open(File(dir, "old/handbook.sqlite3").path, lang = Lang.EN, today = today).use { old ->
            val hana = old.addChild(child("Hana")).id
            old.addGrowth(growth(hana, "2025-10-01", 4.1))
            val progress = mutableListOf<Pair<Long, Long>>()
            val report = old.createBackup(backup, secret) { done, total -> progress += done to total }
            assertEquals(2uL, report.records)
            assertEquals(progress.last().first, progress.last().second)
        }
        val info = HandbookStore.bundleFileInfo(backup)
        assertTrue(info.isBackup && info.needsPassphrase)
        assertEquals(listOf("Hana"), HandbookStore.inspectBackup(backup, secret).children)

        HandbookStore.open(File(dir, "new/handbook.sqlite3").path, lang = Lang.EN, today = today).use { new ->
            val restored = new.restoreBackup(backup, secret)
            assertEquals(RestoreMode.REPLACE, restored.mode)
            assertEquals(listOf("Hana"), new.children().map { it.`data`.name })
            // Now it has records: the family must choose.
            val ask = assertThrowsBlocking<HandbookException.Share> { new.restoreBackup(backup, secret) }
            assertEquals("choice_needed", ask.kind)
            val merged = new.restoreBackup(backup, secret, RestoreMode.MERGE)
            assertEquals(0uL, merged.applied)
            val wrong = assertThrowsBlocking<HandbookException.Share> {
                new.restoreBackup(backup, BundleSecret.Passphrase("not the passphrase"), RestoreMode.REPLACE)
            }
            assertEquals("wrong_key", wrong.kind)
            assertEquals(1, new.children().size)
        }
    }

    @Test
    fun `a rescue backup saves every readable record and restores like any backup`() = runBlocking {
        val dir = Files.createTempDirectory("rescue").toFile()
        val rescue = File(dir, "rescue.hagukumi-backup").path
        val secret = BundleSecret.Passphrase("はぐくみ 2026 救出バックアップ")
        val oldPath = File(dir, "old/handbook.sqlite3").path
        HandbookStore.open(oldPath, lang = Lang.EN, today = today).use { old ->
            val hana = old.addChild(child("Hana")).id
            old.addGrowth(growth(hana, "2025-10-01", 4.1))
            old.addGrowth(growth(hana, "2025-11-01", 5.0))
        }
        val progress = mutableListOf<Pair<Long, Long>>()
        val report = HandbookStore.createRescueBackup(oldPath, rescue, secret, onProgress = { done, total -> progress += done to total })
        assertEquals(3uL, report.backup.records)
        assertEquals(0uL, report.photosLost)
        assertTrue(report.tables.all { it.lost == 0uL }, report.tables.toString())
        assertEquals(2uL, report.tables.single { it.table == "growth" }.saved)
        assertEquals(progress.last().first, progress.last().second)

        HandbookStore.open(File(dir, "new/handbook.sqlite3").path, lang = Lang.EN, today = today).use { new ->
            assertEquals(RestoreMode.REPLACE, new.restoreBackup(rescue, secret).mode)
            val restored = new.children().single()
            assertEquals("Hana", restored.`data`.name)
            assertEquals(2, new.growth(restored.id).size)
        }
        // A file that is no handbook at all is refused by kind, and nothing is written.
        val notAHandbook = File(dir, "notes.txt").apply { writeText("not a database") }
        val missing = File(dir, "nothing.hagukumi-backup")
        assertThrowsBlocking<HandbookException> {
            HandbookStore.createRescueBackup(notAHandbook.path, missing.path, secret)
        }
        assertTrue(!missing.exists())
    }
}
