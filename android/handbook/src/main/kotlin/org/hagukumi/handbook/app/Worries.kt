package org.hagukumi.handbook.app

import org.hagukumi.core.AlertKind
import org.hagukumi.core.Worry
import org.hagukumi.core.WorryKind

/*
 * How Home draws the core's worries (`HomeSummary.worries`, in the core's order:
 * page alerts first, then a pregnancy loss, then growth outside the range). The
 * sentences are the core's; these only say which card is the urgent red one and
 * which offers the desk's phone.
 */

/** A page's "call the doctor now" (stool colour 1–3): the red card, first on Home. */
val Worry.callDoctorNow: Boolean
    get() = (kind as? WorryKind.PageAlert)?.alert == AlertKind.CONTACT_DOCTOR_NOW

/**
 * The city desk's phone number to offer as a call button: for every worry that
 * points to the desk (a TALK_TO_DESK alert, a loss, growth), never for "call the
 * doctor now" (the doctor, not the desk, is who to call); null when the city names
 * no phone.
 */
val Worry.deskPhone: String?
    get() = if (callDoctorNow) null else desk?.phone?.takeIf { it.isNotBlank() }

/** The page record a page alert comes from, to open it from Home; null for other worries. */
val Worry.alertRecord: Screen.Form?
    get() = (kind as? WorryKind.PageAlert)?.let { Screen.Form(it.page, it.subject, it.recordId, Screen.Home) }
