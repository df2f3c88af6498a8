use super::*;

fn errs(text: &str) -> Vec<String> {
    match parse("r.toml", text, "r", Origin::BuiltIn) {
        Ok(_) => vec![],
        Err(ds) => ds
            .iter()
            .map(|d| match &d.hint {
                Some(h) => format!("{} [{}]", d.headline(), h),
                None => d.headline(),
            })
            .collect(),
    }
}

#[test]
fn builtins_load() {
    for b in crate::routine::builtin::ROUTINES {
        b.load().unwrap();
    }
}
#[test]
fn reps_zero_points_at_the_value() {
    let t = "title = \"x\"\n[[step]]\ntitle = \"b\"\nhold = \"5s\"\nreps = 0\n";
    assert_eq!(
        errs(t),
        ["r.toml:5:8: step 1 (\"b\"): reps must be between 1 and 50, not 0"]
    );
}
