// The handbook module: plain Kotlin/JVM, so its tests run on a desktop JVM against the
// real Rust library (no device, no Robolectric).
//
// The uniffi bindings are generated, never committed: `generateBindings` runs
// ../../scripts/bindings.sh (cargo build + uniffi-bindgen from the built library) and
// copies the Kotlin it writes into build/generated/uniffi, which is a source directory.
import org.gradle.api.tasks.testing.logging.TestExceptionFormat

plugins {
    alias(libs.plugins.kotlin.jvm)
}

kotlin {
    jvmToolchain(17)
    compilerOptions {
        allWarningsAsErrors.set(true)
    }
}

val repoRoot: File = rootDir.parentFile

/** Builds libhagukumi (debug, host) and generates its bindings into target/bindings. */
val cargoBindings by tasks.registering(Exec::class) {
    group = "build"
    description = "Builds the Rust FFI library and generates its Kotlin bindings (scripts/bindings.sh)."
    workingDir = repoRoot
    commandLine("bash", "scripts/bindings.sh")
    inputs.files(
        fileTree(repoRoot.resolve("core")) { include("Cargo.toml", "src/**", "data/**") },
        fileTree(repoRoot.resolve("bindings")) { include("Cargo.toml", "uniffi.toml", "src/**") },
        repoRoot.resolve("Cargo.toml"),
        repoRoot.resolve("Cargo.lock"),
    )
    outputs.dir(repoRoot.resolve("target/bindings/kotlin"))
}

/** The generated Kotlin, as a source directory of this module. */
val generateBindings by tasks.registering(Sync::class) {
    group = "build"
    description = "Copies the generated uniffi Kotlin into build/generated/uniffi/kotlin."
    from(cargoBindings.map { it.outputs.files })
    into(layout.buildDirectory.dir("generated/uniffi/kotlin"))
}

sourceSets {
    main {
        kotlin.srcDir(generateBindings)
    }
    // The JVM home-screen benchmark (scripts/bench-kotlin.sh runs the same code).
    create("bench") {
        compileClasspath += main.get().output + configurations.runtimeClasspath.get()
        runtimeClasspath += output + compileClasspath
    }
}

dependencies {
    // The plain JNA jar carries the desktop libjnidispatch; the app swaps in jna@aar.
    api(libs.jna)
    api(libs.kotlinx.coroutines.core)
    testImplementation(platform(libs.junit.bom))
    testImplementation(libs.junit.jupiter)
    testRuntimeOnly(libs.junit.platform.launcher)
}

tasks.test {
    useJUnitPlatform()
    systemProperty("jna.library.path", repoRoot.resolve("target/debug").path)
    testLogging {
        events("passed", "failed", "skipped")
        exceptionFormat = TestExceptionFormat.FULL
    }
}

tasks.register<JavaExec>("bench") {
    group = "verification"
    description = "Home-screen call through JNA at 10,000 records (debug library; scripts/bench-kotlin.sh uses release)."
    classpath = sourceSets["bench"].runtimeClasspath
    mainClass.set("org.hagukumi.handbook.bench.HomeBenchKt")
    systemProperty("jna.library.path", repoRoot.resolve("target/debug").path)
}
