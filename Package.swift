// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Noticeboard",
    products: [
        .executable(name: "noticeboard", targets: ["noticeboard"]),
        .library(name: "NoticeboardKit", targets: ["NoticeboardKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            path: "Sources/Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "Cqrencode",
            path: "Sources/Cqrencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "Cvips",
            path: "Sources/Cvips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["Ccmark"]),
        .target(
            name: "NoticeboardKit",
            dependencies: [
                "Markdown",
                "Cqrencode",
                "Cvips",
                "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedTheme"]
        ),
        // Embeds templates/ into NoticeboardKit at build time (the generated file stays out of git).
        .executableTarget(name: "EmbedThemeTool", path: "Plugins/EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["EmbedThemeTool"], path: "Plugins/EmbedTheme"),
        .target(
            name: "NoticeboardServe",
            dependencies: [
                "NoticeboardKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "noticeboard",
            dependencies: [
                "NoticeboardKit",
                "NoticeboardServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets: plain executables that replay saved inputs; `scripts/fuzz` builds them with libFuzzer (-DFUZZING).
        .target(name: "FuzzReplay", path: "Fuzz/FuzzReplay"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["NoticeboardKit", "FuzzReplay"], path: "Fuzz/FuzzFrontMatter"),
        .executableTarget(name: "FuzzCSV", dependencies: ["NoticeboardKit", "FuzzReplay"], path: "Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzPlanOutline", dependencies: ["NoticeboardKit", "FuzzReplay"], path: "Fuzz/FuzzPlanOutline"),
        .executableTarget(name: "FuzzSite", dependencies: ["NoticeboardKit", "FuzzReplay"], path: "Fuzz/FuzzSite"),
        .executableTarget(name: "FuzzNumbers", dependencies: ["NoticeboardKit", "FuzzReplay"], path: "Fuzz/FuzzNumbers"),
        .testTarget(
            name: "NoticeboardTests",
            dependencies: ["NoticeboardKit", "NoticeboardServe", "Markdown", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "Golden", "Corpus"]
        ),
    ]
)
