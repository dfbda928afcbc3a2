package org.hagukumi.app

import android.content.Context
import android.print.PrintAttributes
import android.print.PrintManager
import android.webkit.WebView
import android.webkit.WebViewClient

/**
 * Prints the core's summary HTML through the system print dialog, which also offers
 * "Save as PDF": the PDF is made here, with the phone's own Japanese fonts, not by the
 * core. The WebView is kept until the page has loaded (a collected WebView prints
 * nothing); the HTML needs no network (it is self-contained), so nothing is allowed.
 */
fun printSummaryHtml(context: Context, html: String, jobName: String) {
    val webView = WebView(context)
    webView.settings.apply {
        javaScriptEnabled = false
        blockNetworkLoads = true
        allowFileAccess = false
    }
    webView.webViewClient = object : WebViewClient() {
        override fun onPageFinished(view: WebView, url: String?) {
            val printManager = context.getSystemService(Context.PRINT_SERVICE) as PrintManager
            printManager.print(
                jobName,
                view.createPrintDocumentAdapter(jobName),
                PrintAttributes.Builder().setMediaSize(PrintAttributes.MediaSize.ISO_A4).build(),
            )
            pending.remove(view)
        }
    }
    pending.add(webView)
    webView.loadDataWithBaseURL(null, html, "text/html", "UTF-8", null)
}

/** WebViews still loading their page for printing. */
private val pending = mutableSetOf<WebView>()
