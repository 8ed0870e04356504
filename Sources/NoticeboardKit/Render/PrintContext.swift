/// What every print sheet adds to its page context: paper size, and the QR code to the item's page online.
extension PageContext {
    /// Sets `paper` and, when the site has a base URL, `qr` (inline SVG of the page's absolute URL) and `qrURL`.
    public func addPrint(_ context: inout [String: Any], paper: String, pagePath: String, caption: String = "扫码查看原文") {
        context["paper"] = paper
        context["isA3"] = paper == "A3"
        guard let url = site.profile.absoluteURL(pagePath), let code = QRCode(url) else { return }
        context["qr"] = code.svg(pixelsPerModule: 3, label: "二维码：\(url)")
        context["qrURL"] = url
        context["qrCaption"] = caption
    }
}
