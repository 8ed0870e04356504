/// The Mustache context of a plan: its summary for lists, its outline as a table of contents and as sections, its targets.
extension PageContext {
    /// What the plans index and other lists show of a plan.
    public func planSummary(_ p: Plan, from outputPath: String) -> [String: Any] {
        var c: [String: Any] = [
            "title": p.title,
            "year": p.year,
            "slug": p.slug,
            "href": URLPath.link(from: outputPath, to: p.path),
            "printHref": URLPath.link(from: outputPath, to: p.printPath),
            "draft": p.status == .draft,
            "status": p.status.label,
            "community": p.community ?? site.profile.name,
            "signedBy": p.signature?.unit ?? p.signedBy ?? site.profile.committee,
            "taskCount": p.tasks.count,
            "targetCount": p.targets.count,
        ]
        if let a = p.adopted {
            c["adopted"] = a.description
            c["adoptedChinese"] = a.chinese
            c["signDate"] = a.chineseNumerals
        }
        addKind(&c, p)
        return c
    }

    /// The table of contents: nested items, each with `children` set (even empty) so Mustache never looks further up.
    public func planTOC(_ items: [PlanItem]) -> [[String: Any]] {
        items.map { item in
            let children = planTOC(item.children)
            return ["anchor": item.anchor, "id": item.id, "number": item.number, "title": item.contentsLabel, "level": item.level,
                    "children": children, "hasChildren": !children.isEmpty]
        }
    }

    /// Every item as a section in document order, with its body, its targets and (when given) its activities.
    public func planSections(_ p: Plan, from outputPath: String, activities: [String: [[String: Any]]]?,
                             items: [PlanItem]? = nil) -> [[String: Any]] {
        let activities = p.kind.hasTasks ? activities : nil
        return (items ?? p.allItems).map { item in
            let reference = p.reference(item)
            let body = html(item.body, file: p.source.path, outputPath: outputPath)
            var c: [String: Any] = [
                "anchor": item.anchor, "id": item.id, "reference": reference,
                "level": item.level, "headingLevel": min(item.level + (p.hasArticles ? 2 : 1), 6),
                "number": item.number, "title": item.title,
                "body": body, "hasBody": !body.isEmpty,
                "showActivities": activities != nil,
            ]
            PageContext.list(&c, "activities", activities?[reference] ?? [])
            // Activities recorded against sub-tasks are counted here, listed under the sub-tasks themselves.
            var below = Set<String>()
            for (key, list) in activities ?? [:] where key.hasPrefix(reference + ".") {
                for a in list { if let id = a["id"] as? String { below.insert(id) } }
            }
            c["belowCount"] = below.count
            c["hasBelow"] = !below.isEmpty
            PageContext.list(&c, "taskTargets", p.targets.filter { $0.task == item.id }.map { planTarget($0, plan: p, from: outputPath) })
            return c
        }
    }

    public func planTarget(_ t: PlanTarget, plan: Plan, from outputPath: String) -> [String: Any] {
        var c: [String: Any] = ["id": t.id, "label": t.label, "goal": t.goal ?? "", "measure": t.measure?.summary ?? "",
                                "taskHref": "", "taskNumber": "", "taskTitle": "", "taskID": ""]
        if let task = t.task, let item = plan.item(task) {
            c["taskHref"] = "#" + item.anchor
            c["taskNumber"] = item.number
            c["taskTitle"] = item.title
            c["taskID"] = item.id
        }
        return c
    }

    /// The whole context of a plan page or print sheet.
    public func plan(_ p: Plan, from outputPath: String, activities: [String: [[String: Any]]]?) -> [String: Any] {
        var c = planSummary(p, from: outputPath)
        let intro = html(p.intro, file: p.source.path, outputPath: outputPath)
        c["intro"] = intro
        c["hasIntro"] = !intro.isEmpty
        if p.hasArticles {
            addArticles(&c, p, from: outputPath, activities: activities)
        } else {
            PageContext.list(&c, "toc", planTOC(p.items))
            PageContext.list(&c, "sections", planSections(p, from: outputPath, activities: activities))
        }
        PageContext.list(&c, "targets", p.targets.map { planTarget($0, plan: p, from: outputPath) })
        return c
    }
}
