/// The CI files `init` writes: GitHub Actions and GitLab CI that build the tool, check the content, build and publish `public/`.
///
/// Both run the same commands as a person at the terminal: `noticeboard check` then `noticeboard build`.
struct CIWorkflows {
    /// Git address of Noticeboard's source code; empty writes a placeholder the jobs ask to fill in.
    var toolRepository: String
    var toolRef: String
    /// Whether `site.yaml` has a base URL; without one, GitHub Pages' address is passed with `--base-url`.
    var hasBaseURL: Bool

    /// The Debian packages the tool needs to build and run (as `scripts/install-dependencies`).
    static let debianPackages = "libcmark-dev libqrencode-dev libvips-dev pkg-config zlib1g-dev git"
    /// The Swift image the jobs run in: Debian 12 with Swift 6.
    static let image = "swift:6.3-bookworm"

    var repositoryValue: String { YAMLText.scalar(toolRepository) }
    var refValue: String { YAMLText.scalar(toolRef) }

    /// Shell lines that build the tool into `.noticeboard/bin` unless a cached copy is there.
    var installScript: [String] {
        [
            "if [ -z \"$NOTICEBOARD_REPOSITORY\" ]; then echo \"请先填写 NOTICEBOARD_REPOSITORY：Noticeboard 源代码的 git 地址 (set NOTICEBOARD_REPOSITORY)\"; exit 1; fi",
            "if [ ! -x .noticeboard/bin/noticeboard ]; then",
            "  git clone --depth 1 --branch \"$NOTICEBOARD_REF\" \"$NOTICEBOARD_REPOSITORY\" /tmp/noticeboard-src",
            "  swift build -c release --package-path /tmp/noticeboard-src",
            "  install -D -m 755 /tmp/noticeboard-src/.build/release/noticeboard .noticeboard/bin/noticeboard",
            "fi",
            ".noticeboard/bin/noticeboard --version",
        ]
    }

    var github: String {
        let baseURL = hasBaseURL ? "" : " ${PAGES_URL:+--base-url \"$PAGES_URL/\"}"
        let baseURLEnv = hasBaseURL ? "" : "\n        env:\n          PAGES_URL: ${{ steps.pages.outputs.base_url }}   # GitHub Pages 的网址"
        return """
            # 每次推送都检查内容、构建网站，并发布到 GitHub Pages；内容有错时在改动的行上标出原因。
            # 第一次使用：在仓库的 Settings → Pages 里把 Source 设为 “GitHub Actions”。
            name: noticeboard

            on:
              push:
              pull_request:
              workflow_dispatch:
              schedule:
                - cron: "5 16 * * *"   # 每天北京时间 0:05 重建，让到期的通知自动归档

            env:
              NOTICEBOARD_REPOSITORY: \(repositoryValue)   # Noticeboard 源代码的 git 地址
              NOTICEBOARD_REF: \(refValue)                 # 用哪个分支或版本标签；换版本时改这里

            permissions:
              contents: read

            concurrency:
              group: pages
              cancel-in-progress: false

            jobs:
              build:
                runs-on: ubuntu-latest
                container: \(Self.image)
                steps:
                  - uses: actions/checkout@v4
                  - name: 安装依赖 (Debian packages)
                    run: apt-get update -qq && apt-get install -y -qq --no-install-recommends \(Self.debianPackages)
                  - name: 缓存 noticeboard (cache the tool)
                    uses: actions/cache@v4
                    with:
                      path: .noticeboard
                      key: noticeboard-${{ env.NOTICEBOARD_REF }}
                  - name: 编译 noticeboard (build the tool)
                    run: |
            \(installScript.map { "            " + $0 }.joined(separator: "\n"))
                        echo "$PWD/.noticeboard/bin" >> "$GITHUB_PATH"
                  - name: 检查内容 (check)
                    run: noticeboard check --format github
                  - id: pages
                    uses: actions/configure-pages@v5
                    if: github.event_name != 'pull_request'
                  - name: 构建网站 (build)
                    run: noticeboard build\(baseURL)\(baseURLEnv)
                  - uses: actions/upload-pages-artifact@v3
                    if: github.event_name != 'pull_request'
                    with:
                      path: public

              deploy:
                needs: build
                if: github.event_name == 'schedule' || (github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch)
                runs-on: ubuntu-latest
                permissions:
                  pages: write
                  id-token: write
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@v4

            """
    }

    var gitlab: String {
        let baseURL = hasBaseURL ? "" : " --base-url \"$CI_PAGES_URL/\""
        return """
        # 每次推送都检查内容；默认分支上构建网站并发布到 GitLab Pages（作业名必须是 pages，产物是 public/）。
        # 要让到期的通知每天自动归档：在 Build → Pipeline schedules 里加一个每天运行的计划。
        variables:
          NOTICEBOARD_REPOSITORY: \(repositoryValue)   # Noticeboard 源代码的 git 地址
          NOTICEBOARD_REF: \(refValue)                 # 用哪个分支或版本标签；换版本时改这里

        default:
          image: \(Self.image)
          cache:
            key: noticeboard-$NOTICEBOARD_REF
            paths:
              - .noticeboard/
          before_script:
            - apt-get update -qq && apt-get install -y -qq --no-install-recommends \(Self.debianPackages)
            - |
        \(installScript.map { "      " + $0 }.joined(separator: "\n"))
            - export PATH="$PWD/.noticeboard/bin:$PATH"

        stages:
          - check
          - deploy

        check:
          stage: check
          script:
            - noticeboard check
          rules:
            - if: $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH

        pages:
          stage: deploy
          script:
            - noticeboard check
            - noticeboard build\(baseURL)
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
    }
}
