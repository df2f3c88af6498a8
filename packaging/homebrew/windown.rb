# Homebrew formula for windown (macOS and Linux), built from the crate's source.
# Check it: `brew install --build-from-source ./windown.rb`, `brew test windown`, then
# `brew audit --strict --new --formula windown` (from a tap: `brew audit` needs one).
class Windown < Formula
  desc "Terminal coach for night-time leg cramps: stretches, wind-down, reminders"
  homepage "https://crates.io/crates/windown"
  url "https://static.crates.io/crates/windown/windown-0.1.0.crate"
  sha256 "1fcf10c551a7b86a6fda92d0f2e6e5d1bfafe0a00fbe245edc6b0e9bc79cc19d"
  license any_of: ["MIT", "Apache-2.0"]

  depends_on "rust" => :build

  on_linux do
    depends_on "dbus"
  end

  def install
    # Both binaries: windown, and windown-remind, the small reminder process beside it.
    system "cargo", "install", *std_cargo_args
    generate_completions_from_executable(bin/"windown", "completions")
    (man1/"windown.1").write Utils.safe_popen_read(bin/"windown", "man")
    doc.install "README.md", "CHANGELOG.md", "docs"
  end

  def caveats
    <<~EOS
      Spoken cues need a speech program (macOS has `say`; on Linux, espeak-ng).
      The first time, `windown setup` asks a few questions; `windown` opens the app.
    EOS
  end

  test do
    assert_match "windown #{version}", shell_output("#{bin}/windown --version")
    ENV["WINDOWN_CONFIG_DIR"] = testpath/"config"
    ENV["WINDOWN_DATA_DIR"] = testpath/"data"
    ENV["WINDOWN_STATE_DIR"] = testpath/"state"
    assert_match "evening-legs", shell_output("#{bin}/windown list")
    assert_match "Wall calf", shell_output("#{bin}/windown show evening-legs")
  end
end
