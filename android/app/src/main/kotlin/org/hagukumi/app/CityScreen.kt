package org.hagukumi.app

import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import android.content.Context
import android.content.Intent
import android.net.Uri
import java.io.IOException
import org.hagukumi.core.ConsultationDesk
import org.hagukumi.core.Lang
import org.hagukumi.core.ArchivedCity
import org.hagukumi.ffi.CityInfo
import org.hagukumi.core.MoveReport
import org.hagukumi.ffi.sampleCityConfig
import org.hagukumi.handbook.app.moveSummary
import org.hagukumi.ffi.deskHours
import org.hagukumi.ffi.deskName

/**
 * The cities the app offers to pick from (`city.toml` texts). For now the bundled
 * sample city こもれび市; a city that publishes a feed is added here (or given to the
 * family as a file, which the screen also opens).
 */
internal fun bundledCities(context: Context): List<Pair<String, String>> =
    listOf(context.getString(R.string.city_sample) to sampleCityConfig())

/**
 * Settings › City / 市区町村: the city whose notices the family receives, moving to
 * another (every record is kept; the old city's notices are archived and listed
 * below), and the archive.
 */
@Composable
fun CityScreen(
    current: CityInfo?,
    archive: List<ArchivedCity>,
    lastMove: MoveReport?,
    lang: Lang,
    onMove: (String) -> Unit,
    /** A file the phone could not read, in the app's words. */
    onError: (String) -> Unit,
    /** The city's consultation desk (こども家庭センター), if the city names one. */
    desk: ConsultationDesk? = null,
) {
    val context = LocalContext.current
    val pickFile = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        uri ?: return@rememberLauncherForActivityResult
        // A city.toml is a few hundred bytes; the core checks it before anything changes.
        val text = try {
            context.contentResolver.openInputStream(uri)?.use { it.readBytes().decodeToString() }
        } catch (e: IOException) {
            null
        } catch (e: SecurityException) {
            null
        }
        if (text != null) onMove(text) else onError(context.getString(R.string.city_could_not_read_file))
    }
    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item {
            Text(stringResource(R.string.city_title), style = MaterialTheme.typography.titleLarge)
            Text(
                current?.let { stringResource(R.string.city_name_code, it.name, it.code) } ?: stringResource(R.string.city_not_chosen_yet),
                style = MaterialTheme.typography.titleMedium,
            )
            current?.let { Text(it.feedUrl, style = MaterialTheme.typography.labelSmall) }
        }
        desk?.let { d -> item { DeskCard(d, lang) } }
        lastMove?.let { report -> item { Text(moveSummary(report, lang)) } }
        item {
            Text(
                stringResource(R.string.city_after_moving_choose_new),
                style = MaterialTheme.typography.bodyMedium,
            )
        }
        items(bundledCities(context), key = { it.first }) { (label, toml) ->
            OutlinedButton(onClick = { onMove(toml) }, modifier = Modifier.fillMaxWidth()) { Text(label) }
        }
        item {
            TextButton(onClick = { pickFile.launch(arrayOf("*/*")) }) {
                Text(stringResource(R.string.city_choose_from_file_city))
            }
        }
        archive.forEach { city ->
            item {
                Text(
                    stringResource(R.string.city_notices_of_archived, city.name),
                    style = MaterialTheme.typography.titleMedium,
                )
            }
            items(city.notices, key = { "${city.code}:${it.id}" }) { notice ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(16.dp)) {
                        Text(notice.categoryLabel, style = MaterialTheme.typography.labelMedium)
                        Text(notice.title, style = MaterialTheme.typography.titleSmall)
                        notice.date?.let { Text(it.toString(), style = MaterialTheme.typography.labelSmall) }
                        Text(notice.body, style = MaterialTheme.typography.bodyMedium)
                    }
                }
            }
        }
    }
}

/** The city's consultation desk as the city publishes it, with a call button for its phone. */
@Composable
private fun DeskCard(desk: ConsultationDesk, lang: Lang) {
    val context = LocalContext.current
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp)) {
            Text(stringResource(R.string.city_consultation_desk), style = MaterialTheme.typography.labelMedium)
            Text(deskName(desk, lang), style = MaterialTheme.typography.titleSmall)
            deskHours(desk, lang)?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            desk.phone?.let { phone ->
                TextButton(onClick = { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:$phone"))) }) {
                    Text(stringResource(R.string.city_call, phone))
                }
            }
            desk.url?.let { url ->
                TextButton(onClick = { context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(url))) }) { Text(url) }
            }
        }
    }
}
