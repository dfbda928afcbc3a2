package org.hagukumi.app

import android.app.Application
import android.content.Context
import java.io.File
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import org.hagukumi.core.Lang

/**
 * Sets up what must exist before any screen or background job: the reminders' and
 * city notices' notification channels, the daily reminder check and the daily sync of
 * the city feed. Both calls are idempotent, so
 * doing them at every process start (also when WorkManager wakes the app) is harmless.
 */
class HagukumiApplication : Application() {
    /**
     * Work that must finish even when the screen that started it is gone (closing the
     * handbook, a checkpoint): lives as long as the process, not as long as a screen.
     */
    val scope = CoroutineScope(SupervisorJob() + Dispatchers.IO)

    override fun onCreate() {
        super.onCreate()
        Reminders.createChannel(this)
        ReminderWorker.scheduleDaily(this)
        FeedNotices.createChannel(this)
        FeedSyncWorker.scheduleDaily(this)
    }
}

/** The handbook: one file per install, in the app's private storage. */
internal fun Context.handbookFile(): File = filesDir.resolve("handbook.sqlite")

/**
 * The language the core writes its sentences in: the one Android chose for the app's own
 * text (values-ja/ on a phone that prefers Japanese, values/ English otherwise, following
 * the phone's whole language list), so the core's sentences and the app's chrome match.
 */
internal fun Context.deviceLang(): Lang = if (getString(R.string.core_language) == "ja") Lang.JA else Lang.EN
