package org.hagukumi.handbook

import java.time.LocalDate
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.withContext
import org.hagukumi.core.Lang
import org.hagukumi.ffi.BackupProgress
import org.hagukumi.ffi.Change
import org.hagukumi.ffi.Handbook
import org.hagukumi.ffi.HandbookObserver
import org.hagukumi.ffi.ImportProgress
import org.hagukumi.ffi.OpenOptions

/**
 * The handbook as the Android app uses it: the generated [Handbook] (every record, screen
 * and action of the core, with the core's own types: dates are [LocalDate], errors are
 * [org.hagukumi.core.HandbookException] with a typed `kind`), reached only through
 * [call], which runs the blocking, sub-millisecond Rust call on [dispatcher]
 * ([Dispatchers.IO] by default) so no screen can block the main thread with a disk
 * write. There is no wrapper per call: a new record kind in the core needs nothing here.
 *
 * ```
 * val home = store.call { home(store.lang) }
 * val saved = store.call { addGrowth(measurement) }
 * ```
 */
class HandbookStore private constructor(
    private val ffi: Handbook,
    /** The language of the text the core writes for screens (labels, reasons, messages). */
    val lang: Lang,
    private val dispatcher: CoroutineDispatcher,
) : AutoCloseable {

    companion object {
        /**
         * Open (or create) the handbook file at [path]. [today] pins "today" for tests,
         * demos and screenshots; leave it null in the app.
         */
        suspend fun open(
            path: String,
            lang: Lang = Lang.JA,
            today: LocalDate? = null,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): HandbookStore = withContext(dispatcher) {
            HandbookStore(Handbook.openWith(path, OpenOptions(today)), lang, dispatcher)
        }

        /** A handbook in memory only (Compose previews, tests). */
        suspend fun inMemory(
            lang: Lang = Lang.JA,
            today: LocalDate? = null,
            dispatcher: CoroutineDispatcher = Dispatchers.IO,
        ): HandbookStore = withContext(dispatcher) {
            HandbookStore(Handbook.inMemory(OpenOptions(today)), lang, dispatcher)
        }

        /**
         * A library call that needs no open handbook (a received file's header, a share's
         * manifest, the family views, a rescue backup), off the main thread:
         * `HandbookStore.io { bundleFileInfo(path) }` with `org.hagukumi.ffi.*` imported.
         */
        suspend fun <T> io(dispatcher: CoroutineDispatcher = Dispatchers.IO, block: () -> T): T =
            withContext(dispatcher) { block() }
    }

    /** Run one handbook call on [dispatcher]. */
    suspend fun <T> call(block: Handbook.() -> T): T = withContext(dispatcher) { ffi.block() }

    /**
     * Every change of the handbook (this phone's writes, a merged share, a restored
     * backup, a synced feed), for screens to re-read what they show. Collect it in a
     * scope that ends with the screen; the registration ends with the collection.
     */
    fun changes(): Flow<Change> = callbackFlow {
        val handle = ffi.observe(object : HandbookObserver {
            override fun onChange(change: Change) {
                trySend(change)
            }
        })
        awaitClose {
            handle.cancel()
            handle.close()
        }
    }

    /**
     * Checkpoint and close the file. Blocking (one fsync): call it off the main thread,
     * e.g. in `withContext(Dispatchers.IO)` when the app stops. Closing twice is
     * harmless; later calls fail with kind `CLOSED`.
     */
    override fun close() {
        ffi.closeFile()
    }
}

/** A photo import's (done, total) progress for [Handbook.importPhotos]. */
fun importProgress(report: (done: Int, total: Int) -> Unit): ImportProgress = object : ImportProgress {
    override fun onProgress(done: UInt, total: UInt) = report(done.toInt(), total.toInt())
}

/** A backup's or restore's byte progress for the backup calls. */
fun backupProgress(report: (doneBytes: Long, totalBytes: Long) -> Unit): BackupProgress = object : BackupProgress {
    override fun onProgress(doneBytes: ULong, totalBytes: ULong) = report(doneBytes.toLong(), totalBytes.toLong())
}
