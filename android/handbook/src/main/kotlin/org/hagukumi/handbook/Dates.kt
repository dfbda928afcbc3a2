package org.hagukumi.handbook

import java.time.LocalDate

/*
 * Dates cross the FFI as ISO text ("2025-10-03"): the core validates them and Swift has
 * no civil-date type to map to. These helpers keep java.time at the edge of the shell.
 */

/** The ISO text the core expects. */
fun LocalDate.iso(): String = toString()

/** Parse a date the core returned (always ISO `YYYY-MM-DD`). */
fun String.toLocalDate(): LocalDate = LocalDate.parse(this)
