package org.hagukumi.app

import androidx.lifecycle.ViewModel
import androidx.lifecycle.ViewModelProvider
import androidx.lifecycle.viewModelScope
import androidx.lifecycle.viewmodel.initializer
import androidx.lifecycle.viewmodel.viewModelFactory
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch
import org.hagukumi.core.Lang
import org.hagukumi.handbook.app.HandbookModel

/**
 * The Android lifetime of [HandbookModel] (android/handbook, tested on the JVM): the
 * model runs on [viewModelScope] and its handbook is closed on [appScope] when the
 * screens are gone, since the checkpoint must outlive the ViewModel's own scope.
 */
class HandbookViewModel(
    path: String,
    lang: Lang,
    bundlesDir: java.io.File,
    viewsDir: java.io.File,
    private val appScope: CoroutineScope,
    onRemindersChanged: () -> Unit,
) : ViewModel() {
    val model = HandbookModel(viewModelScope, path, lang, bundlesDir, viewsDir, onRemindersChanged = onRemindersChanged)

    override fun onCleared() {
        appScope.launch { model.close() }
    }

    companion object {
        fun factory(app: HagukumiApplication): ViewModelProvider.Factory = viewModelFactory {
            initializer {
                HandbookViewModel(
                    app.handbookFile().path,
                    app.deviceLang(),
                    bundlesDir = app.cacheDir.resolve("bundles"),
                    viewsDir = app.filesDir.resolve("views"),
                    appScope = app.scope,
                ) { ReminderWorker.runOnce(app) }
            }
        }
    }
}
