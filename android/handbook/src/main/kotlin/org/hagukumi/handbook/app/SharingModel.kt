package org.hagukumi.handbook.app

import java.io.File
import java.time.LocalDate
import kotlinx.coroutines.flow.update
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.HandbookException
import org.hagukumi.core.RestoreMode
import org.hagukumi.core.RestoreQuestion
import org.hagukumi.core.ShareRole
import org.hagukumi.core.BundleSecret
import org.hagukumi.core.ShareInfo
import org.hagukumi.core.ShareScope
import org.hagukumi.ffi.bundleFileInfo
import org.hagukumi.ffi.createRescueBackup
import org.hagukumi.ffi.familyViews
import org.hagukumi.ffi.importShareToViews
import org.hagukumi.ffi.inspectBackup
import org.hagukumi.ffi.peekShare
import org.hagukumi.handbook.HandbookStore
import org.hagukumi.handbook.backupProgress
import org.hagukumi.handbook.kind
import org.hagukumi.handbook.userMessage

/**
 * 家族と共有・バックアップ without Android: shares and their keys, a received share or
 * backup (unlock, look, import or restore), family views, backups and the rescue
 * backup. The rules (what a share carries, merging, keys, passphrases, whether to ask
 * before restoring) are the core's; this only calls it in order and keeps what it
 * returns in [HandbookModel.ui]'s `sharing`.
 */
class SharingModel internal constructor(private val host: HandbookModel) {
    private val lang get() = host.lang

    internal fun update(change: (SharingUi) -> SharingUi) = host.state.update { it.copy(sharing = change(it.sharing)) }

    private val now get() = host.state.value.sharing

    internal suspend fun load() {
        val own = host.own()
        val shares = own.call { shares() }
        val children = own.call { children() }
        val pregnancies = own.call { pregnancies() }
        val views = HandbookStore.io { familyViews(host.viewsDir.path) }
        update { it.copy(shares = shares, children = children, pregnancies = pregnancies, views = views) }
    }

    /** Create a share; its key is shown at once (QR code and text). */
    fun createShare(name: String, role: ShareRole, scope: ShareScope) = host.act {
        val share = host.own().call { createShare(name, role, scope) }
        load()
        update { it.copy(shown = share) }
    }

    fun showKey(share: ShareInfo?) = update { it.copy(shown = share) }

    /**
     * Check the photo folder against the handbook; with [repair], remake missing
     * thumbnails and remove files no record refers to. The line shown is
     * [photoCheckSummary].
     */
    fun checkPhotos(repair: Boolean) = host.act {
        val check = host.own().call { checkPhotos(repair) }
        update { it.copy(photoCheck = check, result = photoCheckSummary(check, lang)) }
    }

    fun removeShare(share: ShareInfo) = host.act {
        host.own().call { removeShare(share.id) }
        update { it.copy(shown = null) }
        load()
    }

    /** Write what is new for [share] to a cache file and hand it to [send] (the share sheet). */
    fun exportShare(share: ShareInfo, send: (File) -> Unit) = host.act {
        val file = bundleFile("${share.name}-${host.own().call { today() }}.hagukumi-share")
        host.own().call { exportShare(share.id, false, file.path) }
        load()
        send(file)
    }

    /** A received file, copied to [file]: the core's header says share or backup, key or passphrase. */
    fun openReceived(file: File) = host.act {
        val info = HandbookStore.io { bundleFileInfo(file.path) }
        update {
            it.copy(incoming = Incoming(file.path, isBackup = info.isBackup, needsPassphrase = info.needsPassphrase), result = null)
        }
    }

    fun cancelIncoming() = update { it.copy(incoming = null, progress = null) }

    /** Check the typed key (or passphrase) and show what the file holds before importing. */
    fun unlock(secret: String) = host.act {
        val incoming = now.incoming ?: return@act
        secretRefused {
            if (incoming.isBackup) {
                val info = HandbookStore.io { inspectBackup(incoming.path, incoming.secretOf(secret)) }
                update { it.copy(incoming = incoming.copy(secret = secret, backup = info, secretError = null)) }
            } else {
                val peek = HandbookStore.io { peekShare(incoming.path, secret) }
                update { it.copy(incoming = incoming.copy(secret = secret, share = peek, secretError = null)) }
            }
        }
    }

    /** Import the unlocked share: the other parent's into this handbook, a grandparent's into a family view. */
    fun importIncoming() = host.act {
        val incoming = now.incoming ?: return@act
        val peek = incoming.share ?: return@act
        val key = incoming.secret ?: return@act
        val report = secretRefused {
            when (peek.role) {
                ShareRole.CO_PARENT -> host.own().call { importShare(incoming.path, key) }
                ShareRole.VIEWER -> HandbookStore.io { importShareToViews(host.viewsDir.path, incoming.path, key) }
            }
        } ?: return@act
        update { it.copy(incoming = null, result = importSummary(report, lang)) }
        // A merge is announced by the handbook (Change.Merged): the screens and the
        // reminders follow it. The list of views changed only here.
        load()
    }

    /**
     * Restore the unlocked backup. The core is asked first whether there is a question
     * ([RestoreQuestion]): a handbook with records must choose replace or merge, which
     * the screen asks before calling again with [mode].
     */
    fun restore(mode: RestoreMode?) = host.act {
        val incoming = now.incoming ?: return@act
        val secret = incoming.secret ?: return@act
        if (mode == null && host.own().call { restoreQuestion() } == RestoreQuestion.REPLACE_OR_MERGE) {
            update { it.copy(incoming = incoming.copy(choiceNeeded = true)) }
            return@act
        }
        update { it.copy(progress = 0f, incoming = incoming.copy(choiceNeeded = false)) }
        try {
            val progress = backupProgress(::onProgress)
            val report = host.own().call { restoreBackup(incoming.path, incoming.secretOf(secret), mode, progress) }
            update { it.copy(incoming = null, result = restoreSummary(report, lang)) }
            // The file was replaced under the open handbook: read everything again.
            host.refreshHome()
            load()
            host.onRemindersChanged()
        } finally {
            update { it.copy(progress = null) }
        }
    }

    /** Back up the whole handbook with [passphrase] to a cache file, then offer to save or send it. */
    fun createBackup(passphrase: String) = host.act {
        val file = bundleFile("hagukumi-${host.own().call { today() }}.hagukumi-backup")
        update { it.copy(progress = 0f, result = null) }
        try {
            host.own().call { createBackup(file.path, BundleSecret.Passphrase(passphrase), backupProgress(::onProgress)) }
        } finally {
            update { it.copy(progress = null) }
        }
        update { it.copy(backupFile = file.path) }
    }

    /**
     * After the core reported the file damaged: save everything it can still read into
     * an encrypted backup (cache file), then offer to save or send it, with what was
     * saved and lost. Works from the file even when it no longer opens.
     */
    fun createRescueBackup(passphrase: String) = host.act {
        val file = bundleFile("hagukumi-rescue-${LocalDate.now()}.hagukumi-backup")
        update { it.copy(progress = 0f, result = null) }
        val report = try {
            HandbookStore.io {
                createRescueBackup(host.path, file.path, BundleSecret.Passphrase(passphrase), backupProgress(::onProgress))
            }
        } finally {
            update { it.copy(progress = null) }
        }
        update { it.copy(backupFile = file.path, result = rescueSummary(report, lang)) }
    }

    /** Called on the working thread; the state flow takes updates from any thread. */
    private fun onProgress(done: Long, total: Long) =
        update { it.copy(progress = if (total > 0) done.toFloat() / total else 0f) }

    /** A wrong key or passphrase keeps the field open with the core's message under it. */
    private suspend fun <T> secretRefused(block: suspend () -> T): T? =
        try {
            block()
        } catch (e: HandbookException) {
            if (e.kind != ErrorKind.WRONG_KEY && e.kind != ErrorKind.BAD_SHARE_KEY) throw e
            update { s -> s.copy(incoming = s.incoming?.copy(secretError = e.userMessage(lang))) }
            null
        }

    private fun bundleFile(name: String): File {
        host.bundlesDir.mkdirs()
        // A share's name is the family's text: keep it out of the path's syntax.
        return File(host.bundlesDir, name.replace(Regex("[/\\\\:*?\"<>|]"), "_"))
    }
}
