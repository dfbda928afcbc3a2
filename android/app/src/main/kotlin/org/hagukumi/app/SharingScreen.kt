package org.hagukumi.app

import android.content.Context
import android.content.Intent
import android.graphics.Bitmap
import android.net.Uri
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.Image
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.text.selection.SelectionContainer
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.FilterChip
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.FilterQuality
import androidx.compose.ui.graphics.ImageBitmap
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.platform.LocalClipboardManager
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.dp
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.res.pluralStringResource
import androidx.core.content.FileProvider
import com.google.zxing.BarcodeFormat
import com.google.zxing.EncodeHintType
import com.google.zxing.qrcode.QRCodeWriter
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel
import java.io.File
import java.io.IOException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.hagukumi.core.Lang
import org.hagukumi.core.RestoreMode
import org.hagukumi.core.ShareRole
import org.hagukumi.core.ShareInfo
import org.hagukumi.core.ShareScope
import org.hagukumi.handbook.app.HandbookModel
import org.hagukumi.handbook.app.Incoming
import org.hagukumi.handbook.app.SharingModel
import org.hagukumi.handbook.app.SharingUi
import org.hagukumi.handbook.app.localDay
import org.hagukumi.handbook.app.roleLabel
import org.hagukumi.handbook.app.scopeLabel

/**
 * 家族と共有・バックアップ: the family's shares (with each key as a QR code), sending
 * what is new, opening a received share or backup, the family views kept for
 * grandparents, and backups.
 */
@Composable
fun SharingScreen(s: SharingUi, lang: Lang, app: HandbookModel) {
    val model = app.sharing
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val chooser = stringResource(R.string.sharing_send)
    val open = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        uri ?: return@rememberLauncherForActivityResult
        scope.launch {
            try {
                model.openReceived(withContext(Dispatchers.IO) { copyToCache(context, uri) })
            } catch (e: IOException) {
                app.showError(context.getString(R.string.sharing_could_not_read_file))
            } catch (e: SecurityException) {
                app.showError(context.getString(R.string.sharing_could_not_read_file))
            }
        }
    }
    val save = rememberLauncherForActivityResult(ActivityResultContracts.CreateDocument("application/octet-stream")) { uri ->
        val file = s.backupFile?.let(::File)
        if (uri == null || file == null) return@rememberLauncherForActivityResult
        scope.launch {
            try {
                withContext(Dispatchers.IO) { copyToUri(context, file, uri) }
            } catch (e: IOException) {
                app.showError(context.getString(R.string.sharing_could_not_save_file))
            } catch (e: SecurityException) {
                app.showError(context.getString(R.string.sharing_could_not_save_file))
            }
        }
    }
    var removing by remember { mutableStateOf<ShareInfo?>(null) }

    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(stringResource(R.string.sharing_sharing_backup), style = MaterialTheme.typography.titleLarge) }
        s.result?.let { item { Text(it, style = MaterialTheme.typography.bodyLarge) } }
        s.progress?.let { item { LinearProgressIndicator(progress = { it }, modifier = Modifier.fillMaxWidth()) } }

        item { Text(stringResource(R.string.sharing_shared_with), style = MaterialTheme.typography.titleMedium) }
        items(s.shares, key = { it.id }) { share ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp)) {
                    Text(share.name, style = MaterialTheme.typography.titleSmall)
                    Text("${roleLabel(share.role, lang)} · ${scopeLabel(share.scope, s.children, lang)}")
                    Text(
                        share.lastExportedAt?.let { stringResource(R.string.sharing_last_sent, localDay(it)) }
                            ?: stringResource(R.string.sharing_not_sent_yet),
                        style = MaterialTheme.typography.labelSmall,
                    )
                    Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
                        TextButton(onClick = { model.showKey(share) }) { Text(stringResource(R.string.sharing_show_key)) }
                        TextButton(onClick = { model.exportShare(share) { file -> sendFile(context, file, chooser) } }) {
                            Text(stringResource(R.string.sharing_send_whats_new))
                        }
                        TextButton(onClick = { removing = share }) { Text(stringResource(R.string.sharing_remove)) }
                    }
                }
            }
        }
        item { NewShareForm(s) { name, role, scope -> model.createShare(name, role, scope) } }

        item { Text(stringResource(R.string.sharing_receive), style = MaterialTheme.typography.titleMedium) }
        item {
            OutlinedButton(onClick = { open.launch(arrayOf("*/*")) }, modifier = Modifier.fillMaxWidth()) {
                Text(stringResource(R.string.sharing_open_received_file))
            }
        }

        if (s.views.isNotEmpty()) {
            item { Text(stringResource(R.string.sharing_family_views_read_only), style = MaterialTheme.typography.titleMedium) }
            items(s.views, key = { it.familyId }) { view ->
                Card(Modifier.fillMaxWidth().clickable { app.openView(view) }) {
                    Column(Modifier.padding(16.dp)) {
                        Text(view.children.joinToString(stringResource(R.string.list_separator)).ifEmpty { stringResource(R.string.sharing_view_pregnancy) })
                        view.lastImport?.let {
                            Text(stringResource(R.string.sharing_updated, localDay(it)), style = MaterialTheme.typography.labelSmall)
                        }
                    }
                }
            }
        }

        if (s.damaged) {
            item {
                Text(stringResource(R.string.sharing_rescue_backup), style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.error)
            }
            item {
                Text(
                    stringResource(R.string.sharing_handbook_file_is_damaged),
                    color = MaterialTheme.colorScheme.error,
                )
            }
            item {
                BackupForm(
                    busy = s.progress != null,
                    label = stringResource(R.string.sharing_make_rescue_backup),
                    create = { model.createRescueBackup(it) },
                )
            }
        }
        item { Text(stringResource(R.string.sharing_backup), style = MaterialTheme.typography.titleMedium) }
        item {
            BackupForm(busy = s.progress != null) { model.createBackup(it) }
        }
        s.backupFile?.let { path ->
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    OutlinedButton(onClick = { save.launch(File(path).name) }) { Text(stringResource(R.string.sharing_save_to_file)) }
                    OutlinedButton(onClick = { sendFile(context, File(path), chooser) }) { Text(stringResource(R.string.sharing_send)) }
                }
            }
        }
        item {
            TextButton(onClick = { open.launch(arrayOf("*/*")) }) { Text(stringResource(R.string.sharing_restore_from_backup)) }
        }
        item {
            // The photo folder against the handbook: check, then repair what the check found.
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                TextButton(onClick = { model.checkPhotos(false) }) { Text(stringResource(R.string.sharing_check_photos)) }
                if (s.photoCheck?.let { !it.repaired && (it.missing.isNotEmpty() || it.orphanFiles.isNotEmpty()) } == true) {
                    TextButton(onClick = { model.checkPhotos(true) }) { Text(stringResource(R.string.sharing_repair_photos)) }
                }
            }
        }
    }

    s.shown?.let { KeyDialog(it) { model.showKey(null) } }
    s.incoming?.let { IncomingDialog(it, s.progress, lang, model) }
    removing?.let { share ->
        AlertDialog(
            onDismissRequest = { removing = null },
            title = { Text(stringResource(R.string.sharing_remove_confirm, share.name)) },
            text = { Text(stringResource(R.string.sharing_nothing_new_will_be)) },
            confirmButton = { TextButton(onClick = { removing = null; model.removeShare(share) }) { Text(stringResource(R.string.sharing_remove)) } },
            dismissButton = { TextButton(onClick = { removing = null }) { Text(stringResource(R.string.sharing_cancel)) } },
        )
    }
}

/** A name, and whom the share is for: the other parent (everything) or one child or the pregnancy (read-only). */
@Composable
private fun NewShareForm(s: SharingUi, create: (String, ShareRole, ShareScope) -> Unit) {
    var name by remember { mutableStateOf("") }
    var scope by remember { mutableStateOf<ShareScope>(ShareScope.Family) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedTextField(
            value = name,
            onValueChange = { name = it },
            label = { Text(stringResource(R.string.sharing_name_e_g_grandma)) },
            singleLine = true,
        )
        Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            FilterChip(
                selected = scope == ShareScope.Family,
                onClick = { scope = ShareScope.Family },
                label = { Text(stringResource(R.string.sharing_co_parent_everything)) },
            )
        }
        Text(stringResource(R.string.sharing_grandparents_and_others_read), style = MaterialTheme.typography.labelMedium)
        Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            for (child in s.children) {
                val option = ShareScope.Child(child.meta.id)
                FilterChip(selected = scope == option, onClick = { scope = option }, label = { Text(child.data.name) })
            }
            for (p in s.pregnancies) {
                val option = ShareScope.Pregnancy(p.meta.id)
                FilterChip(selected = scope == option, onClick = { scope = option }, label = { Text(stringResource(R.string.sharing_scope_pregnancy)) })
            }
        }
        Button(onClick = {
            create(name, if (scope == ShareScope.Family) ShareRole.CO_PARENT else ShareRole.VIEWER, scope)
            name = ""
        }) { Text(stringResource(R.string.sharing_add_share)) }
    }
}

/** The share key as a QR code for the other phone, and as text to copy. */
@Composable
private fun KeyDialog(share: ShareInfo, close: () -> Unit) {
    val clipboard = LocalClipboardManager.current
    val qr = remember(share.key) { qrCode(share.key) }
    AlertDialog(
        onDismissRequest = close,
        title = { Text(stringResource(R.string.sharing_key_for, share.name)) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Image(qr, contentDescription = share.key, modifier = Modifier.size(240.dp), filterQuality = FilterQuality.None)
                SelectionContainer { Text(share.key, style = MaterialTheme.typography.bodySmall) }
                Text(
                    stringResource(R.string.sharing_give_key_another_way),
                    style = MaterialTheme.typography.bodySmall,
                )
            }
        },
        confirmButton = { TextButton(onClick = close) { Text("OK") } },
        dismissButton = {
            TextButton(onClick = { clipboard.setText(AnnotatedString(share.key)) }) { Text(stringResource(R.string.sharing_copy_key)) }
        },
    )
}

/** Key or passphrase, then what the file holds, then import or restore (replace or merge when asked). */
@Composable
private fun IncomingDialog(incoming: Incoming, progress: Float?, lang: Lang, model: SharingModel) {
    var secret by remember(incoming.path) { mutableStateOf("") }
    val unlocked = incoming.share != null || incoming.backup != null
    AlertDialog(
        onDismissRequest = { if (progress == null) model.cancelIncoming() },
        title = {
            Text(if (incoming.isBackup) stringResource(R.string.sharing_restore_backup) else stringResource(R.string.sharing_shared_records))
        },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                if (!unlocked) {
                    OutlinedTextField(
                        value = secret,
                        onValueChange = { secret = it },
                        label = {
                            Text(if (incoming.needsPassphrase) stringResource(R.string.sharing_passphrase) else stringResource(R.string.sharing_share_key))
                        },
                        isError = incoming.secretError != null,
                        supportingText = incoming.secretError?.let { { Text(it) } },
                        visualTransformation = if (incoming.needsPassphrase) PasswordVisualTransformation() else VisualTransformation.None,
                        keyboardOptions = KeyboardOptions(
                            keyboardType = if (incoming.needsPassphrase) KeyboardType.Password else KeyboardType.Ascii,
                        ),
                    )
                }
                incoming.share?.let { info ->
                    Text(stringResource(R.string.sharing_about, info.subjects.joinToString(stringResource(R.string.list_separator))))
                    Text(roleLabel(info.role, lang))
                    Text(stringResource(R.string.sharing_records_photos_made, recordCount(info.records.toInt()), photoCount(info.photos.toInt()), localDay(info.createdAt)))
                    if (info.role == ShareRole.CO_PARENT) {
                        Text(stringResource(R.string.sharing_it_will_be_merged), style = MaterialTheme.typography.bodySmall)
                    }
                }
                incoming.backup?.let { info ->
                    Text(stringResource(R.string.sharing_made_on, localDay(info.createdAt)))
                    if (info.children.isNotEmpty()) Text(stringResource(R.string.sharing_children, info.children.joinToString(stringResource(R.string.list_separator))))
                    Text(stringResource(R.string.sharing_records_photos, recordCount(info.records.toInt()), photoCount(info.photos.toInt())))
                }
                if (incoming.choiceNeeded) {
                    Text(
                        stringResource(R.string.sharing_this_handbook_already_has),
                    )
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        OutlinedButton(onClick = { model.restore(RestoreMode.REPLACE) }) { Text(stringResource(R.string.sharing_replace)) }
                        OutlinedButton(onClick = { model.restore(RestoreMode.MERGE) }) { Text(stringResource(R.string.sharing_merge)) }
                    }
                }
                progress?.let { LinearProgressIndicator(progress = { it }, modifier = Modifier.fillMaxWidth()) }
            }
        },
        confirmButton = {
            when {
                !unlocked -> TextButton(onClick = { model.unlock(secret) }) { Text(stringResource(R.string.sharing_check)) }
                incoming.share != null -> TextButton(onClick = { model.importIncoming() }) { Text(stringResource(R.string.sharing_import)) }
                !incoming.choiceNeeded && progress == null ->
                    TextButton(onClick = { model.restore(null) }) { Text(stringResource(R.string.sharing_restore)) }
                else -> Unit
            }
        },
        dismissButton = {
            if (progress == null) TextButton(onClick = { model.cancelIncoming() }) { Text(stringResource(R.string.sharing_cancel)) }
        },
    )
}

/** Passphrase twice and the warning; the core checks the passphrase (at least 8 characters). */
@Composable
private fun BackupForm(
    busy: Boolean,
    label: String = stringResource(R.string.sharing_create_backup),
    create: (String) -> Unit,
) {
    var first by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(
            stringResource(R.string.sharing_records_and_photos_are),
            style = MaterialTheme.typography.bodySmall,
        )
        PassphraseField(stringResource(R.string.sharing_passphrase), first) { first = it }
        PassphraseField(stringResource(R.string.sharing_again), again) { again = it }
        if (again.isNotEmpty() && again != first) {
            Text(stringResource(R.string.sharing_two_passphrases_differ), color = MaterialTheme.colorScheme.error)
        }
        Button(onClick = { create(first) }, enabled = !busy && first.isNotEmpty() && first == again) {
            Text(label)
        }
    }
}

@Composable
private fun PassphraseField(label: String, value: String, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Password),
    )
}

/** The share key as a QR code, one pixel per module (drawn unscaled-smooth by the Image). */
private fun qrCode(text: String): ImageBitmap {
    val matrix = QRCodeWriter().encode(
        text, BarcodeFormat.QR_CODE, 0, 0, mapOf(EncodeHintType.ERROR_CORRECTION to ErrorCorrectionLevel.M),
    )
    val pixels = IntArray(matrix.width * matrix.height) { i ->
        if (matrix.get(i % matrix.width, i / matrix.width)) 0xFF000000.toInt() else 0xFFFFFFFF.toInt()
    }
    return Bitmap.createBitmap(pixels, matrix.width, matrix.height, Bitmap.Config.ARGB_8888).asImageBitmap()
}

/** Copy a picked document to the cache, where the core can read it as a file. */
private fun copyToCache(context: Context, uri: Uri): File {
    val dir = context.cacheDir.resolve("bundles/received").apply { mkdirs() }
    val file = File(dir, "received.bundle")
    val input = context.contentResolver.openInputStream(uri) ?: throw IOException("no content at $uri")
    input.use { i -> file.outputStream().use { o -> i.copyTo(o) } }
    return file
}

private fun copyToUri(context: Context, file: File, uri: Uri) {
    val output = context.contentResolver.openOutputStream(uri) ?: throw IOException("cannot write $uri")
    output.use { o -> file.inputStream().use { i -> i.copyTo(o) } }
}

/** The share sheet for a bundle in the cache (FileProvider authority `<package>.files`). */
internal fun sendFile(context: Context, file: File, chooserTitle: String) {
    val uri = FileProvider.getUriForFile(context, "${context.packageName}.files", file)
    val send = Intent(Intent.ACTION_SEND).apply {
        type = "application/octet-stream"
        putExtra(Intent.EXTRA_STREAM, uri)
        addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
    }
    context.startActivity(Intent.createChooser(send, chooserTitle))
}

/** "3 records" in the phone's language (English needs the plural). */
@Composable
private fun recordCount(n: Int): String = pluralStringResource(R.plurals.sharing_record_count, n, n)

/** "2 photos" in the phone's language. */
@Composable
private fun photoCount(n: Int): String = pluralStringResource(R.plurals.sharing_photo_count, n, n)
