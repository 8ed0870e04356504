/// Which names of a roll still stand on a date: every count of a red list (roll page, cards, report, briefing,
/// home page, display) leaves out the entries revoked (撤销) by then.
extension HonourRoll {
    /// Red-list entries not revoked on `today`, in the roll's order.
    public func standingRed(on today: LocalDate) -> [RedEntry] { red.filter { !$0.isRevoked(on: today) } }
}
