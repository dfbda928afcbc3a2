package org.hagukumi.app

import android.Manifest
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import androidx.core.app.NotificationChannelCompat
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.NetworkType
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import java.util.concurrent.TimeUnit
import org.hagukumi.ffi.FeedNews
import org.hagukumi.core.ForYouItem
import org.hagukumi.handbook.app.Outcome
import org.hagukumi.handbook.app.syncFeedInBackground

/*
 * The city information feed (issue 5): a daily background sync and a notification for
 * new items that are for this family. The core does the work and the deciding
 * (`backgroundSync`: the default city こもれび市 until the family picks one, a
 * conditional GET, the signature check against the city's pinned key, the apply in one
 * transaction, the on-device targeting, which items to notify and their text); the
 * retry decision is `syncFeedInBackground` (android/handbook, tested on the JVM).
 * Nothing about the family is sent anywhere.
 */

/** Syncs the city's feed and notifies the new items for this family. */
class FeedSyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {

    override suspend fun doWork(): Result {
        val run = syncFeedInBackground(applicationContext.handbookFile(), applicationContext.deviceLang())
        run.value?.let { FeedNotices.show(applicationContext, it) }
        return when (run.outcome) {
            Outcome.SUCCESS -> Result.success()
            // Network or server trouble: WorkManager retries with backoff. A feed the
            // city must fix (bad signature, …) waits for tomorrow's run.
            Outcome.RETRY -> Result.retry()
            Outcome.FAILURE -> Result.failure()
        }
    }

    companion object {
        private const val DAILY = "org.hagukumi.feed.daily"

        /** Once a day, when a network is there. KEEP: re-enqueuing at each start is harmless. */
        fun scheduleDaily(context: Context) {
            val request = PeriodicWorkRequestBuilder<FeedSyncWorker>(1, TimeUnit.DAYS)
                .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                .build()
            WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(DAILY, ExistingPeriodicWorkPolicy.KEEP, request)
        }
    }
}

/** The city notices' channel and notifications. */
internal object FeedNotices {
    private const val CHANNEL_ID = "city_notices"
    /** One summary notification, replaced by the next sync's. */
    private const val NOTIFICATION_ID = 0x0c17_0001

    fun createChannel(context: Context) {
        val channel = NotificationChannelCompat.Builder(CHANNEL_ID, NotificationManagerCompat.IMPORTANCE_DEFAULT)
            .setName(context.getString(R.string.notices_channel))
            .build()
        NotificationManagerCompat.from(context).createNotificationChannel(channel)
    }

    /** One notification with the core's title, summary and one line per item; nothing when nothing is new. */
    fun show(context: Context, news: FeedNews) {
        if (news.items.isEmpty()) return
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return // the Notices screen still lists them
        }
        val intent = Intent(context, MainActivity::class.java)
            .setAction(Intent.ACTION_MAIN)
            .addCategory(Intent.CATEGORY_LAUNCHER)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        val notification = NotificationCompat.Builder(context, CHANNEL_ID)
            .setSmallIcon(R.drawable.ic_notification)
            .setContentTitle(news.title)
            .setContentText(news.summary)
            .setStyle(NotificationCompat.BigTextStyle().bigText(news.lines.joinToString("\n")))
            .setContentIntent(
                PendingIntent.getActivity(context, 1, intent, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT),
            )
            .setAutoCancel(true)
            .build()
        NotificationManagerCompat.from(context).notify(NOTIFICATION_ID, notification)
    }
}

/** The "for you" list: each item with why it is shown; tapping marks it read. */
@Composable
fun NoticesScreen(notices: List<ForYouItem>, onRead: (ForYouItem) -> Unit, onBookmark: (ForYouItem) -> Unit) {
    if (notices.isEmpty()) {
        Text(stringResource(R.string.notices_no_notices_for_you))
        return
    }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        items(notices, key = { "${it.kind}:${it.id}" }) { item ->
            Card(Modifier.fillMaxWidth().clickable { onRead(item) }) {
                Column(Modifier.padding(16.dp)) {
                    Text(item.categoryLabel, style = MaterialTheme.typography.labelMedium)
                    Text(
                        item.title,
                        style = if (item.read) MaterialTheme.typography.titleSmall else MaterialTheme.typography.titleMedium,
                    )
                    item.reasons.forEach { Text(it.text, style = MaterialTheme.typography.labelLarge) }
                    Text(item.body, style = MaterialTheme.typography.bodyMedium)
                    item.validUntil?.let { Text(stringResource(R.string.notices_valid_until, it), style = MaterialTheme.typography.labelSmall) }
                    item.url?.let { Text(it, style = MaterialTheme.typography.labelSmall) }
                    TextButton(onClick = { onBookmark(item) }) {
                        Text(if (item.bookmarked) stringResource(R.string.notices_remove_bookmark) else stringResource(R.string.notices_bookmark))
                    }
                }
            }
        }
    }
}
