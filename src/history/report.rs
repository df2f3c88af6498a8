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
use super::record::{CrampEntry, Leg, Muscle, Record};
use super::stats::{self, Experiment, FEW_NIGHTS, Stats, Tally};
use crate::i18n::{self, Arg, Messages};
use crate::text;

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
        // One pass over the whole history: the records of these nights and evenings (a
        // session by its day, a cramp by its night or else its day; reminder acknowledgements
        // are not part of the report), the first night or evening of all, and the evenings
        // stretched up to the last night.
        let in_range = |d: NaiveDate| (from..=last_night).contains(&d);
        let mut mine: Vec<Record> = Vec::new();
        let mut first: Option<NaiveDate> = None;
        let mut stretched: Vec<NaiveDate> = Vec::new();
        let mut earliest = |d: Option<NaiveDate>| {
            if let Some(d) = d {
                first = Some(first.map_or(d, |f| f.min(d)));
            }
        };
        for r in records {
            let day = match r {
                Record::Session(s) => {
                    let place = rules.place(s.started);
                    let evening = place.evening();
                    earliest(evening);
                    if let Some(e) = NightRules::stretched_evening_of(s, evening)
                        && e <= last_night
                    {
                        stretched.push(e);
                    }
                    place.day
                }
                Record::Checkin(c) => {
                    earliest(Some(c.night_of));
                    c.night_of
                }
                Record::Cramp(c) => {
                    let place = rules.place(c.at);
                    let night = place.cramp_night();
                    earliest(night);
                    night.unwrap_or(place.day)
                }
                _ => continue,
            };
            if in_range(day) {
                mine.push(r.clone());
            }
        }
        // "Today" for the numbers is the evening after the last night.
        let (st, evenings, nights) = Stats::counted(
            &mine,
            rules,
            last_night + Duration::days(1),
            last_night + Duration::days(1),
        );
        let mut routines: BTreeMap<(String, String), u32> = BTreeMap::new();
        for r in &mine {
            if let Record::Session(s) = r
                && s.finished
            {
                *routines
                    .entry((s.routine_title.to_string(), s.routine_id.to_string()))
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
                Record::Cramp(c) => rules.cramp_night(c.at).map(|n| (n, (**c).clone())),
                _ => None,
            })
            .collect();
        episodes.sort_by_key(|(_, c)| c.at);
        let by_place = stats::by_place(episodes.iter().map(|(_, c)| c));
        let mut notes: Vec<(NaiveDate, String, chrono::DateTime<chrono::FixedOffset>)> = mine
            .iter()
            .filter_map(|r| match r {
                Record::Checkin(c) => c
                    .note
                    .as_deref()
                    .map(|n| (c.night_of, n.to_string(), c.recorded)),
                _ => None,
            })
            .collect();
        notes.sort_by_key(|n| n.2);
        // Since the first record of a night or an evening, until the last night: every
        // evening stretched is one of them, so on or after the first.
        let since_first = first.filter(|f| *f <= last_night).map(|f| {
            stretched.sort_unstable();
            stretched.dedup();
            (
                stretched.len() as u32,
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

    /// "Printed Mon 7 Dec 2026, for Ann Smith", when either is known.
    fn byline(&self, m: &Messages) -> Option<String> {
        let date = self.printed.map(|d| day_year(m, d));
        match (date, &self.name) {
            (Some(date), Some(name)) => Some(m.tr(
                "report-printed-for",
                &[("date", Arg::from(date)), ("name", Arg::from(name))],
            )),
            (Some(date), None) => Some(m.tr("report-printed", &[("date", Arg::from(date))])),
            (None, Some(name)) => Some(m.tr("report-for", &[("name", Arg::from(name))])),
            (None, None) => None,
        }
    }

    /// One line per cramp episode (at most [`EPISODES_MAX`]), then "and N more".
    pub(crate) fn episode_lines(&self, m: &Messages) -> Vec<String> {
        let mut out: Vec<String> = self
            .episodes
            .iter()
            .take(EPISODES_MAX)
            .map(|(_, c)| {
                let when = format!(
                    "{} {}",
                    day_short(m, c.at.date_naive()),
                    i18n::clock(m, c.at.time())
                );
                m.tr(
                    "report-episode",
                    &[
                        ("when", Arg::from(when)),
                        ("leg", Arg::from(c.leg.word())),
                        ("muscle", Arg::from(c.muscle.word())),
                        (
                            "pain",
                            c.pain
                                .map_or(Arg::from("none"), |p| Arg::from(p.to_string())),
                        ),
                        (
                            "lasted",
                            c.lasted_seconds.map_or(Arg::from("none"), |s| {
                                Arg::from(crate::history::record::lasted_text(
                                    s,
                                    c.relief_seconds.is_some(),
                                ))
                            }),
                        ),
                    ],
                )
            })
            .collect();
        if self.episodes.len() > EPISODES_MAX {
            out.push(more(m, self.episodes.len() - EPISODES_MAX));
        }
        out
    }

    /// One line per note (at most [`NOTES_MAX`]), then "and N more".
    pub(crate) fn note_lines(&self, m: &Messages) -> Vec<String> {
        let mut out: Vec<String> = self
            .notes
            .iter()
            .take(NOTES_MAX)
            .map(|(d, n)| {
                m.tr(
                    "report-note",
                    &[
                        ("date", Arg::from(day_short(m, *d))),
                        ("note", Arg::from(n)),
                    ],
                )
            })
            .collect();
        if self.notes.len() > NOTES_MAX {
            out.push(more(m, self.notes.len() - NOTES_MAX));
        }
        out
    }

    fn nights_in_range(&self) -> u32 {
        self.weeks * 7
    }

    /// The summary as (label, value) rows, shared by the text and the HTML.
    pub(crate) fn rows(&self, m: &Messages) -> Vec<(String, String)> {
        let pct = |n: u32, of: u32| (f64::from(n) * 100.0 / f64::from(of)).round() as u32;
        let per_night = if self.counted_nights == 0 {
            m.tr("report-per-night-none", &[])
        } else {
            m.tr(
                "report-per-night-value",
                &[
                    (
                        "rate",
                        Arg::from(decimal(
                            m,
                            f64::from(self.cramps) / f64::from(self.counted_nights),
                        )),
                    ),
                    ("cramps", Arg::from(self.cramps)),
                    ("nights", Arg::from(self.counted_nights)),
                ],
            )
        };
        let cramp_nights = if self.nights_recorded == 0 {
            self.cramp_nights.to_string()
        } else {
            m.tr(
                "report-cramp-nights-value",
                &[
                    ("n", Arg::from(self.cramp_nights)),
                    (
                        "pct",
                        Arg::from(pct(self.cramp_nights, self.nights_recorded)),
                    ),
                ],
            )
        };
        let pain = match self.stats.pain_worst {
            None => m.tr("report-pain-none", &[]),
            Some(worst) => m.tr(
                "report-pain-value",
                &[
                    (
                        "avg",
                        Arg::from(decimal(
                            m,
                            f64::from(self.stats.pain_sum)
                                / f64::from(self.stats.pain_given.max(1)),
                        )),
                    ),
                    ("given", Arg::from(self.stats.pain_given)),
                    ("worst", Arg::from(worst)),
                ],
            ),
        };
        let mut rows = vec![
            (
                m.tr("report-row-recorded", &[]),
                m.tr(
                    "report-recorded-value",
                    &[
                        ("n", Arg::from(self.nights_recorded)),
                        ("of", Arg::from(self.nights_in_range())),
                    ],
                ),
            ),
            (m.tr("report-row-cramp-nights", &[]), cramp_nights),
            (m.tr("report-row-per-night", &[]), per_night),
            (m.tr("report-row-pain", &[]), pain),
            (
                m.tr("report-row-sleep", &[]),
                m.tr("report-sleep-value", &[("n", Arg::from(self.sleep_broken))]),
            ),
            (
                m.tr("report-row-stretched", &[]),
                m.tr(
                    "report-stretched-value",
                    &[
                        ("n", Arg::from(self.evenings_stretched)),
                        ("of", Arg::from(self.nights_in_range())),
                    ],
                ),
            ),
        ];
        if let Some((done, of, first)) = self.since_first {
            rows.push((
                m.tr("report-row-since", &[]),
                m.tr(
                    "report-since-value",
                    &[
                        ("done", Arg::from(done)),
                        ("of", Arg::from(of)),
                        ("date", Arg::from(day_year(m, first))),
                    ],
                ),
            ));
        }
        if !self.by_place.is_empty() {
            let places: Vec<String> = self
                .by_place
                .iter()
                .map(|(l, mu, n)| {
                    m.tr(
                        "report-place",
                        &[
                            ("leg", Arg::from(l.word())),
                            ("muscle", Arg::from(mu.word())),
                            ("n", Arg::from(*n)),
                        ],
                    )
                })
                .collect();
            rows.push((m.tr("report-row-places", &[]), places.join(", ")));
        }
        rows
    }

    fn title(&self, m: &Messages) -> String {
        m.tr(
            "report-title",
            &[
                ("from", Arg::from(day_year(m, self.from))),
                ("to", Arg::from(day_year(m, self.to))),
                ("weeks", Arg::from(self.weeks)),
            ],
        )
    }

    /// The comparison of nights after an evening with and without a stretch, as lines (the
    /// same numbers and sentences as `windown stats`, in the report's language).
    pub(crate) fn comparison_lines(&self, m: &Messages) -> Vec<String> {
        let s = &self.stats;
        if s.comparison_hidden() {
            return vec![m.tr("report-cmp-hidden", &[])];
        }
        let c = &s.comparison;
        let with = m.tr("report-cmp-with", &[]);
        let without = m.tr("report-cmp-without", &[]);
        let w = text::width(&with).max(text::width(&without));
        let pair = |a: String, b: String| {
            [
                format!("  {with}{} {a}", text::padding(&with, w)),
                format!("  {without}{} {b}", text::padding(&without, w)),
            ]
        };
        let nights = |t: &Tally| {
            if t.nights == 0 {
                return m.tr("report-cmp-no-nights", &[]);
            }
            let pct = (f64::from(t.cramp_nights) * 100.0 / f64::from(t.nights)).round() as u32;
            m.tr(
                "report-cmp-nights",
                &[
                    ("n", Arg::from(t.cramp_nights)),
                    ("of", Arg::from(t.nights)),
                    ("pct", Arg::from(pct)),
                ],
            )
        };
        let counts = |t: &Tally| {
            if t.nights == 0 {
                return m.tr("report-cmp-no-nights", &[]);
            }
            if t.counted_nights < t.nights {
                return m.tr(
                    "report-cmp-counts-unknown",
                    &[
                        ("missing", Arg::from(t.nights - t.counted_nights)),
                        ("of", Arg::from(t.cramp_nights)),
                    ],
                );
            }
            m.tr(
                "report-cmp-counts",
                &[
                    (
                        "rate",
                        Arg::from(decimal(
                            m,
                            f64::from(t.cramps) / f64::from(t.counted_nights),
                        )),
                    ),
                    ("cramps", Arg::from(t.cramps)),
                    ("nights", Arg::from(t.counted_nights)),
                ],
            )
        };
        let mut v = vec![m.tr("report-cmp-nights-heading", &[])];
        v.extend(pair(nights(&c.after_routine), nights(&c.after_none)));
        if c.after_routine.cramps + c.after_none.cramps > 0 {
            v.push(m.tr("report-cmp-counts-heading", &[]));
            v.extend(pair(counts(&c.after_routine), counts(&c.after_none)));
        }
        if c.too_few() {
            v.push(m.tr("report-cmp-too-few", &[("n", Arg::from(FEW_NIGHTS))]));
        }
        v.extend(m.tr("report-cmp-caveat", &[]).lines().map(str::to_string));
        v.push(m.tr("report-cmp-not-evidence", &[]));
        v.push(match s.experiment {
            Experiment::Ended => m.tr("report-cmp-trial-ended", &[]),
            _ => m.tr("report-cmp-trial", &[]),
        });
        v
    }

    fn routine_words(&self, m: &Messages) -> String {
        if self.routines.is_empty() {
            return m.tr("report-routines-none", &[]);
        }
        self.routines
            .iter()
            .map(|(t, i, n)| routine(m, t, i, *n))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The routines used as the printed page has room for them: the [`PAGE_ROUTINES`] most
    /// used, each title cut to [`PAGE_TITLE_COLUMNS`] columns with "…" (wide characters count
    /// two), then how many more; the page's style cuts the paragraph at two lines too.
    fn routine_words_for_page(&self, m: &Messages) -> String {
        if self.routines.is_empty() {
            return m.tr("report-routines-none", &[]);
        }
        let mut words: Vec<String> = self
            .routines
            .iter()
            .take(PAGE_ROUTINES)
            .map(|(t, i, n)| {
                routine(
                    m,
                    &text::fit(t, PAGE_TITLE_COLUMNS),
                    &text::fit(i, PAGE_TITLE_COLUMNS),
                    *n,
                )
            })
            .collect();
        if self.routines.len() > PAGE_ROUTINES {
            words.push(more(m, self.routines.len() - PAGE_ROUTINES));
        }
        words.join("; ")
    }

    /// The draft notice, when the report's language is a draft translation.
    fn draft_notice(m: &Messages) -> Option<String> {
        m.status().is_draft().then(|| m.tr("language-draft", &[]))
    }

    /// `windown report`: the page as text, in the process's language.
    pub fn to_text(&self) -> String {
        self.to_text_in(i18n::current())
    }

    /// `windown report`: the page as text, in `m`'s language.
    pub fn to_text_in(&self, m: &Messages) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", m.tr("report-heading-text", &[]));
        let _ = writeln!(out, "{}", self.title(m));
        if let Some(b) = self.byline(m) {
            let _ = writeln!(out, "{}", crate::diag::printable(&b));
        }
        if let Some(d) = Self::draft_notice(m) {
            let _ = writeln!(out, "{d}");
        }
        out.push('\n');
        let rows: Vec<(String, String)> = self
            .rows(m)
            .into_iter()
            .map(|(l, v)| (m.tr("report-label", &[("label", Arg::from(l))]), v))
            .collect();
        let w = rows.iter().map(|(l, _)| text::width(l)).max().unwrap_or(0);
        for (label, value) in rows {
            let _ = writeln!(out, "{label}{} {value}", text::padding(&label, w));
        }
        out.push('\n');
        for l in self.comparison_lines(m) {
            let _ = writeln!(out, "{l}");
        }
        out.push('\n');
        let _ = writeln!(
            out,
            "{} {}",
            m.tr("report-routines-label", &[]),
            crate::diag::printable(&self.routine_words(m))
        );
        out.push('\n');
        // The table of weeks: each column as wide as its heading or its widest cell.
        let heads = [
            m.tr("report-week-of", &[]),
            m.tr("report-week-recorded", &[]),
            m.tr("report-week-with", &[]),
            m.tr("report-week-cramps", &[]),
            m.tr("report-week-stretched", &[]),
        ];
        let cells: Vec<[String; 5]> = self
            .by_week
            .iter()
            .map(|wk| {
                let (with, cramps) = wk.cramp_cells();
                [
                    day_short(m, wk.from),
                    wk.nights_recorded.to_string(),
                    with,
                    cramps,
                    wk.stretched.to_string(),
                ]
            })
            .collect();
        let mut widths = [0usize; 5];
        for (i, w) in widths.iter_mut().enumerate() {
            *w = std::iter::once(&heads[i])
                .chain(cells.iter().map(|c| &c[i]))
                .map(|c| text::width(c))
                .max()
                .unwrap_or(0);
        }
        // The first column keeps room for the widest English day ("Wed 30 Sep").
        widths[0] = widths[0].max(WEEK_COLUMN);
        let line = |row: &[String; 5]| {
            let mut l = format!("{}{}", row[0], text::padding(&row[0], widths[0]));
            for i in 1..5 {
                let gap = if i == 1 { " " } else { "  " };
                let _ = write!(l, "{gap}{}{}", text::padding(&row[i], widths[i]), row[i]);
            }
            l.trim_end().to_string()
        };
        let _ = writeln!(out, "{}", line(&heads));
        for c in &cells {
            let _ = writeln!(out, "{}", line(c));
        }
        if self.by_week.iter().any(|w| w.nights_recorded == 0) {
            let _ = writeln!(out, "{}", m.tr("report-no-record-note", &[]));
        }
        if self
            .by_week
            .iter()
            .any(|w| w.counted_nights < w.nights_recorded)
        {
            let _ = writeln!(out, "{}", m.tr("report-plus-note", &[]));
        }
        let episodes = self.episode_lines(m);
        if !episodes.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "{}", m.tr("report-episodes-heading", &[]));
            for l in episodes {
                let _ = writeln!(out, "  {l}");
            }
        }
        let notes = self.note_lines(m);
        if !notes.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "{}", m.tr("report-notes-heading", &[]));
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
        let _ = writeln!(out, "{}", m.tr("report-not-a-diagnosis", &[]));
        out
    }

    /// `windown report --html FILE`: one self-contained page, in the process's language.
    pub fn to_html(&self) -> String {
        self.to_html_in(i18n::current())
    }

    /// `windown report --html FILE`: one self-contained page, in `m`'s language.
    pub fn to_html_in(&self, m: &Messages) -> String {
        // One string for the page: the style sheet, and room for the rest (about 8 KB of a
        // two-year chart and its words).
        let mut h = String::with_capacity(CSS.len() + 16 * 1024);
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{}</title>\n<style>\n",
            Esc(m.lang()),
            Esc(&m.tr("report-page-title", &[]))
        );
        h.push_str(CSS);
        h.push_str("</style>\n</head>\n<body>\n");
        let _ = writeln!(h, "<h1>{}</h1>", Esc(&m.tr("report-heading", &[])));
        let _ = writeln!(h, "<p class=\"sub\">{}</p>", Esc(&self.title(m)));
        if let Some(b) = self.byline(m) {
            let _ = writeln!(h, "<p class=\"sub\">{}</p>", Esc(&b));
        }
        if let Some(d) = Self::draft_notice(m) {
            let _ = writeln!(h, "<p class=\"draft\">{}</p>", Esc(&d));
        }
        h.push_str("<table class=\"sum\">\n");
        for (label, value) in self.rows(m) {
            let _ = writeln!(
                h,
                "<tr><th>{}</th><td>{}</td></tr>",
                Esc(&label),
                Esc(&value)
            );
        }
        h.push_str("</table>\n");
        self.svg(&mut h, m);
        // The exact numbers under the chart, while they fit on the page.
        if self.by_week.len() <= TABLE_WEEKS {
            h.push_str("<table class=\"weeks\">\n<tr>");
            for id in [
                "report-week-of",
                "report-week-recorded",
                "report-week-with",
                "report-week-cramps",
                "report-week-stretched",
            ] {
                let _ = write!(h, "<th>{}</th>", Esc(&m.tr(id, &[])));
            }
            h.push_str("</tr>\n");
            for wk in &self.by_week {
                let (with, cramps) = wk.cramp_cells();
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{with}</td><td>{cramps}</td><td>{}</td></tr>",
                    Esc(&day_short(m, wk.from)),
                    wk.nights_recorded,
                    wk.stretched
                );
            }
            // The page has no room for a line more: the dash says it ("no record").
            h.push_str("</table>\n");
        }
        let _ = write!(
            h,
            "<h2>{}</h2>\n<pre>",
            Esc(&m.tr("report-comparison-heading", &[]))
        );
        for l in self.comparison_lines(m) {
            let _ = writeln!(h, "{}", Esc(&l));
        }
        h.push_str("</pre>\n");
        let _ = writeln!(
            h,
            "<p class=\"used\"><b>{}</b> {}</p>",
            Esc(&m.tr("report-routines-label", &[])),
            Esc(&self.routine_words_for_page(m))
        );
        // As flowing paragraphs, so that a month of cramps takes a few lines of the page.
        for (heading, lines) in [
            ("report-episodes-heading", self.episode_lines(m)),
            ("report-notes-heading", self.note_lines(m)),
        ] {
            if !lines.is_empty() {
                let _ = write!(h, "<p class=\"list\"><b>{}</b> ", Esc(&m.tr(heading, &[])));
                for (i, l) in lines.iter().enumerate() {
                    let sep = if i == 0 { "" } else { " &middot; " };
                    let _ = write!(h, "{sep}{}", Esc(l));
                }
                h.push_str("</p>\n");
            }
        }
        if let Some(x) = &self.experiment {
            // On a page of its own: the report stays one page without an experiment.
            let _ = writeln!(h, "<h2 class=\"newpage\">{}</h2>\n<pre>", Esc(&x.heading));
            for l in &x.lines {
                let _ = writeln!(h, "{}", Esc(l));
            }
            h.push_str("</pre>\n");
        }
        let _ = writeln!(
            h,
            "<p class=\"foot\"><b>{}</b> {}</p>",
            Esc(&m.tr("report-not-a-diagnosis", &[])),
            Esc(&m.tr("report-foot", &[]))
        );
        h.push_str("</body>\n</html>\n");
        h
    }

    /// The weeks as an SVG bar chart: nights with cramps (bar) out of nights recorded (outline),
    /// and evenings stretched (dot), 0 to 7 a week.
    fn svg(&self, s: &mut String, m: &Messages) {
        let n = self.by_week.len().max(1) as f64;
        let (w, h, left, bottom, top) = (680.0, 206.0, 34.0, 40.0, 12.0);
        let plot_h = h - bottom - top;
        let step = (w - left - 8.0) / n;
        let bar = (step * 0.6).min(40.0);
        let y = |v: u32| top + plot_h * (1.0 - f64::from(v.min(7)) / 7.0);
        let _ = writeln!(
            s,
            "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\">",
            Esc(&m.tr("report-chart-label", &[]))
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
                axis_day(m, wk.from)
            );
        }
        // The key: each label after its mark, the next mark after the label's width (about
        // 5.6 px a character at 10 px), never closer than the English page had them.
        let (cramps, recorded, stretched) = (
            m.tr("report-key-cramps", &[]),
            m.tr("report-key-recorded", &[]),
            m.tr("report-key-stretched", &[]),
        );
        let after = |x: f64, label: &str, least: f64| {
            (x + 14.0 + text::width(label) as f64 * KEY_CHAR_PX + 12.0).max(least)
        };
        let second = after(left, &cramps, left + 150.0);
        let third = after(second, &recorded, second + 140.0);
        let _ = writeln!(
            s,
            "<g class=\"key\"><rect x=\"{left}\" y=\"{:.1}\" width=\"10\" height=\"10\" class=\"cr\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>\
             <rect x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" class=\"rec\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>\
             <circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" class=\"st\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text></g>",
            h - 14.0,
            left + 14.0,
            h - 5.0,
            Esc(&cramps),
            second,
            h - 14.0,
            second + 14.0,
            h - 5.0,
            Esc(&recorded),
            third,
            h - 9.0,
            third + 8.0,
            h - 5.0,
            Esc(&stretched),
        );
        s.push_str("</svg>\n");
    }
}

/// Width of a character of the chart's key, in the SVG's pixels (10 px DejaVu Sans, wide
/// enough for capitals and accented letters).
const KEY_CHAR_PX: f64 = 5.6;

/// The first column of the text table of weeks is at least this wide.
const WEEK_COLUMN: usize = 11;

/// "and 5 more".
fn more(m: &Messages, n: usize) -> String {
    m.tr("report-more", &[("n", Arg::from(n))])
}

/// "Evening legs (evening-legs): 23 times".
fn routine(m: &Messages, title: &str, id: &str, n: u32) -> String {
    m.tr(
        "report-routine",
        &[
            ("title", Arg::from(title)),
            ("id", Arg::from(id)),
            ("n", Arg::from(n)),
        ],
    )
}

/// A day with its year: "Mon 30 Nov 2026" in English; elsewhere the weekday's own name and
/// the ISO date ("Montag 2026-11-30"): a day and month never mixed up on a clinical record.
fn day_year(m: &Messages, d: NaiveDate) -> String {
    if m.lang() == "en" {
        return d.format("%a %-d %b %Y").to_string();
    }
    use chrono::Datelike;
    iso_day(m, d, i18n::weekday(m, d.weekday()))
}

/// A day in a list or a table: "Mon 30 Nov" in English; elsewhere the weekday's short name
/// and the ISO date ("Mo., 2026-11-30"), so that a month of cramps still fits on the page.
fn day_short(m: &Messages, d: NaiveDate) -> String {
    use chrono::Datelike;
    if m.lang() == "en" {
        return d.format("%a %-d %b").to_string();
    }
    let day = d.weekday().num_days_from_monday() + 1;
    let weekday = m.tr("report-weekday-short", &[("day", Arg::from(day))]);
    iso_day(m, d, weekday)
}

/// "Montag, 2026-11-30": `weekday` and the date as `report-date` puts them.
fn iso_day(m: &Messages, d: NaiveDate, weekday: String) -> String {
    m.tr(
        "report-date",
        &[
            ("weekday", Arg::from(weekday)),
            ("iso", Arg::from(d.format("%Y-%m-%d").to_string())),
        ],
    )
}

/// A week's day under its bar: "30 Nov" in English, "11-30" (month-day, as ISO) elsewhere.
fn axis_day(m: &Messages, d: NaiveDate) -> String {
    if m.lang() == "en" {
        return d.format("%-d %b").to_string();
    }
    d.format("%m-%d").to_string()
}

/// A number with one decimal and the language's decimal mark: "0.1", "0,1".
pub(crate) fn decimal(m: &Messages, x: f64) -> String {
    let mark = m.tr("report-decimal-mark", &[]);
    let mark = mark.trim_matches(['[', ']']).trim();
    let s = format!("{x:.1}");
    if mark.is_empty() || mark == "." {
        s
    } else {
        s.replace('.', mark)
    }
}

/// Text made safe inside HTML (titles are the person's own text): as
/// [`crate::text::escape_markup`] of [`crate::diag::printable`], written straight into the page.
struct Esc<'a>(&'a str);

impl std::fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = crate::diag::printable(self.0);
        let mut rest: &str = &text;
        while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..i])?;
            f.write_str(match rest.as_bytes()[i] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[i + 1..];
        }
        f.write_str(rest)
    }
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
.sub { margin: 0 0 5pt 0; color: #333; }
table.sum { border-collapse: collapse; margin-bottom: 8pt; }
table.sum th { text-align: left; font-weight: 600; padding: 1pt 12pt 1pt 0; }
table.sum td { padding: 1pt 0; }
pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; margin: 0; white-space: pre-wrap; }
svg.chart { width: 100%; height: auto; max-height: 50mm; }
.grid { stroke: #bbb; stroke-width: 1; }
.ax, .key text { font-size: 10px; fill: #333; }
.rec { fill: none; stroke: #555; stroke-width: 1; }
.cr { fill: #7a3b2e; }
.st { fill: #2e6b4f; }
.draft { font-size: 8.5pt; margin: -2pt 0 5pt 0; }
.foot { margin-top: 4pt; font-size: 9pt; }
.list { font-size: 8.5pt; margin: 4pt 0 0 0; }
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

    /// Under the weeks when one had no night recorded.
    const NO_RECORD_NOTE: &str = "(–: no night recorded that week; not the same as 0)";

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
    fn the_page_escapes_as_the_markup_rule_does() {
        for t in [
            "",
            "plain",
            "<b>Ann & \"Bob\"</b> o'clock",
            "&&<<>>",
            "bell\u{7} and \u{1b}[31m red, é 日本",
            "ends with <",
        ] {
            assert_eq!(
                Esc(t).to_string(),
                crate::text::escape_markup(&crate::diag::printable(t)),
                "{t:?}"
            );
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
        assert!(h.contains("A personal record, not a diagnosis."));
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

    /// The month with every kind of line: cramps with pain and length, a note, a week
    /// without a record, a night with cramps and no number, more routines.
    fn full_report() -> Report {
        let mut recs = month();
        if let Some(Record::Cramp(c)) = recs.last_mut() {
            c.lasted_seconds = Some(90);
        }
        let mut c = crate::history::CheckinEntry::new(
            d(20),
            Cramps::Mild,
            "2026-11-21T07:00:00+01:00".parse().unwrap(),
        );
        c.note = Some("after a long walk".into());
        recs.push(Record::Checkin(c));
        Report::compute(&recs, &NightRules::default(), d(29) + Duration::days(7), 5)
            .printed_on(d(30) + Duration::days(7))
            .named(Some("Ann Smith".into()))
    }

    #[test]
    fn the_text_report_in_german_and_the_test_language() {
        let r = full_report();
        insta::assert_snapshot!("report_de", r.to_text_in(&Messages::builtin("de")));
        insta::assert_snapshot!("report_en_xa", r.to_text_in(&Messages::builtin("en-XA")));
        insta::assert_snapshot!("report_en", r.to_text_in(&Messages::builtin("en")));
    }

    /// Every word of the report in the test language is in brackets but the person's own
    /// (the routine's title and id, the note, the name): nothing was left unconverted.
    #[test]
    fn every_word_of_the_test_language_report_is_converted() {
        let r = full_report();
        for page in [
            r.to_text_in(&Messages::builtin("en-XA")),
            r.to_html_in(&Messages::builtin("en-XA")),
        ] {
            let mut outside = String::new();
            let mut depth = 0u32;
            let page = page
                .replace("Evening legs", "")
                .replace("evening-legs", "")
                .replace("after a long walk", "")
                .replace("Ann Smith", "");
            // The HTML's tags, attributes and style are no words.
            let page = strip_markup(&page);
            for ch in page.chars() {
                match ch {
                    '[' => depth += 1,
                    ']' => depth = depth.saturating_sub(1),
                    c if depth == 0 => outside.push(c),
                    _ => {}
                }
            }
            let words: Vec<&str> = outside
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() > 1)
                .collect();
            assert!(words.is_empty(), "{words:?}\n{page}");
        }
    }

    /// The HTML without its style, tags and attributes.
    fn strip_markup(html: &str) -> String {
        let body = html.split("</style>").nth(1).unwrap_or(html);
        let mut out = String::new();
        let mut in_tag = false;
        for ch in body.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&middot;", " ")
            .replace("&amp;", " ")
            .replace("&quot;", " ")
    }

    #[test]
    fn the_page_says_its_language_and_draft_and_writes_decimals_and_dates_its_way() {
        let r = full_report();
        let de = r.to_html_in(&Messages::builtin("de"));
        assert!(de.contains("<html lang=\"de\">"), "{de}");
        assert!(
            de.contains("Entwurf") || de.contains("Diese Übersetzung"),
            "{de}"
        );
        let text = r.to_text_in(&Messages::builtin("de"));
        assert!(text.contains("0,1 ("), "{text}");
        assert!(text.contains("Mo., 2026-11-09"), "{text}");
        let en = r.to_html_in(&Messages::builtin("en"));
        assert!(en.contains("<html lang=\"en\">"));
        assert!(!en.contains(&Messages::builtin("de").tr("language-draft", &[])));
        assert_eq!(decimal(&Messages::builtin("fr"), 6.0), "6,0");
        assert_eq!(decimal(&Messages::builtin("en"), 0.125), "0.1");
    }
}
