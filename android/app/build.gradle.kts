// The Compose app: renders what the core returns and forwards user actions to it.
// Before building, run ../build-rust-android.sh (cargo-ndk) to put libhagukumi.so for
// each ABI into src/main/jniLibs.
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "org.hagukumi.app"
    compileSdk = 35

    defaultConfig {
        applicationId = "org.hagukumi.app"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        ndk {
            abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    // The handbook module brings the desktop JNA jar; Android needs the AAR, which
    // carries libjnidispatch for each ABI.
    implementation(project(":handbook")) {
        exclude(group = "net.java.dev.jna", module = "jna")
    }
    implementation("net.java.dev.jna:jna:${libs.versions.jna.get()}@aar")
    implementation(libs.kotlinx.coroutines.android)

    implementation(platform(libs.compose.bom))
    implementation(libs.compose.ui)
    implementation(libs.compose.material3)
    implementation(libs.compose.ui.tooling.preview)
    debugImplementation(libs.compose.ui.tooling)
    implementation(libs.activity.compose)
    implementation(libs.lifecycle.viewmodel.compose)
    implementation(libs.lifecycle.runtime.compose)
    // NotificationCompat, and WorkManager for the daily reminder check (ReminderWorker).
    implementation(libs.androidx.core)
    implementation(libs.work.runtime)
    // The share key's QR code (encoder only; plain Java, no camera or permission).
    implementation(libs.zxing.core)
}
