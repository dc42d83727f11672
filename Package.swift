// swift-tools-version: 6.2
import PackageDescription

/// Settings shared by every Swift target: Swift 6 mode plus the upcoming features that keep
/// module boundaries explicit.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Shiryo",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "shiryo", targets: ["shiryo"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Escaping", swiftSettings: swiftSettings),
        .target(name: "CommonMark", dependencies: ["CCmark", "Escaping"], swiftSettings: swiftSettings),
        .target(name: "Japanese", swiftSettings: swiftSettings),
        .target(
            name: "Ingest",
            dependencies: ["Japanese", "Content", "Escaping", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Content",
            dependencies: ["Escaping", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "Charts", dependencies: ["Content", "Escaping"], swiftSettings: swiftSettings),
        .target(name: "Search", dependencies: ["Escaping"], swiftSettings: swiftSettings),
        .target(
            name: "Templates",
            dependencies: ["Content", "Escaping", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Site",
            dependencies: ["Content", "CommonMark", "Templates", "Charts", "Escaping", "Japanese", "Search", "LinkCheck"],
            swiftSettings: swiftSettings
        ),
        .target(name: "LinkCheck", dependencies: ["Content", "Escaping", "Search"], swiftSettings: swiftSettings),
        .target(
            name: "Serve",
            dependencies: ["Site", "Content", .product(name: "FlyingFox", package: "FlyingFox")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "shiryo",
            dependencies: [
                "Site", "Ingest", "Serve", "LinkCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "shiryo-fuzz", dependencies: ["Site", "Ingest", "Content", "Templates"], path: "Sources/ShiryoFuzz",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"], swiftSettings: swiftSettings),
        .testTarget(name: "JapaneseTests", dependencies: ["Japanese"], swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestTests", dependencies: ["Ingest", "Content", "Japanese"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "LinkCheckTests", dependencies: ["LinkCheck", "Content"], swiftSettings: swiftSettings),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Site"], swiftSettings: swiftSettings),
        .testTarget(name: "SearchTests", dependencies: ["Search"], swiftSettings: swiftSettings),
        .testTarget(name: "ContentTests", dependencies: ["Content"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ChartsTests", dependencies: ["Charts", "Escaping"], exclude: ["Snapshots"], swiftSettings: swiftSettings),
        .testTarget(
            name: "EndToEndTests", dependencies: ["Ingest", "Site", "Content"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SiteTests", dependencies: ["Site", "Content", "Templates", "Charts", "Escaping", "Japanese"],
            exclude: ["Golden"], swiftSettings: swiftSettings
        ),
    ]
)
