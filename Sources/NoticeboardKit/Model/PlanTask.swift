/// Which outline items of a plan are tasks (任务) that activities are recorded against, for every page that asks:
/// the plan page's activity boxes, the report's gaps. A task is an item at the third level (1、), or one at the second
/// level (（一）) without third-level items under it; so 一、指导思想 and 二、工作目标 are not tasks. Only in a plan
/// written as one level (一、二、三、 and nothing below) are the first-level items the tasks. Summaries and reports have none.
extension Plan {
    public func isTask(_ item: PlanItem) -> Bool {
        guard kind.hasTasks else { return false }  // summaries (总结) and reports (汇报) have no tasks
        if item.level == 1 { return !allItems.contains { $0.level > 1 } }
        return item.level == 3 || (item.level == 2 && !item.flattened.dropFirst().contains { $0.level == 3 })
    }
}
