// Hagukumi for Android. See README.md: `handbook` is plain Kotlin/JVM (the generated
// bindings + the facade + JVM tests), `app` is the Compose app.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "hagukumi"
include(":handbook", ":app")
