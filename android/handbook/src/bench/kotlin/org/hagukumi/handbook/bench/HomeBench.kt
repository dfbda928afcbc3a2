package org.hagukumi.handbook.bench

import kotlinx.coroutines.runBlocking
import org.hagukumi.core.BirthMeasurements
import org.hagukumi.core.Child
import org.hagukumi.core.DiaryEntry
import org.hagukumi.core.GrowthMeasurement
import org.hagukumi.core.Lang
import org.hagukumi.core.NewRecord
import org.hagukumi.core.Sex
import org.hagukumi.core.Subject
import org.hagukumi.ffi.Handbook
import org.hagukumi.ffi.OpenOptions
import org.hagukumi.handbook.HandbookStore
import java.nio.file.Files
import java.time.LocalDate
import java.time.temporal.ChronoUnit
import kotlin.system.exitProcess

/**
 * The home-screen call through JNA on the JVM, on a handbook file of 10,000 records.
 *
 * Usage: HomeBench [records=10000] [iterations=5000]
 * Prints the mean, median and 99th percentile per call, for the generated binding
 * (the FFI cost itself) and for the facade (plus a coroutine dispatch to Dispatchers.IO).
 * Exits 1 if the generated call's mean is over the 1 ms goal.
 */
fun main(args: Array<String>) {
    val records = args.getOrNull(0)?.toInt() ?: 10_000
    val iterations = args.getOrNull(1)?.toInt() ?: 5_000
    val today = LocalDate.of(2026, 1, 15)
    val dir = Files.createTempDirectory("hagukumi-bench")
    val path = dir.resolve("handbook.sqlite").toString()

    val hb = Handbook.openWith(path, OpenOptions(today = today))
    val births = listOf(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 1))
    val children = births.mapIndexed { i, birth ->
        hb.addChild(
            Child(
                name = "Child ${i + 1}",
                sex = if (i == 0) Sex.FEMALE else Sex.MALE,
                birthDate = birth,
                birthOrder = 1u,
                birth = BirthMeasurements(weightKg = 3.1, lengthCm = 49.0, headCm = 33.0),
            ),
        ).meta.id
    }

    // The rest as growth measurements and diary entries, spread over each child's life.
    val batch = (0 until records - children.size).map { n ->
        val c = n % children.size
        val birth = births[c]
        val ageDays = 1 + (n / children.size) % ChronoUnit.DAYS.between(birth, today).toInt()
        val date = birth.plusDays(ageDays.toLong())
        if (n % 4 < 2) {
            NewRecord.Growth(
                GrowthMeasurement(
                    childId = children[c],
                    measuredOn = date,
                    weightKg = 3.5 + ageDays * 0.006,
                    lengthCm = 50.0 + minOf(ageDays, 2000) * 0.03,
                    headCm = 34.0 + minOf(ageDays, 1500) * 0.01,
                ),
            )
        } else {
            NewRecord.Diary(
                DiaryEntry(
                    subjects = listOf(Subject.Child(children[c])),
                    writtenOn = date,
                    text = "Day $ageDays: ate well, slept well.",
                    photos = emptyList(),
                ),
            )
        }
    }
    val t0 = System.nanoTime()
    val ids = hb.addBatch(batch)
    val fillMs = (System.nanoTime() - t0) / 1e6
    check(ids.size == batch.size)
    println("filled %d records (%d children + %d in one batch) in %.0f ms".format(records, children.size, ids.size, fillMs))

    val home = hb.home(Lang.JA)
    check(home.children.size == 2) { "home shows ${home.children.size} children" }
    println("home: ${home.children.joinToString { "${it.child.data.name} ${it.ageLabel} ${it.latest.weightKg?.value} kg" }}")

    val direct = measure(iterations) { hb.home(Lang.JA) }
    report("Handbook.home (generated binding, JNA)", direct)

    val store = runBlocking { HandbookStore.open(path, lang = Lang.JA, today = today) }
    val facade = measure(iterations / 5) { runBlocking { store.call { home(store.lang) } } }
    report("HandbookStore.home (facade, suspend on Dispatchers.IO)", facade)
    store.close()
    hb.closeFile()
    hb.destroy()
    dir.toFile().deleteRecursively()

    val meanMs = direct.average() / 1e6
    if (meanMs >= 1.0) {
        println("FAIL: mean %.3f ms per home call is over the 1 ms goal".format(meanMs))
        exitProcess(1)
    }
    println("OK: mean %.3f ms per home call (goal < 1 ms)".format(meanMs))
}

private fun measure(iterations: Int, call: () -> Unit): LongArray {
    repeat(maxOf(iterations / 10, 50)) { call() } // warm-up: JIT, SQLite page cache
    return LongArray(iterations) {
        val start = System.nanoTime()
        call()
        System.nanoTime() - start
    }
}

private fun report(what: String, nanos: LongArray) {
    val sorted = nanos.sorted()
    fun pct(p: Double) = sorted[minOf(sorted.size - 1, (p * sorted.size).toInt())] / 1e6
    println(
        "%s: %d calls, mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms".format(
            what, nanos.size, nanos.average() / 1e6, pct(0.50), pct(0.99), sorted.last() / 1e6,
        ),
    )
}
