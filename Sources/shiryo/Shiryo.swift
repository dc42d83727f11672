import ArgumentParser

/// The `shiryo` command: builds the portal and, in time, imports, checks and serves it.
@main
struct Shiryo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo",
        abstract: "資料ポータルを作る静的サイトジェネレーター / a static site generator for public documents.",
        subcommands: [Build.self, Import.self, CheckCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    static func main() async {
        MemoryArenas.limitToCores()
        await main(nil)
    }
}
