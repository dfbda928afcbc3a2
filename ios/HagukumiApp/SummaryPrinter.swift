import UIKit
import WebKit

/// Prints the core's summary HTML with the system print sheet (which also saves or
/// shares it as a PDF). A `WKWebView` lays it out, inline SVG charts included, which
/// `UIMarkupTextPrintFormatter` would not draw; the print sheet is presented once the
/// page has loaded. JavaScript is off and the HTML loads nothing from the network.
@MainActor
final class SummaryPrinter: NSObject, WKNavigationDelegate {
    static let shared = SummaryPrinter()

    private var webView: WKWebView?
    private var jobName = ""

    func print(html: String, jobName: String) {
        let configuration = WKWebViewConfiguration()
        configuration.defaultWebpagePreferences.allowsContentJavaScript = false
        let webView = WKWebView(frame: CGRect(x: 0, y: 0, width: 595, height: 842), configuration: configuration)
        webView.navigationDelegate = self
        self.webView = webView
        self.jobName = jobName
        webView.loadHTMLString(html, baseURL: nil)
    }

    func webView(_ webView: WKWebView, didFinish navigation: WKNavigation!) {
        let info = UIPrintInfo(dictionary: nil)
        info.outputType = .general
        info.jobName = jobName
        let controller = UIPrintInteractionController.shared
        controller.printInfo = info
        controller.printFormatter = webView.viewPrintFormatter()
        controller.present(animated: true) { [weak self] _, _, _ in
            self?.webView = nil
        }
    }
}
