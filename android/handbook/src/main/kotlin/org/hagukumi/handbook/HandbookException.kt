package org.hagukumi.handbook

import org.hagukumi.handbook.app.inLang
import org.hagukumi.core.ErrorKind
import org.hagukumi.core.Field
import org.hagukumi.core.HandbookException
import org.hagukumi.core.Lang

/*
 * Every call fails with the core's one error, `HandbookException.Failed`: a typed
 * [ErrorKind] (an exhaustive `when`, never a string), the form [Field] to show the
 * message next to, and the message in both languages, worded by the core. These read
 * it without a cast. Its `message` lists the fields (uniffi's), its `toString()` is
 * the English message: screens show [userMessage].
 */

private val HandbookException.failed: HandbookException.Failed
    get() = when (this) {
        is HandbookException.Failed -> this
    }

val HandbookException.kind: ErrorKind get() = failed.kind

/** The form field the message belongs next to, when there is one. */
val HandbookException.field: Field? get() = failed.field

/** Changing what was entered or chosen fixes it. */
val HandbookException.userCanFix: Boolean get() = failed.userCanFix

/** Trying again later may succeed (network, a busy file): a worker retries. */
val HandbookException.transient: Boolean get() = failed.transient

/** The message to show, in [lang]. */
fun HandbookException.userMessage(lang: Lang): String = failed.messages.inLang(lang)
