// Package report gathers what an analyst needs to judge a custmatch batch run and renders it as one
// self-contained HTML page: the run, the decisions with their failing fields and top reasons, the
// score distribution of each name field with the threshold and review band drawn in, an exact
// threshold sweep, the shapes of the dates of birth with the evidence for their day/month order, and
// how many approvals needed each tolerance rule.
//
//	c := report.New(matcher, false)
//	t := c.Tally()            // one per goroutine
//	var v match.Verdict
//	t.Compare(&v, row, a, b)  // the matcher's verdict, counted
//	t.CompareRows(vs, rows)   // or many rows at once (what a batch should use)
//	c.Done(t)
//	c.Write(w, report.Run{Input: "export.csv", Elapsed: d})
//
// # Bounded memory, one pass
//
// A Collector keeps counters and fixed-size histograms (101 score bins per name field), never rows: its
// memory does not grow with the input. With values on it also keeps at most MaxExamples raw values per
// (decision, field, reason), the ones of the lowest row numbers, so the output does not depend on how
// rows were spread over goroutines.
//
// # The threshold sweep is exact
//
// For each threshold 0.80, 0.82, … 1.00 the sweep counts the decisions a run with that threshold would
// make: the run's options with one threshold for both names, and the review band (if any) at the same
// width below it. Nothing is compared again: Tally.Compare compares each row with
// match.Matcher.CompareSweep, which works out beside the verdict how high a threshold each name field
// still matches at (its ceiling, the swapped and split rules included), and match.Sweep.DecisionAt
// turns that into the row's decision at each sweep point (match.Sweep.RunsAt, without a review band,
// as the runs of points where it is the same, counted where it changes). A row whose decision cannot
// change within the sweep (names equal, missing or unusable, matched without a similarity rule, a
// name too different to match at any threshold swept, or a date of birth that declines it anyway:
// match.Sweep.Fixed) is counted once for every point. A test checks every
// count against a full re-evaluation with a Matcher built for each threshold, and package match's
// tests check DecisionAt against a fresh comparison at any threshold.
//
// # Cost
//
// The counters, the date shapes and the sweep add a few dozen nanoseconds to most rows, and the
// ceilings of a near-miss (a name matched through a similarity, or a mismatch) a few hundred more:
// BenchmarkAdd reports both passes per row, and cmd/custmatch's BenchmarkBatchReport the whole run's
// time with and without the report.
//
// A batch should hand its rows over with CompareRows, a few dozen or more at a time, rather than one
// by one with Compare: the counts and verdicts are the same, but comparing a run of rows before
// counting them keeps each body of code in the processor's instruction cache.
//
// The page itself (html/template over the counters) takes a few milliseconds whatever the input size.
//
// # Dates of birth
//
// ClassifyDOB tells a date's written shape from its bytes (ISO, dotted, slashed, month names, partial,
// …) without parsing it; whether a date is valid is what the verdict's DOB field says. A date with a
// month name (one of CLDR's, dob.MonthLanguages) is also counted by the language of its month word
// (the CLDR locales that have the word, each of them when several share it). Day/month-first numeric
// dates are the evidence for the order, by side and shape: a first number of 13-31 that is a day of the
// month the second names means day first, a second one so of the first month first, both 1-12 and
// different means ambiguous as written (31/04 reads in neither order: April has 30 days). Only the slashed, dashed
// and spaced ones read both ways under --date-order auto (it reads dotted dates day-first), so only
// they are evidence for a declared order; and a declared order makes every date written the other way
// invalid, dotted ones included. A declared order also changes how package dob reads some dates whose
// shape tells no order: a numeric date with a time after a comma (4/25/1990, 12:00:00 AM), a weekday
// in front or other digits, and under dmy eight digits that are no valid YYYYMMDD (DDMMYYYY). So for
// each compact, month-name and other date the report asks package dob itself whether mdy or dmy reads
// it otherwise than auto (with the run's reference date), and counts those per side and shape; a text
// that cannot depend on the order (fewer than three numbers and eight digits, or eight digits whose
// DDMMYYYY reading would be before 1900) is not asked about, and neither are the ISO and day/month-first
// dates, whose shape tells their order. The report suggests an order only when at least 95% of at least
// 20 unambiguous slashed, dashed or spaced dates agree, no date of the file is written the other way
// and the order reads no date of another shape otherwise than auto; otherwise it says what the order
// would break. Under a declared order it names what the order read otherwise than auto would have:
// dates written the other way (invalid), dotted dates mdy read month-first, dates of other shapes.
//
// # The page
//
// The page is built with html/template (values are escaped by construction) and hand-drawn SVG: no
// charting library, no script, no web font, nothing loaded from elsewhere. A Content Security Policy
// in the page allows only its own stylesheet, by hash. Every chart is an SVG with role="img", a
// <title> and a <desc>, a caption, and the table of the numbers behind it; the layout follows the
// width of the screen and prints. A hand-drawn chart was chosen over a Go charting library because the
// charts are simple bars, and a library would bring scripts or raster images that the page must not
// have.
//
// No name, date of birth or email from the input appears in the page unless the Collector was made
// with values on.
//
// # Concurrency
//
// A Collector is safe for concurrent use; each Tally belongs to one goroutine at a time until it is
// given back with Done. Write must run after the last Done.
package report
