package org.hagukumi.app

import android.app.Application
import android.content.Context
import java.io.File
import java.util.Locale
import org.hagukumi.ffi.Lang

/**
 * Sets up what must exist before any screen or background job: the reminders'
 * notification channel and the daily reminder check. Both calls are idempotent, so
 * doing them at every process start (also when WorkManager wakes the app) is harmless.
 */
class HagukumiApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        Reminders.createChannel(this, deviceLang())
        ReminderWorker.scheduleDaily(this)
    }
}

/** The handbook: one file per install, in the app's private storage. */
internal fun Context.handbookFile(): File = filesDir.resolve("handbook.sqlite")

/** The UI language: Japanese on a Japanese phone, English otherwise. */
internal fun deviceLang(): Lang = if (Locale.getDefault().language == "ja") Lang.JA else Lang.EN
