package org.hagukumi.handbook

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertThrows

/** `assertThrows` for suspend calls (Debian's JUnit jar has no Kotlin extensions). */
internal inline fun <reified T : Throwable> assertThrowsBlocking(noinline block: suspend () -> Unit): T =
    assertThrows(T::class.java) { runBlocking { block() } }

/** `assertThrows` with the type as a type argument. */
internal inline fun <reified T : Throwable> assertThrowing(noinline block: () -> Unit): T =
    assertThrows(T::class.java) { block() }
