//! The kit's verdict: one row per check, printed as an aligned table with a summary line.

use std::fmt;

/// How one check ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail(String),
    /// The backend's data gave the check nothing to work on (no payable invoice, no active
    /// billing item…). It is not a pass: what it would have proved is unproven.
    NotApplicable(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub area: &'static str,
    pub check: String,
    pub outcome: Outcome,
}

/// Why a check did not pass; `?` on a `Result<_, String>` makes it a failure.
#[derive(Debug)]
pub enum Problem {
    Fail(String),
    NotApplicable(String),
}

impl Problem {
    pub fn detail(&self) -> &str {
        match self {
            Problem::Fail(detail) | Problem::NotApplicable(detail) => detail,
        }
    }
}

impl From<String> for Problem {
    fn from(detail: String) -> Problem {
        Problem::Fail(detail)
    }
}

/// What a check returns.
pub type Checked = Result<(), Problem>;

/// A check that cannot run on this backend's data, and why.
pub fn not_applicable(why: impl Into<String>) -> Problem {
    Problem::NotApplicable(why.into())
}

/// `Err(detail)` unless `holds`: the one-line assertion of the checks.
pub fn ensure(holds: bool, detail: impl FnOnce() -> String) -> Result<(), String> {
    match holds {
        true => Ok(()),
        false => Err(detail()),
    }
}

/// Passes if every result did; otherwise fails with every failure's detail.
pub fn every(results: impl IntoIterator<Item = Result<(), String>>) -> Checked {
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    match failures.is_empty() {
        true => Ok(()),
        false => Err(Problem::Fail(failures.join("; "))),
    }
}

/// The longest detail kept in a row: enough to see what came back, short enough for a table.
const MAX_DETAIL: usize = 300;

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub rows: Vec<Row>,
    /// Text that never appears in a row (the tokens, the test card numbers), in case a
    /// backend echoes it in an answer a detail quotes.
    secrets: Vec<String>,
}

impl Report {
    pub fn new(secrets: Vec<String>) -> Report {
        Report {
            rows: Vec::new(),
            secrets: secrets.into_iter().filter(|s| !s.is_empty()).collect(),
        }
    }

    /// True only if every check passed: a failure or a check that could not run is not.
    pub fn passed(&self) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|r| r.outcome == Outcome::Pass)
    }

    /// The row of the check with this name, if it ran.
    pub fn row(&self, check: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.check == check)
    }

    pub fn record(&mut self, area: &'static str, check: impl Into<String>, result: Checked) {
        let outcome = match result {
            Ok(()) => Outcome::Pass,
            Err(Problem::Fail(detail)) => Outcome::Fail(self.redacted(&detail)),
            Err(Problem::NotApplicable(why)) => Outcome::NotApplicable(self.redacted(&why)),
        };
        self.rows.push(Row {
            area,
            check: check.into(),
            outcome,
        });
    }

    fn redacted(&self, text: &str) -> String {
        let mut text = self
            .secrets
            .iter()
            .fold(text.to_string(), |t, s| t.replace(s.as_str(), "[redacted]"));
        if text.len() > MAX_DETAIL {
            let cut = (0..=MAX_DETAIL)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            text.truncate(cut);
            text.push('…');
        }
        text.replace(['\n', '\r'], " ")
    }

    fn count(&self, which: fn(&Outcome) -> bool) -> usize {
        self.rows.iter().filter(|r| which(&r.outcome)).count()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let area_width = self.rows.iter().map(|r| r.area.len()).max().unwrap_or(0);
        let check_width = self
            .rows
            .iter()
            .map(|r| r.check.chars().count())
            .max()
            .unwrap_or(0);
        writeln!(
            f,
            "{:area_width$}  {:check_width$}  result",
            "area", "check"
        )?;
        for row in &self.rows {
            let (result, detail) = match &row.outcome {
                Outcome::Pass => ("pass", ""),
                Outcome::Fail(detail) => ("FAIL", detail.as_str()),
                Outcome::NotApplicable(why) => ("n/a ", why.as_str()),
            };
            let line = format!(
                "{:area_width$}  {:check_width$}  {result}  {detail}",
                row.area, row.check
            );
            writeln!(f, "{}", line.trim_end())?;
        }
        let passed = self.count(|o| *o == Outcome::Pass);
        let failed = self.count(|o| matches!(o, Outcome::Fail(_)));
        let skipped = self.count(|o| matches!(o, Outcome::NotApplicable(_)));
        write!(
            f,
            "{} checks: {passed} passed, {failed} failed, {skipped} not applicable — {}",
            self.rows.len(),
            match self.passed() {
                true => "the backend conforms",
                false => "the backend does NOT conform",
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_passes_pass_and_secrets_never_show() {
        let mut report = Report::new(vec!["tok-secret".into()]);
        report.record("area", "a check", Ok(()));
        assert!(report.passed());
        report.record("area", "another", Err(not_applicable("nothing to pay")));
        assert!(!report.passed());
        report.record(
            "longer area",
            "third",
            Err("sent tok-secret\nback".to_string().into()),
        );
        let printed = report.to_string();
        assert!(!printed.contains("tok-secret"), "{printed}");
        assert!(printed.contains("sent [redacted] back"), "{printed}");
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(lines.len(), 5, "{printed}");
        // Aligned: every row's result starts in one column.
        let columns: Vec<Option<usize>> = [(1, " pass"), (2, " n/a"), (3, " FAIL")]
            .iter()
            .map(|(line, result)| lines[*line].find(result))
            .collect();
        assert!(
            columns[0].is_some() && columns.windows(2).all(|w| w[0] == w[1]),
            "{printed}"
        );
        assert!(lines[4].starts_with("3 checks: 1 passed, 1 failed, 1 not applicable"));
    }
}
