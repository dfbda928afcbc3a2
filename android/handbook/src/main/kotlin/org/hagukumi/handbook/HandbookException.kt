package org.hagukumi.handbook

import org.hagukumi.ffi.Lang
import org.hagukumi.ffi.RecordKind
import org.hagukumi.ffi.HandbookException as FfiException

/**
 * A failed handbook call, with the message to show a parent.
 *
 * [message] is the English text and [messageJa] the Japanese, both worded by the core;
 * [userMessage] picks the one for the UI. The facade rethrows the generated
 * [FfiException] as this type because uniffi's `message` of an error with fields lists
 * the fields ("messageEn=…, messageJa=…"), which must never reach a screen.
 */
sealed class HandbookException(
    override val message: String,
    val messageJa: String,
    cause: FfiException,
) : Exception(message, cause) {
    fun userMessage(lang: Lang): String = when (lang) {
        Lang.EN -> message
        Lang.JA -> messageJa
    }

    /** What the user entered was refused; nothing was written. [field] names the form field. */
    class Invalid(val field: String?, message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** The record is gone (deleted, perhaps on another screen). */
    class NotFound(val kind: RecordKind, val id: String, message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** Newer app's file, not a handbook, damaged, or an unusable folder. Nothing changed. */
    class FileUnusable(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** The phone's storage is full; nothing was saved. */
    class StorageFull(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** Another writer held the file too long; try again. */
    class Busy(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** Any other storage failure. */
    class Storage(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** A malformed id, date or cursor reached the core: a bug in the shell. */
    class BadArgument(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** A growth reference this build does not carry. */
    class GrowthUnavailable(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** A photo was refused or could not be stored; [kind] is the stable reason ("heic", "corrupt", …). */
    class Photo(val kind: String, message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /**
     * The city feed could not be synced or applied; [kind] is the stable reason
     * ("connect", "timeout", "bad_signature", …) and [transient] says a later retry may
     * succeed (a background worker returns `Result.retry()`). The previous feed is kept.
     */
    class Feed(val kind: String, val transient: Boolean, message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /**
     * A share or backup file could not be used, or a share or restore was refused;
     * [kind] is the stable reason ("wrong_key", "damaged", "truncated",
     * "choice_needed" — ask replace or merge —, "viewer_share", "other_family", …).
     * Nothing was changed.
     */
    class Share(val kind: String, message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** A grandparent's read-only view of another family: only that family's shares change it. */
    class ReadOnly(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** The handbook was closed. */
    class Closed(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /** A bug in the core (a panic caught at the boundary); nothing was written. */
    class Internal(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    /**
     * The handbook file is damaged: an unreadable page was found while it was in use.
     * Offer a rescue backup (`createRescueBackup`), then restore it.
     */
    class Damaged(message: String, messageJa: String, cause: FfiException) :
        HandbookException(message, messageJa, cause)

    companion object {
        fun from(e: FfiException): HandbookException = when (e) {
            is FfiException.Invalid -> Invalid(e.field, e.messageEn, e.messageJa, e)
            is FfiException.NotFound -> NotFound(e.kind, e.id, e.messageEn, e.messageJa, e)
            is FfiException.FileUnusable -> FileUnusable(e.messageEn, e.messageJa, e)
            is FfiException.StorageFull -> StorageFull(e.messageEn, e.messageJa, e)
            is FfiException.Busy -> Busy(e.messageEn, e.messageJa, e)
            is FfiException.Storage -> Storage(e.messageEn, e.messageJa, e)
            is FfiException.BadArgument -> BadArgument(e.messageEn, e.messageJa, e)
            is FfiException.GrowthUnavailable -> GrowthUnavailable(e.messageEn, e.messageJa, e)
            is FfiException.Photo -> Photo(e.kind, e.messageEn, e.messageJa, e)
            is FfiException.Feed -> Feed(e.kind, e.transient, e.messageEn, e.messageJa, e)
            is FfiException.Share -> Share(e.kind, e.messageEn, e.messageJa, e)
            is FfiException.ReadOnly -> ReadOnly(e.messageEn, e.messageJa, e)
            is FfiException.Closed -> Closed(e.messageEn, e.messageJa, e)
            is FfiException.Internal -> Internal(e.messageEn, e.messageJa, e)
            is FfiException.Damaged -> Damaged(e.messageEn, e.messageJa, e)
        }
    }
}

/** Run a generated call, rethrowing its error as [HandbookException]. */
internal inline fun <T> rethrowing(block: () -> T): T =
    try {
        block()
    } catch (e: FfiException) {
        throw HandbookException.from(e)
    }
