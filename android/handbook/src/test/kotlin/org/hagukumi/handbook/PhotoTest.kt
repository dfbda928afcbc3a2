package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Lang
import org.hagukumi.ffi.PhotoImport
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File
import java.nio.file.Files
import java.time.LocalDate

/** Photo import (issue 6) through the facade, on a real JPEG with an EXIF rotation. */
class PhotoTest {
    /** scripts/test-kotlin.sh runs the JVM from the repository root. */
    private val fixture = File("tests/fixtures/exif-orientation/Landscape_6.jpg").absolutePath

    @Test
    fun `a rotated JPEG is stored upright with a thumbnail, a HEIC file is refused by kind`() = runBlocking {
        val dir = Files.createTempDirectory("hagukumi-photos").toFile()
        try {
            val heic = File(dir, "photo.jpg")
            heic.writeBytes(byteArrayOf(0, 0, 0, 0x18) + "ftypheic".toByteArray() + ByteArray(4) + "mif1heic".toByteArray())
            HandbookStore.open(File(dir, "handbook.sqlite3").path, lang = Lang.EN, today = LocalDate.of(2026, 11, 25)).use { hb ->
                val progress = mutableListOf<Pair<Int, Int>>()
                val results = hb.call {
                    importPhotos(listOf(fixture, heic.path), null, importProgress { done, total -> progress += done to total })
                }
                assertEquals(listOf(0 to 2, 1 to 2, 2 to 2), progress)

                val imported = results[0] as PhotoImport.Imported
                val photo = imported.photo
                assertTrue(photo.display.width > photo.display.height, "stored upright: $photo")
                assertEquals(320u, photo.thumbnail.width)
                assertTrue(File(photo.thumbnail.path).isFile, photo.thumbnail.path)

                val refused = (results[1] as PhotoImport.Refused).error
                assertEquals(ErrorKind.PHOTO_HEIC, refused.kind)
                assertTrue(refused.userMessage(Lang.EN).contains("HEIC"), refused.userMessage(Lang.EN))

                // The same picture again is deduplicated, not stored twice.
                val again = hb.call { importPhotos(listOf(fixture), null, null) }.single() as PhotoImport.Imported
                assertTrue(again.deduplicated)
                assertEquals(photo.id, again.photo.id)
                assertEquals(listOf(photo.id), hb.call { photos() }.map { it.id })
                assertEquals(0, hb.call { checkPhotos(false) }.missing.size)
            }
        } finally {
            dir.deleteRecursively()
        }
    }
}
