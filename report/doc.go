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
// width below it. It keeps one match.Matcher per sweep threshold and re-evaluates a row only when its
// decision can depend on the threshold: a row whose name fields are all missing, unusable or matched
// without a similarity rule (equal forms, equal tokens, initials, swapped or split names without a
// fuzzy pair), or that a mismatching date of birth declines anyway, has the same decision at every
// threshold. For the other rows the decision is monotone in the threshold (every name rule needs a
// similarity at or above it), so the row is compared only where its decision can change: at the sweep
// points around its lowest name score, then by bisection; the run's own threshold, when it is a sweep
// point, is known already. Only the names are compared again (the other fields do not depend on the
// threshold; what they impose comes from the run's verdict). A test checks every count against a full
// re-evaluation.
//
// # Cost
//
// Counting costs a few hundred nanoseconds per row at most; the sweep costs what the near-misses need:
// about 1.5 comparisons of the names for each row whose decision can depend on the threshold (BenchmarkAdd
// reports comparisons and such rows per row). A verdict does not say up to which threshold a fuzzy
// match would hold through another rule (extra names, swapped), nor whether a mismatch's score is exact
// or the length bound, so those rows are compared again. If match.FieldResult carried the highest
// threshold at which the field still matches (the comparison has the scores of every rule it tried),
// the sweep would need no comparison at all.
//
// The page itself (html/template over the counters) takes a few milliseconds whatever the input size.
//
// # Dates of birth
//
// ClassifyDOB tells a date's written shape from its bytes (ISO, dotted, slashed, month names, partial,
// …) without parsing it; whether a date is valid is what the verdict's DOB field says. Day/month-first
// numeric dates are the evidence for the order: a first number above 12 means day first, a second one
// above 12 month first, both 1-12 and different means ambiguous. When at least 95% of at least 20
// unambiguous dates agree, the report suggests the matching --date-order.
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
