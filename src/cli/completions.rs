//! Shell support: `windown completions bash|zsh|fish` (clap_complete's script for the
//! commands and options, plus a few lines that complete routine and reminder ids by asking
//! `windown ids routines|reminders`, so they follow the person's files as they change), and
//! `windown man` (the man page, from clap_mangen).
//!
//! Owns the shell glue only: the command line itself is the cli module's, handed in as a
//! `clap::Command`, and the ids come from the catalog and the reminders file.

use std::process::ExitCode;

use crate::error::{CmdResult, print_out};
use crate::paths::Dirs;

/// The shells a completion script is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// What `windown ids` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Ids {
    Routines,
    Reminders,
}

/// The completion script for `shell`.
pub(crate) fn script(mut cmd: clap::Command, shell: Shell) -> String {
    let mut out = Vec::new();
    let name = cmd.get_name().to_string();
    match shell {
        Shell::Bash => {
            clap_complete::generate(clap_complete::Shell::Bash, &mut cmd, &name, &mut out)
        }
        Shell::Zsh => clap_complete::generate(clap_complete::Shell::Zsh, &mut cmd, &name, &mut out),
        Shell::Fish => {
            clap_complete::generate(clap_complete::Shell::Fish, &mut cmd, &name, &mut out)
        }
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push_str(match shell {
        Shell::Bash => BASH_IDS,
        Shell::Zsh => ZSH_IDS,
        Shell::Fish => FISH_IDS,
    });
    text
}

/// Routine ids where a routine is named (first word, `run`, `show`, `new --from`), reminder ids
/// after `remind test` (and `enable`/`disable`), added to clap's own completions.
const BASH_IDS: &str = r#"
# windown: routine and reminder ids from your own files.
_windown_with_ids() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" sub="${COMP_WORDS[1]}"
    _windown "$@"
    [[ "$cur" == -* ]] && return 0
    local kind=""
    if [[ $COMP_CWORD -eq 1 || "$prev" == "--from" ]]; then
        kind=routines
    elif [[ $COMP_CWORD -eq 2 && ( "$sub" == run || "$sub" == show ) ]]; then
        kind=routines
    elif [[ $COMP_CWORD -eq 3 && "$sub" == remind && "$prev" =~ ^(test|enable|disable)$ ]]; then
        kind=reminders
    fi
    if [[ -n "$kind" ]]; then
        local id
        while IFS= read -r id; do
            [[ "$id" == "$cur"* ]] && COMPREPLY+=("$id")
        done < <(windown ids "$kind" 2>/dev/null)
    fi
    return 0
}
complete -F _windown_with_ids -o bashdefault -o default windown
"#;

const ZSH_IDS: &str = r#"
# windown: routine and reminder ids from your own files.
_windown_with_ids() {
    local kind=""
    if (( CURRENT == 2 )) || [[ ${words[CURRENT-1]} == --from ]]; then
        kind=routines
    elif (( CURRENT == 3 )) && [[ ${words[2]} == (run|show) ]]; then
        kind=routines
    elif (( CURRENT == 4 )) && [[ ${words[2]} == remind && ${words[3]} == (test|enable|disable) ]]; then
        kind=reminders
    fi
    if [[ -n $kind ]]; then
        local -a ids
        ids=(${(f)"$(windown ids $kind 2>/dev/null)"})
        (( ${#ids} )) && compadd -- $ids
    fi
    _windown "$@"
}
if [ "$funcstack[1]" != "_windown" ]; then
    compdef _windown_with_ids windown
fi
"#;

const FISH_IDS: &str = r#"
# windown: routine and reminder ids from your own files.
complete -c windown -n "__fish_use_subcommand" -f -a "(windown ids routines 2>/dev/null)"
complete -c windown -n "__fish_seen_subcommand_from run show" -f -a "(windown ids routines 2>/dev/null)"
complete -c windown -n "__fish_seen_subcommand_from new" -l from -x -a "(windown ids routines 2>/dev/null)"
complete -c windown -n "__fish_seen_subcommand_from test enable disable" -f -a "(windown ids reminders 2>/dev/null)"
"#;

/// `windown completions SHELL`.
pub(crate) fn print_script(cmd: clap::Command, shell: Shell) -> CmdResult {
    print_out(&script(cmd, shell))?;
    Ok(ExitCode::SUCCESS)
}

/// `windown man`: the man page, in roff.
pub(crate) fn print_man(cmd: clap::Command) -> CmdResult {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut out)
        .map_err(|e| crate::error::Failure::new(format!("cannot write the man page: {e}")))?;
    print_out(&String::from_utf8_lossy(&out))?;
    Ok(ExitCode::SUCCESS)
}

/// `windown ids routines|reminders`: one id a line, for the completion scripts. Quiet on a
/// broken file (a completion must never print errors into the command line).
pub(crate) fn print_ids(dirs: &Dirs, which: Ids) -> CmdResult {
    let ids: Vec<String> = match which {
        Ids::Routines => crate::routine::Catalog::load(dirs)
            .entries
            .into_iter()
            .filter(|e| e.routine.is_ok())
            .map(|e| e.id)
            .collect(),
        Ids::Reminders => crate::remind::file::load(dirs)
            .map(|(r, _)| {
                r.reminders
                    .into_iter()
                    .map(|r| r.id.into_string())
                    .collect()
            })
            .unwrap_or_default(),
    };
    let mut text = String::new();
    for id in ids {
        // Ids are checked words (a-z, 0-9, -); anything else is never handed to a shell.
        if crate::routine::parse::is_valid_id(&id) {
            text.push_str(&id);
            text.push('\n');
        }
    }
    print_out(&text)?;
    Ok(ExitCode::SUCCESS)
}
