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
import org.hagukumi.handbook.app.t

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
    val chooser = lang.t("送る", "Send")
    val open = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        uri ?: return@rememberLauncherForActivityResult
        scope.launch {
            try {
                model.openReceived(withContext(Dispatchers.IO) { copyToCache(context, uri) })
            } catch (e: IOException) {
                app.showError(lang.t("ファイルを読めませんでした。", "Could not read the file."))
            } catch (e: SecurityException) {
                app.showError(lang.t("ファイルを読めませんでした。", "Could not read the file."))
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
                app.showError(lang.t("保存できませんでした。", "Could not save the file."))
            } catch (e: SecurityException) {
                app.showError(lang.t("保存できませんでした。", "Could not save the file."))
            }
        }
    }
    var removing by remember { mutableStateOf<ShareInfo?>(null) }

    LazyColumn(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(lang.t("家族と共有・バックアップ", "Sharing & backup"), style = MaterialTheme.typography.titleLarge) }
        s.result?.let { item { Text(it, style = MaterialTheme.typography.bodyLarge) } }
        s.progress?.let { item { LinearProgressIndicator(progress = { it }, modifier = Modifier.fillMaxWidth()) } }

        item { Text(lang.t("共有先", "Shared with"), style = MaterialTheme.typography.titleMedium) }
        items(s.shares, key = { it.id }) { share ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp)) {
                    Text(share.name, style = MaterialTheme.typography.titleSmall)
                    Text("${roleLabel(share.role, lang)} · ${scopeLabel(share.scope, s.children, lang)}")
                    Text(
                        share.lastExportedAt?.let { lang.t("前回送った日 ${localDay(it)}", "Last sent ${localDay(it)}") }
                            ?: lang.t("まだ送っていません", "Not sent yet"),
                        style = MaterialTheme.typography.labelSmall,
                    )
                    Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
                        TextButton(onClick = { model.showKey(share) }) { Text(lang.t("鍵を表示", "Show key")) }
                        TextButton(onClick = { model.exportShare(share) { file -> sendFile(context, file, chooser) } }) {
                            Text(lang.t("新しい分を送る", "Send what's new"))
                        }
                        TextButton(onClick = { removing = share }) { Text(lang.t("削除", "Remove")) }
                    }
                }
            }
        }
        item { NewShareForm(s, lang) { name, role, scope -> model.createShare(name, role, scope) } }

        item { Text(lang.t("受け取る", "Receive"), style = MaterialTheme.typography.titleMedium) }
        item {
            OutlinedButton(onClick = { open.launch(arrayOf("*/*")) }, modifier = Modifier.fillMaxWidth()) {
                Text(lang.t("受け取ったファイルを開く", "Open a received file"))
            }
        }

        if (s.views.isNotEmpty()) {
            item { Text(lang.t("家族の記録（閲覧のみ）", "Family views (read-only)"), style = MaterialTheme.typography.titleMedium) }
            items(s.views, key = { it.familyId }) { view ->
                Card(Modifier.fillMaxWidth().clickable { app.openView(view) }) {
                    Column(Modifier.padding(16.dp)) {
                        Text(view.children.joinToString("・").ifEmpty { lang.t("妊娠中の記録", "A pregnancy") })
                        view.lastImport?.let {
                            Text(lang.t("最終更新 ${localDay(it)}", "Updated ${localDay(it)}"), style = MaterialTheme.typography.labelSmall)
                        }
                    }
                }
            }
        }

        if (s.damaged) {
            item {
                Text(lang.t("救出バックアップ", "Rescue backup"), style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.error)
            }
            item {
                Text(
                    lang.t(
                        "手帳のファイルが壊れています。読み取れる記録と写真をすべて暗号化したバックアップに移します。作ったら保存して、復元してください。",
                        "The handbook file is damaged. Every record and photo that can still be read goes into an encrypted backup. Save it, then restore it.",
                    ),
                    color = MaterialTheme.colorScheme.error,
                )
            }
            item {
                BackupForm(
                    lang,
                    busy = s.progress != null,
                    label = lang.t("救出バックアップを作成", "Make a rescue backup"),
                    create = { model.createRescueBackup(it) },
                )
            }
        }
        item { Text(lang.t("バックアップ", "Backup"), style = MaterialTheme.typography.titleMedium) }
        item {
            BackupForm(lang, busy = s.progress != null) { model.createBackup(it) }
        }
        s.backupFile?.let { path ->
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    OutlinedButton(onClick = { save.launch(File(path).name) }) { Text(lang.t("ファイルに保存", "Save to a file")) }
                    OutlinedButton(onClick = { sendFile(context, File(path), chooser) }) { Text(lang.t("送る", "Send")) }
                }
            }
        }
        item {
            TextButton(onClick = { open.launch(arrayOf("*/*")) }) { Text(lang.t("バックアップから復元", "Restore from a backup")) }
        }
        item {
            // The photo folder against the handbook: check, then repair what the check found.
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                TextButton(onClick = { model.checkPhotos(false) }) { Text(lang.t("写真を点検", "Check photos")) }
                if (s.photoCheck?.let { !it.repaired && (it.missing.isNotEmpty() || it.orphanFiles.isNotEmpty()) } == true) {
                    TextButton(onClick = { model.checkPhotos(true) }) { Text(lang.t("写真を直す", "Repair photos")) }
                }
            }
        }
    }

    s.shown?.let { KeyDialog(it, lang) { model.showKey(null) } }
    s.incoming?.let { IncomingDialog(it, s.progress, lang, model) }
    removing?.let { share ->
        AlertDialog(
            onDismissRequest = { removing = null },
            title = { Text(lang.t("「${share.name}」を削除しますか", "Remove \"${share.name}\"?")) },
            text = { Text(lang.t("この鍵ではもう新しい記録を送れません。", "Nothing new will be sent with this key.")) },
            confirmButton = { TextButton(onClick = { removing = null; model.removeShare(share) }) { Text(lang.t("削除", "Remove")) } },
            dismissButton = { TextButton(onClick = { removing = null }) { Text(lang.t("やめる", "Cancel")) } },
        )
    }
}

/** A name, and whom the share is for: the other parent (everything) or one child or the pregnancy (read-only). */
@Composable
private fun NewShareForm(s: SharingUi, lang: Lang, create: (String, ShareRole, ShareScope) -> Unit) {
    var name by remember { mutableStateOf("") }
    var scope by remember { mutableStateOf<ShareScope>(ShareScope.Family) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedTextField(
            value = name,
            onValueChange = { name = it },
            label = { Text(lang.t("共有先の名前（例: おばあちゃん）", "Name (e.g. Grandma)")) },
            singleLine = true,
        )
        Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            FilterChip(
                selected = scope == ShareScope.Family,
                onClick = { scope = ShareScope.Family },
                label = { Text(lang.t("パートナー（すべて）", "Co-parent (everything)")) },
            )
        }
        Text(lang.t("祖父母など（閲覧のみ）:", "Grandparents and others (read-only):"), style = MaterialTheme.typography.labelMedium)
        Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            for (child in s.children) {
                val option = ShareScope.Child(child.meta.id)
                FilterChip(selected = scope == option, onClick = { scope = option }, label = { Text(child.data.name) })
            }
            for (p in s.pregnancies) {
                val option = ShareScope.Pregnancy(p.meta.id)
                FilterChip(selected = scope == option, onClick = { scope = option }, label = { Text(lang.t("妊娠中", "Pregnancy")) })
            }
        }
        Button(onClick = {
            create(name, if (scope == ShareScope.Family) ShareRole.CO_PARENT else ShareRole.VIEWER, scope)
            name = ""
        }) { Text(lang.t("共有先を追加", "Add")) }
    }
}

/** The share key as a QR code for the other phone, and as text to copy. */
@Composable
private fun KeyDialog(share: ShareInfo, lang: Lang, close: () -> Unit) {
    val clipboard = LocalClipboardManager.current
    val qr = remember(share.key) { qrCode(share.key) }
    AlertDialog(
        onDismissRequest = close,
        title = { Text(lang.t("${share.name}の鍵", "Key for ${share.name}")) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Image(qr, contentDescription = share.key, modifier = Modifier.size(240.dp), filterQuality = FilterQuality.None)
                SelectionContainer { Text(share.key, style = MaterialTheme.typography.bodySmall) }
                Text(
                    lang.t(
                        "鍵はファイルとは別の方法で渡してください（会って読み取ってもらう、別のアプリで送るなど）。鍵とファイルの両方があれば記録を読めます。",
                        "Give the key another way than the file (scan it in person, or send it with another app): whoever has both can read the records.",
                    ),
                    style = MaterialTheme.typography.bodySmall,
                )
            }
        },
        confirmButton = { TextButton(onClick = close) { Text("OK") } },
        dismissButton = {
            TextButton(onClick = { clipboard.setText(AnnotatedString(share.key)) }) { Text(lang.t("鍵をコピー", "Copy key")) }
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
            Text(if (incoming.isBackup) lang.t("バックアップから復元", "Restore a backup") else lang.t("共有された記録", "Shared records"))
        },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                if (!unlocked) {
                    OutlinedTextField(
                        value = secret,
                        onValueChange = { secret = it },
                        label = {
                            Text(if (incoming.needsPassphrase) lang.t("パスフレーズ", "Passphrase") else lang.t("共有の鍵", "Share key"))
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
                    Text(lang.t("記録の対象: ${info.subjects.joinToString("・")}", "About: ${info.subjects.joinToString(", ")}"))
                    Text(roleLabel(info.role, lang))
                    Text(lang.t("記録${info.records}件・写真${info.photos}枚（${localDay(info.createdAt)}作成）", "${info.records} records, ${info.photos} photos (made ${localDay(info.createdAt)})"))
                    if (info.role == ShareRole.CO_PARENT) {
                        Text(lang.t("この手帳に統合します。", "It will be merged into this handbook."), style = MaterialTheme.typography.bodySmall)
                    }
                }
                incoming.backup?.let { info ->
                    Text(lang.t("作成日 ${localDay(info.createdAt)}", "Made on ${localDay(info.createdAt)}"))
                    if (info.children.isNotEmpty()) Text(lang.t("お子さん: ${info.children.joinToString("・")}", "Children: ${info.children.joinToString(", ")}"))
                    Text(lang.t("記録${info.records}件・写真${info.photos}枚", "${info.records} records, ${info.photos} photos"))
                }
                if (incoming.choiceNeeded) {
                    Text(
                        lang.t(
                            "この手帳にはすでに記録があります。バックアップで置き換えますか、それとも統合しますか。",
                            "This handbook already has records. Replace them with the backup, or merge the two?",
                        ),
                    )
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        OutlinedButton(onClick = { model.restore(RestoreMode.REPLACE) }) { Text(lang.t("置き換える", "Replace")) }
                        OutlinedButton(onClick = { model.restore(RestoreMode.MERGE) }) { Text(lang.t("統合する", "Merge")) }
                    }
                }
                progress?.let { LinearProgressIndicator(progress = { it }, modifier = Modifier.fillMaxWidth()) }
            }
        },
        confirmButton = {
            when {
                !unlocked -> TextButton(onClick = { model.unlock(secret) }) { Text(lang.t("確認", "Check")) }
                incoming.share != null -> TextButton(onClick = { model.importIncoming() }) { Text(lang.t("取り込む", "Import")) }
                !incoming.choiceNeeded && progress == null ->
                    TextButton(onClick = { model.restore(null) }) { Text(lang.t("復元", "Restore")) }
                else -> Unit
            }
        },
        dismissButton = {
            if (progress == null) TextButton(onClick = { model.cancelIncoming() }) { Text(lang.t("やめる", "Cancel")) }
        },
    )
}

/** Passphrase twice and the warning; the core checks the passphrase (at least 8 characters). */
@Composable
private fun BackupForm(
    lang: Lang,
    busy: Boolean,
    label: String = lang.t("バックアップを作成", "Create a backup"),
    create: (String) -> Unit,
) {
    var first by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(
            lang.t(
                "記録と写真をまとめて暗号化し、1つのファイルにします。パスフレーズ（8文字以上）を忘れると、誰にも復元できません。",
                "Records and photos are encrypted into one file. If the passphrase (8 characters or more) is forgotten, nobody can restore it.",
            ),
            style = MaterialTheme.typography.bodySmall,
        )
        PassphraseField(lang.t("パスフレーズ", "Passphrase"), first) { first = it }
        PassphraseField(lang.t("もう一度", "Again"), again) { again = it }
        if (again.isNotEmpty() && again != first) {
            Text(lang.t("2つのパスフレーズが違います。", "The two passphrases differ."), color = MaterialTheme.colorScheme.error)
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
