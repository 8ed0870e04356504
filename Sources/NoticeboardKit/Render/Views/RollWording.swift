/// The words a roll is shown with, by its list and lifecycle state, so every page kind (roll page, cards, posters,
/// print sheets) says the same: a roll still in publicity is a 公示, not yet a 光荣榜; a black list is 曝光, never 命名.
enum RollWording {
    /// The banner of a printed poster, letter-spaced: 公 示 before naming, else 光 荣 榜 or 曝 光 台.
    static func banner(_ roll: HonourRoll, state: RollState) -> String {
        let word: String
        switch state {
        case .nominated, .inPublicity, .awaitingConfirmation: word = "公示"
        case .current, .expired, .revoked: word = roll.list.label
        }
        return word.map(String.init).joined(separator: " ")
    }

    /// The verb before the day a roll took effect: 命名于 for a red list, 曝光于 for a black list.
    static func namedVerb(_ roll: HonourRoll) -> String { roll.list == .red ? "命名于" : "曝光于" }
}
