import Foundation

/// `calendar.ics`: the ledger's upcoming and recent activities as an iCalendar feed residents can subscribe to.
/// Times are local to the site's zone (TZID with a VTIMEZONE); activities without a time are all-day events.
struct CalendarFeed {
    let profile: SiteProfile
    let buildDate: LocalDate
    let ledger: Ledger
    /// How far back held activities stay in the feed.
    static let recentDays = 90

    func render() -> OutputFile {
        let p = profile
        let zone = p.timeZone
        // Zones without daylight saving since last year (Asia/Shanghai) get a one-rule VTIMEZONE; others use UTC times.
        let since = Self.moment(LocalDate(year: buildDate.year - 1, month: 1, day: 1)!, TimeOfDay(hour: 0, minute: 0)!, zone)
        let fixedOffset = zone.nextDaylightSavingTimeTransition(after: since) == nil
        let host = p.baseURL.flatMap { URL(string: $0)?.host } ?? "noticeboard.invalid"
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Noticeboard//\(ICalendar.escape(p.name)) \(NoticeboardVersion.current)//ZH",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendar.escape("\(p.name)活动日历"),
            "X-WR-CALDESC:" + ICalendar.escape("\(p.committee)活动预告与近期活动"),
        ]
        if fixedOffset {
            lines += ["X-WR-TIMEZONE:" + zone.identifier] + Self.vtimezone(zone, at: since)
        }
        let stamp = Self.utc(buildDate, TimeOfDay(hour: 0, minute: 0)!, zone)
        for a in ledger.calendarWindow(days: Self.recentDays) {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(Self.uid(a.id))@\(host)")
            lines.append("DTSTAMP:\(stamp)")
            if let start = a.start {
                let endDay = a.lastDate
                if fixedOffset {
                    lines.append("DTSTART;TZID=\(zone.identifier):\(Self.local(a.date, start))")
                    if let end = a.end { lines.append("DTEND;TZID=\(zone.identifier):\(Self.local(endDay, end))") }
                    else if a.endDate != nil { lines.append("DTEND;TZID=\(zone.identifier):\(Self.local(endDay, TimeOfDay(hour: 24, minute: 0)!))") }
                } else {
                    lines.append("DTSTART:\(Self.utc(a.date, start, zone))")
                    if let end = a.end { lines.append("DTEND:\(Self.utc(endDay, end, zone))") }
                }
            } else {
                lines.append("DTSTART;VALUE=DATE:\(Self.compact(a.date))")
                lines.append("DTEND;VALUE=DATE:\(Self.compact(a.lastDate.adding(days: 1)))")
            }
            lines.append("SUMMARY:" + ICalendar.escape(a.title))
            if let place = a.place { lines.append("LOCATION:" + ICalendar.escape(place)) }
            lines.append("CATEGORIES:" + ICalendar.escape(a.category))
            var description = ["类别：\(a.category)"]
            if let o = a.organiser { description.append("组织者：\(o)") }
            if let s = a.summary?.plainText.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty { description.append(s) }
            lines.append("DESCRIPTION:" + ICalendar.escape(description.joined(separator: "\n")))
            if let url = p.absoluteURL(a.hasPage ? a.path : a.monthPath) { lines.append("URL:" + url) }
            lines.append("TRANSP:" + (a.start == nil ? "TRANSPARENT" : "OPAQUE"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return OutputFile(path: Route.calendar.file, text: ICalendar.document(lines))
    }

    /// A VTIMEZONE for a zone without daylight saving (Asia/Shanghai): one STANDARD rule with its fixed offset.
    static func vtimezone(_ zone: TimeZone, at moment: Date) -> [String] {
        let offset = Self.offset(zone.secondsFromGMT(for: moment))
        let name = zone.abbreviation(for: moment).map { $0.hasPrefix("GMT") ? nil : $0 } ?? nil
        return ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier, "BEGIN:STANDARD", "DTSTART:19700101T000000",
                "TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset] + (name.map { ["TZNAME:" + $0] } ?? []) + ["END:STANDARD", "END:VTIMEZONE"]
    }

    /// `+0800`
    static func offset(_ seconds: Int) -> String {
        let o = abs(seconds)
        return (seconds < 0 ? "-" : "+") + String(format: "%02d%02d", o / 3600, (o % 3600) / 60)
    }

    /// `20261205`
    static func compact(_ d: LocalDate) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// `20261205T090000` (local time; 24:00 becomes midnight of the next day).
    static func local(_ d: LocalDate, _ t: TimeOfDay) -> String {
        if t.hour == 24 { return compact(d.adding(days: 1)) + "T000000" }
        return compact(d) + String(format: "T%02d%02d00", t.hour, t.minute)
    }

    /// `20261205T010000Z`: a local date and time in `zone` as UTC.
    static func utc(_ d: LocalDate, _ t: TimeOfDay, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: moment(d, t, zone))
        return String(format: "%04d%02d%02dT%02d%02d00Z", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// The moment of a local date and time in `zone`.
    static func moment(_ d: LocalDate, _ t: TimeOfDay, _ zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: t.hour, minute: t.minute))!
    }

    /// A stable, ASCII identifier for an activity id: FNV-1a 64-bit of its UTF-8 bytes.
    static func uid(_ id: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return "activity-" + String(hash, radix: 16).leftPadded(to: 16)
    }
}
