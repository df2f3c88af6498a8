//! The report for a clinician: the last N weeks of nights on one page, as text
//! (`windown report`) or as one self-contained HTML page (`--html FILE`: inline CSS and an SVG
//! chart of the weeks, nothing from the network, one A4 or Letter page when printed).
//!
//! Pure: records and the last night in, a [`Report`] and its text or HTML out. Its numbers are
//! [`Stats`] over the records of those weeks, so the report and `windown stats` agree on the
//! same nights. Says it is a personal record, not a diagnosis; names no medicine.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Duration, NaiveDate};

use super::night::NightRules;
use super::record::{CrampEntry, Leg, Muscle, Record, where_};
use super::stats::{self, Night, Stats};
use crate::words::count;

/// Weeks in a report unless asked otherwise.
pub(crate) const DEFAULT_WEEKS: u32 = 8;
/// The most weeks one report covers (about two years: still one page).
pub(crate) const MAX_WEEKS: u32 = 104;

/// Up to this many weeks the HTML page lists each week's numbers under the chart.
pub(crate) const TABLE_WEEKS: usize = 12;

/// At most this many cramp episodes are listed one by one; the rest are counted.
pub(crate) const EPISODES_MAX: usize = 20;
/// At most this many notes are listed one by one; the rest are counted.
pub(crate) const NOTES_MAX: usize = 10;

/// A section another room adds to the report (the personal experiment's), already in words:
/// a heading, then lines of plain text (a line starting with two spaces is part of a table,
/// kept as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
}

/// Said on every report.
pub(crate) const NOT_A_DIAGNOSIS: &str = "A personal record, not a diagnosis.";

/// One week of nights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Week {
    /// The evening of its first night.
    pub(crate) from: NaiveDate,
    pub(crate) nights_recorded: u32,
    pub(crate) cramp_nights: u32,
    /// Cramps in the nights that have a number, and how many nights have one.
    pub(crate) cramps: u32,
    pub(crate) counted_nights: u32,
    /// Evenings stretched ([`super::NightRules::stretched_evening`]).
    pub(crate) stretched: u32,
}

/// A week's cramps when it has no night recorded: unknown, never 0.
const NO_RECORD: &str = "–";

/// Under the weeks when one had no night recorded: its cramps are unknown, never 0.
pub(crate) const NO_RECORD_NOTE: &str = "(–: no night recorded that week; not the same as 0)";

impl Week {
    /// The "with cramps" and "cramps" cells: "–" for a week with no night recorded (unknown,
    /// not 0); the count with "+" when some nights with cramps have no number.
    fn cramp_cells(&self) -> (String, String) {
        if self.nights_recorded == 0 {
            return (NO_RECORD.to_string(), NO_RECORD.to_string());
        }
        let plus = if self.counted_nights < self.nights_recorded {
            "+"
        } else {
            ""
        };
        (
            self.cramp_nights.to_string(),
            format!("{}{plus}", self.cramps),
        )
    }
}

/// The report's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The first and last night (by the evening each began).
    pub(crate) from: NaiveDate,
    pub(crate) to: NaiveDate,
    pub(crate) weeks: u32,
    /// The same numbers `windown stats` gives, over these nights only.
    pub(crate) stats: Stats,
    /// Nights with a check-in or a logged cramp.
    pub(crate) nights_recorded: u32,
    pub(crate) cramp_nights: u32,
    pub(crate) cramps: u32,
    pub(crate) counted_nights: u32,
    pub(crate) sleep_broken: u32,
    pub(crate) evenings_stretched: u32,
    /// Routine titles (and ids) with how many times each was finished, most used first.
    pub(crate) routines: Vec<(String, String, u32)>,
    pub(crate) by_week: Vec<Week>,
    /// The cramps of these nights, in time order, with the night each belongs to.
    pub(crate) episodes: Vec<(NaiveDate, CrampEntry)>,
    /// Cramps by leg and muscle, most first.
    pub(crate) by_place: Vec<(Leg, Muscle, u32)>,
    /// The person's notes (check-ins) in these nights, in time order.
    pub(crate) notes: Vec<(NaiveDate, String)>,
    /// Evenings stretched since the first record: (stretched, evenings, the first evening).
    pub(crate) since_first: Option<(u32, u32, NaiveDate)>,
    /// The day the report was made, when given.
    pub(crate) printed: Option<NaiveDate>,
    /// The person's name, when given (never stored).
    pub(crate) name: Option<String>,
    /// The personal experiment's section, when one was started.
    pub(crate) experiment: Option<Section>,
}

/// Whether a record belongs to a night or evening in `from..=to` (reminder
/// acknowledgements are not part of the report).
fn in_range(r: &Record, rules: &NightRules, from: NaiveDate, to: NaiveDate) -> bool {
    let day = match r {
        Record::Session(s) => rules.day_of(s.started),
        Record::Checkin(c) => c.night_of,
        Record::Cramp(c) => rules.cramp_night(c.at).unwrap_or(rules.day_of(c.at)),
        _ => return false,
    };
    (from..=to).contains(&day)
}

impl Report {
    /// The `weeks` weeks of nights ending with `last_night` (the latest night that is over),
    /// each evening and night by the person's `rules`.
    pub fn compute(
        records: &[Record],
        rules: &NightRules,
        last_night: NaiveDate,
        weeks: u32,
    ) -> Report {
        let weeks = weeks.clamp(1, MAX_WEEKS);
        let days = i64::from(weeks) * 7;
        let from = last_night - Duration::days(days - 1);
        let mine: Vec<Record> = records
            .iter()
            .filter(|r| in_range(r, rules, from, last_night))
            .cloned()
            .collect();
        // "Today" for the numbers is the evening after the last night.
        let st = Stats::compute(&mine, rules, last_night + Duration::days(1));
        let nights: BTreeMap<NaiveDate, Night> = stats::nights(&mine, rules);
        let evenings = stats::routine_evenings(&mine, rules);
        let mut routines: BTreeMap<(String, String), u32> = BTreeMap::new();
        for r in &mine {
            if let Record::Session(s) = r
                && s.finished
            {
                *routines
                    .entry((s.routine_title.clone(), s.routine_id.clone()))
                    .or_default() += 1;
            }
        }
        let mut routines: Vec<(String, String, u32)> =
            routines.into_iter().map(|((t, i), n)| (t, i, n)).collect();
        routines.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        let by_week = (0..weeks)
            .map(|w| {
                let start = from + Duration::days(i64::from(w) * 7);
                let end = start + Duration::days(6);
                let mut week = Week {
                    from: start,
                    nights_recorded: 0,
                    cramp_nights: 0,
                    cramps: 0,
                    counted_nights: 0,
                    stretched: evenings.range(start..=end).count() as u32,
                };
                for n in nights.range(start..=end).map(|(_, n)| n) {
                    week.nights_recorded += 1;
                    week.cramp_nights += u32::from(n.cramp_night());
                    if let Some(c) = n.count() {
                        week.counted_nights += 1;
                        week.cramps += c;
                    }
                }
                week
            })
            .collect();
        let mut episodes: Vec<(NaiveDate, CrampEntry)> = mine
            .iter()
            .filter_map(|r| match r {
                Record::Cramp(c) => rules.cramp_night(c.at).map(|n| (n, c.clone())),
                _ => None,
            })
            .collect();
        episodes.sort_by_key(|(_, c)| c.at);
        let by_place = stats::by_place(episodes.iter().map(|(_, c)| c));
        let mut notes: Vec<(NaiveDate, String, chrono::DateTime<chrono::FixedOffset>)> = mine
            .iter()
            .filter_map(|r| match r {
                Record::Checkin(c) => c.note.clone().map(|n| (c.night_of, n, c.recorded)),
                _ => None,
            })
            .collect();
        notes.sort_by_key(|n| n.2);
        // Since the first record of a night or an evening, until the last night.
        let first = records
            .iter()
            .filter_map(|r| match r {
                Record::Session(s) => rules.evening_of(s.started),
                Record::Checkin(c) => Some(c.night_of),
                Record::Cramp(c) => rules.cramp_night(c.at),
                _ => None,
            })
            .min();
        let since_first = first.filter(|f| *f <= last_night).map(|f| {
            let all = stats::routine_evenings(records, rules);
            (
                all.range(f..=last_night).count() as u32,
                (last_night - f).num_days() as u32 + 1,
                f,
            )
        });
        Report {
            episodes,
            by_place,
            notes: notes.into_iter().map(|(d, n, _)| (d, n)).collect(),
            since_first,
            printed: None,
            name: None,
            experiment: None,
            from,
            to: last_night,
            weeks,
            nights_recorded: nights.len() as u32,
            cramp_nights: nights.values().filter(|n| n.cramp_night()).count() as u32,
            cramps: st.counted_cramps,
            counted_nights: st.counted_nights,
            sleep_broken: nights.values().filter(|n| n.sleep_broken()).count() as u32,
            evenings_stretched: evenings.len() as u32,
            stats: st,
            routines,
            by_week,
        }
    }

    /// The day the report was made, printed on it.
    pub fn printed_on(mut self, day: NaiveDate) -> Report {
        self.printed = Some(day);
        self
    }

    /// The person's name, printed on it (never stored).
    pub fn named(mut self, name: Option<String>) -> Report {
        self.name = name.filter(|n| !n.trim().is_empty());
        self
    }

    /// The personal experiment's section, and its state for the comparison's words.
    pub fn with_experiment(
        mut self,
        section: Option<Section>,
        state: super::stats::Experiment,
    ) -> Report {
        self.experiment = section;
        self.stats = self.stats.with_experiment(state);
        self
    }

    /// "Printed Mon 7 Dec 2026 · for Ann Smith", when either is known.
    fn byline(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(d) = self.printed {
            parts.push(format!("Printed {}", d.format("%a %-d %b %Y")));
        }
        if let Some(n) = &self.name {
            parts.push(format!("for {n}"));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// One line per cramp episode (at most [`EPISODES_MAX`]), then "and N more".
    pub(crate) fn episode_lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .episodes
            .iter()
            .take(EPISODES_MAX)
            .map(|(_, c)| {
                let mut l = format!(
                    "{}  {}",
                    c.at.format("%a %-d %b %H:%M"),
                    where_(c.leg, c.muscle)
                );
                if let Some(p) = c.pain {
                    let _ = write!(l, ", pain {p}/10");
                }
                if let Some(s) = c.lasted_seconds {
                    let _ = write!(
                        l,
                        ", lasted {}",
                        crate::history::record::lasted_text(s, c.relief_seconds.is_some())
                    );
                }
                l
            })
            .collect();
        if self.episodes.len() > EPISODES_MAX {
            out.push(format!("and {} more", self.episodes.len() - EPISODES_MAX));
        }
        out
    }

    /// One line per note (at most [`NOTES_MAX`]), then "and N more".
    pub(crate) fn note_lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .notes
            .iter()
            .take(NOTES_MAX)
            .map(|(d, n)| format!("night of {}: {n}", d.format("%a %-d %b")))
            .collect();
        if self.notes.len() > NOTES_MAX {
            out.push(format!("and {} more", self.notes.len() - NOTES_MAX));
        }
        out
    }

    fn nights_in_range(&self) -> u32 {
        self.weeks * 7
    }

    /// The summary as (label, value) rows, shared by the text and the HTML.
    pub(crate) fn rows(&self) -> Vec<(&'static str, String)> {
        let pct = |n: u32, of: u32| {
            if of == 0 {
                String::new()
            } else {
                format!(" ({}%)", (f64::from(n) * 100.0 / f64::from(of)).round())
            }
        };
        let per_night = if self.counted_nights == 0 {
            "no night has a number".to_string()
        } else {
            format!(
                "{:.1} ({} in {} with a number)",
                f64::from(self.cramps) / f64::from(self.counted_nights),
                count(self.cramps, "cramp", "cramps"),
                count(self.counted_nights, "night", "nights")
            )
        };
        let mut rows = vec![
            (
                "Nights recorded",
                format!("{} of {}", self.nights_recorded, self.nights_in_range()),
            ),
            (
                "Nights with cramps",
                format!(
                    "{}{}",
                    self.cramp_nights,
                    pct(self.cramp_nights, self.nights_recorded)
                        .replace(')', " of nights recorded)")
                ),
            ),
            ("Cramps per night", per_night),
            (
                "Pain (0-10)",
                self.stats
                    .pain_text()
                    .unwrap_or_else(|| "not given".to_string()),
            ),
            (
                "Sleep broken",
                format!(
                    "{} (said so, or a bad night)",
                    count(self.sleep_broken, "night", "nights")
                ),
            ),
            (
                "Evenings stretched",
                format!(
                    "{} of {} (a finished routine)",
                    self.evenings_stretched,
                    self.nights_in_range()
                ),
            ),
        ];
        if let Some((done, of, first)) = self.since_first {
            rows.push((
                "Since first record",
                format!(
                    "{done} of {of} evenings stretched, since {}",
                    first.format("%a %-d %b %Y")
                ),
            ));
        }
        if !self.by_place.is_empty() {
            rows.push(("Cramps by place", stats::places_text(&self.by_place)));
        }
        rows
    }

    fn title(&self) -> String {
        format!(
            "Nights of {} to {} ({})",
            self.from.format("%a %-d %b %Y"),
            self.to.format("%a %-d %b %Y"),
            count(self.weeks, "week", "weeks")
        )
    }

    fn routine_words(&self) -> String {
        if self.routines.is_empty() {
            return "none finished".to_string();
        }
        self.routines
            .iter()
            .map(|(t, i, n)| format!("{t} ({i}): {}", count(*n, "time", "times")))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The routines used as the printed page has room for them: the [`PAGE_ROUTINES`] most
    /// used, each title cut to [`PAGE_TITLE_COLUMNS`] columns with "…" (wide characters count
    /// two), then how many more; the page's style cuts the paragraph at two lines too.
    fn routine_words_for_page(&self) -> String {
        if self.routines.is_empty() {
            return "none finished".to_string();
        }
        let mut words: Vec<String> = self
            .routines
            .iter()
            .take(PAGE_ROUTINES)
            .map(|(t, i, n)| {
                format!(
                    "{} ({}): {}",
                    crate::text::fit(t, PAGE_TITLE_COLUMNS),
                    crate::text::fit(i, PAGE_TITLE_COLUMNS),
                    count(*n, "time", "times")
                )
            })
            .collect();
        if self.routines.len() > PAGE_ROUTINES {
            words.push(format!("and {} more", self.routines.len() - PAGE_ROUTINES));
        }
        words.join("; ")
    }

    /// `windown report`: the page as text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "windown: a record of night-time leg cramps");
        let _ = writeln!(out, "{}", self.title());
        if let Some(b) = self.byline() {
            let _ = writeln!(out, "{}", crate::diag::printable(&b));
        }
        out.push('\n');
        let rows = self.rows();
        let w = rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0) + 1;
        for (label, value) in rows {
            let _ = writeln!(out, "{:<w$} {value}", format!("{label}:"));
        }
        out.push('\n');
        for l in self.stats.comparison_lines() {
            let _ = writeln!(out, "{l}");
        }
        out.push('\n');
        let _ = writeln!(
            out,
            "Routines used: {}",
            crate::diag::printable(&self.routine_words())
        );
        out.push('\n');
        let _ = writeln!(
            out,
            "Week of     nights recorded  with cramps  cramps  evenings stretched"
        );
        for wk in &self.by_week {
            let (with, cramps) = wk.cramp_cells();
            let _ = writeln!(
                out,
                "{:<11} {:>15}  {:>11}  {:>6}  {:>18}",
                wk.from.format("%a %-d %b"),
                wk.nights_recorded,
                with,
                cramps,
                wk.stretched
            );
        }
        if self.by_week.iter().any(|w| w.nights_recorded == 0) {
            let _ = writeln!(out, "{NO_RECORD_NOTE}");
        }
        if self
            .by_week
            .iter()
            .any(|w| w.counted_nights < w.nights_recorded)
        {
            let _ = writeln!(
                out,
                "(+: some nights with cramps have no number; the count is at least this)"
            );
        }
        let episodes = self.episode_lines();
        if !episodes.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "Cramps, one by one:");
            for l in episodes {
                let _ = writeln!(out, "  {l}");
            }
        }
        let notes = self.note_lines();
        if !notes.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "Notes:");
            for l in notes {
                let _ = writeln!(out, "  {}", crate::diag::printable(&l));
            }
        }
        if let Some(x) = &self.experiment {
            out.push('\n');
            let _ = writeln!(out, "{}", x.heading);
            for l in &x.lines {
                let _ = writeln!(out, "{}", crate::diag::printable(l));
            }
        }
        out.push('\n');
        let _ = writeln!(out, "{NOT_A_DIAGNOSIS}");
        out
    }

    /// `windown report --html FILE`: one self-contained page.
    pub fn to_html(&self) -> String {
        let mut h = String::new();
        h.push_str(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>windown: night cramp record</title>\n<style>\n",
        );
        h.push_str(CSS);
        h.push_str("</style>\n</head>\n<body>\n");
        let _ = writeln!(h, "<h1>A record of night-time leg cramps</h1>");
        let _ = writeln!(h, "<p class=\"sub\">{}</p>", esc(&self.title()));
        if let Some(b) = self.byline() {
            let _ = writeln!(h, "<p class=\"sub\">{}</p>", esc(&b));
        }
        h.push_str("<table class=\"sum\">\n");
        for (label, value) in self.rows() {
            let _ = writeln!(
                h,
                "<tr><th>{}</th><td>{}</td></tr>",
                esc(label),
                esc(&value)
            );
        }
        h.push_str("</table>\n");
        h.push_str(&self.svg());
        // The exact numbers under the chart, while they fit on the page.
        if self.by_week.len() <= TABLE_WEEKS {
            h.push_str(
                "<table class=\"weeks\">\n<tr><th>Week of</th><th>nights recorded</th>\
                 <th>with cramps</th><th>cramps</th><th>evenings stretched</th></tr>\n",
            );
            for wk in &self.by_week {
                let (with, cramps) = wk.cramp_cells();
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{with}</td><td>{cramps}</td><td>{}</td></tr>",
                    wk.from.format("%a %-d %b"),
                    wk.nights_recorded,
                    wk.stretched
                );
            }
            // The page has no room for a line more: the dash says it ("no record").
            h.push_str("</table>\n");
        }
        h.push_str("<h2>Nights after an evening with and without a stretch</h2>\n<pre>");
        for l in self.stats.comparison_lines() {
            h.push_str(&esc(&l));
            h.push('\n');
        }
        h.push_str("</pre>\n");
        let _ = writeln!(
            h,
            "<p class=\"used\"><b>Routines used:</b> {}</p>",
            esc(&self.routine_words_for_page())
        );
        // As flowing paragraphs, so that a month of cramps takes a few lines of the page.
        for (heading, lines) in [
            ("Cramps, one by one:", self.episode_lines()),
            ("Notes:", self.note_lines()),
        ] {
            if !lines.is_empty() {
                let items: Vec<String> = lines.iter().map(|l| esc(l)).collect();
                let _ = writeln!(
                    h,
                    "<p class=\"list\"><b>{heading}</b> {}</p>",
                    items.join(" &middot; ")
                );
            }
        }
        if let Some(x) = &self.experiment {
            // On a page of its own: the report stays one page without an experiment.
            let _ = writeln!(h, "<h2 class=\"newpage\">{}</h2>\n<pre>", esc(&x.heading));
            for l in &x.lines {
                h.push_str(&esc(l));
                h.push('\n');
            }
            h.push_str("</pre>\n");
        }
        let _ = writeln!(
            h,
            "<p class=\"foot\"><b>{NOT_A_DIAGNOSIS}</b> Kept by the person with windown, a \
             stretching and sleep coach; nights without a record are left out of every number.</p>"
        );
        h.push_str("</body>\n</html>\n");
        h
    }

    /// The weeks as an SVG bar chart: nights with cramps (bar) out of nights recorded (outline),
    /// and evenings stretched (dot), 0 to 7 a week.
    fn svg(&self) -> String {
        let n = self.by_week.len().max(1) as f64;
        let (w, h, left, bottom, top) = (680.0, 206.0, 34.0, 40.0, 12.0);
        let plot_h = h - bottom - top;
        let step = (w - left - 8.0) / n;
        let bar = (step * 0.6).min(40.0);
        let y = |v: u32| top + plot_h * (1.0 - f64::from(v.min(7)) / 7.0);
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"Nights with cramps and evenings stretched, week by week\">"
        );
        for v in [0u32, 7] {
            let _ = writeln!(
                s,
                "<line x1=\"{left}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" class=\"grid\"/><text x=\"{}\" y=\"{:.1}\" class=\"ax\" text-anchor=\"end\">{v}</text>",
                w - 8.0,
                y(v),
                y(v),
                left - 6.0,
                y(v) + 4.0
            );
        }
        for (i, wk) in self.by_week.iter().enumerate() {
            let x = left + step * i as f64 + (step - bar) / 2.0;
            let _ = writeln!(
                s,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" class=\"rec\"/>",
                y(wk.nights_recorded),
                y(0) - y(wk.nights_recorded)
            );
            let _ = writeln!(
                s,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" class=\"cr\"/>",
                y(wk.cramp_nights),
                y(0) - y(wk.cramp_nights)
            );
            let _ = writeln!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" class=\"st\"/>",
                x + bar / 2.0,
                y(wk.stretched)
            );
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" class=\"ax\" text-anchor=\"middle\">{}</text>",
                x + bar / 2.0,
                y(0) + 14.0,
                wk.from.format("%-d %b")
            );
        }
        let _ = writeln!(
            s,
            "<g class=\"key\"><rect x=\"{left}\" y=\"{:.1}\" width=\"10\" height=\"10\" class=\"cr\"/><text x=\"{:.1}\" y=\"{:.1}\">nights with cramps</text>\
             <rect x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" class=\"rec\"/><text x=\"{:.1}\" y=\"{:.1}\">nights recorded</text>\
             <circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" class=\"st\"/><text x=\"{:.1}\" y=\"{:.1}\">evenings stretched (per week, 0 to 7)</text></g>",
            h - 14.0,
            left + 14.0,
            h - 5.0,
            left + 150.0,
            h - 14.0,
            left + 164.0,
            h - 5.0,
            left + 290.0,
            h - 9.0,
            left + 298.0,
            h - 5.0,
        );
        s.push_str("</svg>\n");
        s
    }
}

/// Text made safe inside HTML (titles are the person's own text).
fn esc(text: &str) -> String {
    crate::text::escape_markup(&crate::diag::printable(text))
}

/// Most routines the printed page lists by name.
const PAGE_ROUTINES: usize = 5;
/// Widest a routine's title (or id) is on the printed page, in columns.
const PAGE_TITLE_COLUMNS: usize = 48;

/// One page on A4 and on Letter: the smaller of the two (A4's width, Letter's height), with
/// margins, in black on white so it prints and copies well.
const CSS: &str = "@page { size: auto; margin: 14mm; }
html { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; background: #fff; }
body { max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 2pt 0; }
h2 { font-size: 11pt; margin: 6pt 0 2pt 0; }
.sub { margin: 0 0 8pt 0; color: #333; }
table.sum { border-collapse: collapse; margin-bottom: 8pt; }
table.sum th { text-align: left; font-weight: 600; padding: 2pt 12pt 2pt 0; }
table.sum td { padding: 2pt 0; }
pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; margin: 0; white-space: pre-wrap; }
svg.chart { width: 100%; height: auto; max-height: 75mm; }
.grid { stroke: #bbb; stroke-width: 1; }
.ax, .key text { font-size: 10px; fill: #333; }
.rec { fill: none; stroke: #555; stroke-width: 1; }
.cr { fill: #7a3b2e; }
.st { fill: #2e6b4f; }
.foot { margin-top: 4pt; font-size: 9.5pt; }
.list { font-size: 9pt; margin: 4pt 0 0 0; }
h2.newpage { break-before: page; }
.sub, .used { overflow-wrap: anywhere; }
.used { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
table.weeks { border-collapse: collapse; font-size: 9pt; margin: 4pt 0 6pt 0; }
table.weeks th, table.weeks td { padding: 1pt 8pt 1pt 0; text-align: right; }
table.weeks th:first-child, table.weeks td:first-child { text-align: left; }
";

#[cfg(test)]
mod tests {
    use super::super::record::Cramps;
    use super::super::stats::fixture;
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    /// The made-up month, with cramps logged on three nights and a count on one check-in.
    fn month() -> Vec<Record> {
        let mut r = fixture::month();
        r.push(fixture::cramp(7, "03:10", Some(8)));
        r.push(fixture::cramp(7, "05:20", Some(6)));
        r.push(fixture::cramp(13, "02:00", Some(7)));
        r
    }

    #[test]
    fn episodes_and_notes_are_listed_up_to_their_limits_with_the_date_and_name() {
        let mut recs = month();
        for i in 0..22u32 {
            recs.push(fixture::cramp(20 + i % 8, &format!("03:{:02}", i), Some(5)));
        }
        let mut c = crate::history::CheckinEntry::new(
            d(20),
            Cramps::Mild,
            "2026-11-21T07:00:00+01:00".parse().unwrap(),
        );
        c.note = Some("after a long walk".into());
        recs.push(Record::Checkin(c));
        let r = Report::compute(&recs, &NightRules::default(), d(29), 4)
            .printed_on(d(30))
            .named(Some("Ann Smith".into()));
        let text = r.to_text();
        assert!(
            text.contains("Printed Mon 30 Nov 2026, for Ann Smith\n"),
            "{text}"
        );
        assert!(
            text.contains("Cramps by place:    left calf 25\n"),
            "{text}"
        );
        assert!(text.contains("  and 5 more\n"), "{text}");
        assert!(
            text.contains("  Sun 8 Nov 03:10  left calf, pain 8/10\n"),
            "{text}"
        );
        assert!(
            text.contains("Notes:\n  night of Fri 20 Nov: after a long walk\n"),
            "{text}"
        );
        assert!(
            text.contains("Since first record: 24 of 29 evenings stretched, since Sun 1 Nov 2026"),
            "{text}"
        );
        let html = r.to_html();
        assert!(html.contains("Printed Mon 30 Nov 2026, for Ann Smith"));
        assert!(
            !html.contains("newpage\">"),
            "no experiment, no second page"
        );
    }

    #[test]
    fn a_week_without_records_shows_a_dash_not_zero() {
        // Six weeks to 13 December: the last two have no record at all.
        let r = Report::compute(
            &month(),
            &NightRules::default(),
            d(29) + Duration::days(14),
            6,
        );
        assert_eq!(r.by_week.len(), 6);
        let text = r.to_text();
        let rows: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("Mon 30 Nov") || l.starts_with("Mon 7 Dec"))
            .collect();
        assert_eq!(rows.len(), 2, "{text}");
        for row in rows {
            let cells: Vec<&str> = row.split_whitespace().collect();
            assert_eq!(cells[3..], ["0", "–", "–", "0"], "{row}");
        }
        assert!(text.contains(NO_RECORD_NOTE), "{text}");
        // A week with nights recorded and no cramp shows 0, and no note when every week has
        // a record.
        let full = Report::compute(&month(), &NightRules::default(), d(29), 4);
        assert!(!full.to_text().contains(NO_RECORD_NOTE));
        let html = r.to_html();
        assert!(html.contains("<td>0</td><td>–</td><td>–</td>"), "{html}");
    }

    #[test]
    fn the_numbers_of_a_hand_built_month() {
        let r = Report::compute(&month(), &NightRules::default(), d(29), 4);
        // Four weeks of nights: 2 to 29 November.
        assert_eq!((r.from, r.to), (d(2), d(29)));
        assert_eq!(r.nights_recorded, 28);
        // Cramp nights 3, 6, 7, 10, 13, 18, 21 (the 1st is outside).
        assert_eq!(r.cramp_nights, 7);
        // Calm nights count 0; the 7th (2 logged) and 13th (1 logged) have numbers; the
        // other five cramp nights have none.
        assert_eq!((r.cramps, r.counted_nights), (3, 23));
        // Bad nights 7, 13, 18 broke sleep.
        assert_eq!(r.sleep_broken, 3);
        // Finished on 2-5, 8-12, 15-20, 22-29.
        assert_eq!(r.evenings_stretched, 23);
        assert_eq!(
            r.routines,
            vec![("Evening legs".into(), "evening-legs".into(), 23)]
        );
        assert_eq!(r.by_week.len(), 4);
        assert_eq!(r.by_week[0].from, d(2));
        assert_eq!(
            (
                r.by_week[1].cramp_nights,
                r.by_week[1].cramps,
                r.by_week[1].stretched
            ),
            (2, 1, 5)
        );
        let text = r.to_text();
        assert!(text.contains("Nights recorded:    28 of 28"), "{text}");
        assert!(
            text.contains("Nights with cramps: 7 (25% of nights recorded)"),
            "{text}"
        );
        assert!(text.contains("Cramps per night:   0.1 (3 cramps in 23 nights with a number)"));
        assert!(text.contains("Pain (0-10):        7.0/10 on average (3 given), worst 8"));
        assert!(text.contains("Evenings stretched: 23 of 28 (a finished routine)"));
        assert!(text.contains("Routines used: Evening legs (evening-legs): 23 times"));
        assert!(text.contains("after an evening with a finished routine: 3 of 23 nights (13%)"));
        assert!(text.ends_with("A personal record, not a diagnosis.\n"));
    }

    #[test]
    fn a_report_over_all_the_nights_agrees_with_stats() {
        let recs = month();
        let r = Report::compute(&recs, &NightRules::default(), d(29), 5);
        let s = Stats::compute(&recs, &NightRules::default(), d(30));
        assert_eq!(r.stats.comparison, s.comparison);
        assert_eq!(
            (
                r.stats.checked_nights,
                r.stats.cramp_nights,
                r.stats.bad_nights
            ),
            (s.checked_nights, s.cramp_nights, s.bad_nights)
        );
        assert_eq!(r.stats.pain_text(), s.pain_text());
        for l in s.comparison_lines() {
            assert!(r.to_text().contains(&l), "{l}");
        }
    }

    #[test]
    fn html_is_one_page_with_nothing_from_outside() {
        let mut recs = month();
        recs.push(fixture::checkin(28, Cramps::None));
        if let Some(Record::Session(s)) = recs.first_mut() {
            s.routine_title = "<script>alert(1)</script> & \"legs\"".into();
            s.started += Duration::days(10);
        }
        let h = Report::compute(&recs, &NightRules::default(), d(29), 8).to_html();
        assert!(h.starts_with("<!DOCTYPE html>"));
        assert!(!h.contains("<script>"));
        assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;legs&quot;"));
        for outside in ["http:", "https:", "src=", "@import", "url("] {
            assert!(!h.contains(outside), "{outside}");
        }
        assert_eq!(h.matches("<svg").count(), 1);
        assert!(h.contains(NOT_A_DIAGNOSIS));
    }

    #[test]
    fn weeks_are_kept_to_a_page() {
        assert_eq!(
            Report::compute(&[], &NightRules::default(), d(29), 0).weeks,
            1
        );
        assert_eq!(
            Report::compute(&[], &NightRules::default(), d(29), 1000).weeks,
            MAX_WEEKS
        );
        let empty = Report::compute(&[], &NightRules::default(), d(29), 8).to_text();
        assert!(empty.contains("Nights recorded:    0 of 56"), "{empty}");
        assert!(empty.contains("Cramps per night:   no night has a number"));
    }
}
