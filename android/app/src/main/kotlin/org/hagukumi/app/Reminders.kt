package org.hagukumi.app

import android.Manifest
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.core.app.NotificationChannelCompat
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import java.time.Duration
import java.time.ZonedDateTime
import java.util.concurrent.TimeUnit
import org.hagukumi.core.Lang
import org.hagukumi.core.FamilyReminder
import org.hagukumi.handbook.app.Outcome
import org.hagukumi.handbook.app.dueRemindersInBackground
import org.hagukumi.handbook.app.message
import org.hagukumi.handbook.app.remindersToWithdraw

/*
 * Vaccination and checkup reminders. The core decides what is due (`reminders`); this
 * file only turns its answer into notifications once a day.
 *
 * Android has no "notify at 9:00 on this date" that survives reboots without exact
 * alarms, so instead of scheduling one alarm per reminder, a daily job asks the core
 * what is due today or earlier and posts those. Each reminder keeps its core-given
 * `notificationId`, so the next day's post replaces yesterday's instead of piling up,
 * and a reminder that is no longer due (the dose was recorded) is taken back.
 */

/**
 * Asks what is due (`dueRemindersInBackground`, android/handbook: opens the handbook
 * beside the app's connection, the core's reminders due today or earlier, closes it)
 * and posts it.
 */
class ReminderWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {

    override suspend fun doWork(): Result {
        val run = dueRemindersInBackground(applicationContext.handbookFile(), applicationContext.deviceLang())
        run.value?.let { Reminders.show(applicationContext, it, applicationContext.deviceLang()) }
        return when (run.outcome) {
            Outcome.SUCCESS -> Result.success()
            Outcome.RETRY -> Result.retry() // the file was busy
            Outcome.FAILURE -> Result.failure()
        }
    }

    companion object {
        private const val DAILY = "org.hagukumi.reminders.daily"
        private const val NOW = "org.hagukumi.reminders.now"

        /**
         * The daily check, first run at the next 9:00. KEEP: enqueuing again at every
         * start leaves the existing schedule alone.
         */
        fun scheduleDaily(context: Context) {
            val request = PeriodicWorkRequestBuilder<ReminderWorker>(1, TimeUnit.DAYS)
                .setInitialDelay(untilNextMorning(), TimeUnit.MILLISECONDS)
                .build()
            WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(DAILY, ExistingPeriodicWorkPolicy.KEEP, request)
        }

        /** Check now (after a vaccination was recorded, or notifications were allowed). */
        fun runOnce(context: Context) {
            WorkManager.getInstance(context)
                .enqueueUniqueWork(NOW, ExistingWorkPolicy.REPLACE, OneTimeWorkRequestBuilder<ReminderWorker>().build())
        }

        /**
         * Milliseconds to the next 9:00 on the phone's clock, so reminders arrive in the
         * morning rather than whenever the app was first opened. WorkManager may run the
         * job later than asked (Doze), never earlier; the period then drifts a little.
         */
        private fun untilNextMorning(): Long {
            val now = ZonedDateTime.now()
            var next = now.toLocalDate().atTime(9, 0).atZone(now.zone)
            if (!next.isAfter(now)) next = next.plusDays(1)
            return Duration.between(now, next).toMillis()
        }
    }
}

/** The reminders' notification channel and the notifications themselves. */
internal object Reminders {
    private const val CHANNEL_ID = "reminders"

    /** Creating an existing channel only updates its name (e.g. after a language change). */
    fun createChannel(context: Context) {
        val channel = NotificationChannelCompat.Builder(CHANNEL_ID, NotificationManagerCompat.IMPORTANCE_DEFAULT)
            .setName(context.getString(R.string.reminders_channel))
            .build()
        NotificationManagerCompat.from(context).createNotificationChannel(channel)
    }

    /** Posts one notification per reminder and withdraws those no longer due. */
    fun show(context: Context, due: List<FamilyReminder>, lang: Lang) {
        val manager = NotificationManagerCompat.from(context)
        val posted = context.getSystemService(NotificationManager::class.java).activeNotifications
            .filter { it.notification.channelId == CHANNEL_ID }
            .map { it.id }
        remindersToWithdraw(posted, due).forEach(manager::cancel)

        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return // not allowed (yet): the activity asks; the next check will post
        }
        for (r in due) {
            val notification = NotificationCompat.Builder(context, CHANNEL_ID)
                .setSmallIcon(R.drawable.ic_notification)
                // The child's name; the pregnancy's reminders have none.
                .setContentTitle(r.name.ifEmpty { context.getString(R.string.app_name) })
                .setContentText(r.message(lang))
                .setStyle(NotificationCompat.BigTextStyle().bigText(r.message(lang)))
                // Overdue and deadline items (the core's `urgent`) ask for attention.
                .setPriority(if (r.reminder.urgent) NotificationCompat.PRIORITY_HIGH else NotificationCompat.PRIORITY_DEFAULT)
                .setCategory(NotificationCompat.CATEGORY_REMINDER)
                .setContentIntent(openApp(context))
                .setAutoCancel(true)
                // If yesterday's is still shown, today's replaces it without a sound.
                .setOnlyAlertOnce(true)
                .build()
            manager.notify(r.notificationId, notification)
        }
    }

    /** Like tapping the launcher icon: brings the app's task forward, or starts it. */
    private fun openApp(context: Context): PendingIntent {
        val intent = Intent(context, MainActivity::class.java)
            .setAction(Intent.ACTION_MAIN)
            .addCategory(Intent.CATEGORY_LAUNCHER)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        return PendingIntent.getActivity(
            context, 0, intent, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }
}
