package org.hagukumi.handbook

import java.time.LocalDate
import kotlinx.coroutines.runBlocking
import org.hagukumi.core.BirthMeasurements
import org.hagukumi.core.Child
import org.hagukumi.core.Sex
import org.junit.jupiter.api.Assertions.assertThrows

/** `assertThrows` for suspend calls (Debian's JUnit jar has no Kotlin extensions). */
internal inline fun <reified T : Throwable> assertThrowsBlocking(noinline block: suspend () -> Unit): T =
    assertThrows(T::class.java) { runBlocking { block() } }

/** `assertThrows` with the type as a type argument. */
internal inline fun <reified T : Throwable> assertThrowing(noinline block: () -> Unit): T =
    assertThrows(T::class.java) { block() }

/** A girl born on [born], a singleton, with her birth weight if given. */
internal fun aGirl(name: String, born: LocalDate, weightKg: Double? = null) =
    Child(name = name, sex = Sex.FEMALE, birthDate = born, birthOrder = 1u, birth = BirthMeasurements(weightKg = weightKg))
