package org.hagukumi.app

import android.Manifest
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.activity.viewModels
import androidx.core.content.ContextCompat

/** The single activity: the screens are Compose, drawing [HandbookViewModel]'s model. */
class MainActivity : ComponentActivity() {
    private val viewModel: HandbookViewModel by viewModels { HandbookViewModel.factory(application as HagukumiApplication) }

    /** Once allowed, post what is already due instead of waiting for tomorrow's check. */
    private val askNotifications = registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
        if (granted) ReminderWorker.runOnce(applicationContext)
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContent { HagukumiApp(viewModel.model) }
        // Android 13+ asks the parent before the app may post reminders. Asking at each
        // fresh start is harmless: after two refusals the system no longer shows it.
        if (savedInstanceState == null &&
            Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(this, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            askNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
        }
    }
}
