package org.hagukumi.handbook.app

import java.io.File
import java.time.LocalDate
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.withContext
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang
import org.hagukumi.ffi.FeedNews
import org.hagukumi.core.FamilyReminder
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.transient

/*
 * The daily background jobs (WorkManager on Android), without Android: open the
 * handbook file beside the app's own connection (WAL mode: the two wait for each
 * other), ask the core, close, and say whether to retry. The Android workers only
 * post what these return.
 */

/** What a background job tells the scheduler. */
enum class Outcome { SUCCESS, RETRY, FAILURE }

/** A job's [outcome]; [value] on success (null when there was no handbook yet), [error] otherwise. */
data class BackgroundRun<out T>(val outcome: Outcome, val value: T? = null, val error: HandbookException? = null)

/**
 * Run [work] on the handbook at [file]. No file yet (nothing recorded): success and
 * nothing done, so no empty handbook is created from the background. A failure the
 * core calls transient (network, a busy file) is retried later; any other waits for
 * the next day. The file is closed (a checkpoint) even if the job is cancelled.
 */
suspend fun <T> inBackground(
    file: File,
    lang: Lang,
    today: LocalDate? = null,
    work: suspend (HandbookStore) -> T,
): BackgroundRun<T> {
    if (!file.exists()) return BackgroundRun(Outcome.SUCCESS)
    return try {
        val store = HandbookStore.open(file.path, lang, today)
        try {
            BackgroundRun(Outcome.SUCCESS, work(store))
        } finally {
            withContext(NonCancellable + Dispatchers.IO) { runCatching { store.close() } }
        }
    } catch (e: HandbookException) {
        BackgroundRun(if (e.transient) Outcome.RETRY else Outcome.FAILURE, error = e)
    }
}

/**
 * The daily feed sync: the core follows the default city if none was chosen, syncs,
 * and says what to notify (`FeedNews.items` empty: nothing new for this family).
 */
suspend fun syncFeedInBackground(file: File, lang: Lang, today: LocalDate? = null): BackgroundRun<FeedNews> =
    inBackground(file, lang, today) { store -> store.call { backgroundSync(lang) } }

/** The daily reminder check: what is due today or earlier, as the core counts today. */
suspend fun dueRemindersInBackground(file: File, lang: Lang, today: LocalDate? = null): BackgroundRun<List<FamilyReminder>> =
    inBackground(file, lang, today) { store -> store.dueReminders() }

/**
 * The reminders to post now: those whose notification day (`notifyOn`, the core's) is
 * today (in Japan, or the pinned date) or earlier, in the core's order (overdue and
 * deadline items first). Each keeps the core's `notificationId`, so posting again
 * replaces yesterday's.
 */
suspend fun HandbookStore.dueReminders(): List<FamilyReminder> = call {
    val today = today()
    reminders(1u).filter { !it.reminder.notifyOn.isAfter(today) }
}

/** The text of a reminder's notification, in [lang]. */
fun FamilyReminder.message(lang: Lang): String = reminder.messages.inLang(lang)

/** The posted reminder notifications to take back: no longer due (the dose was recorded). */
fun remindersToWithdraw(posted: Collection<Int>, due: List<FamilyReminder>): List<Int> {
    val stillDue = due.mapTo(HashSet()) { it.notificationId }
    return posted.filter { it !in stillDue }
}
