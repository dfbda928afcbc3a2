package org.hagukumi.app

import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.viewModels

/** The single activity: the screens are Compose, driven by [HandbookViewModel]. */
class MainActivity : ComponentActivity() {
    private val model: HandbookViewModel by viewModels { HandbookViewModel.factory(application) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContent { HagukumiApp(model) }
    }
}
