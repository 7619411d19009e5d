// Package policy writes down the comparison logic in effect: the document a merchant hands to the
// payment provider during acceptance testing, so that the provider's customer care can guide a customer
// after a mismatch.
//
// [Describe] builds a [Document] from the same match.Options a [match.Matcher] runs with: the policy
// version, every setting as set (thresholds per field, date order, review band, reference date, each
// tolerance rule on or off, email deciding), every rule in plain words with examples, and the meaning of
// every code a verdict can carry. Render it with [Document.WriteMarkdown], [Document.WriteHTML] or
// [Document.WriteJSON]:
//
//	d, err := policy.Describe(opts, language.German)
//	if err != nil { … }
//	d.WriteHTML(w)
//
// # One source
//
// The document cannot drift from the code. Every example is compared by a Matcher built from the
// options, when the document is made, so a changed option or a changed rule shows in the examples. The
// settings table walks the fields of match.Options by reflection, and the code glossary walks every
// decision, status, reason and flag match defines; a field or code without a text here shows a marker,
// and the package's tests fail on it, as they do when a reason is claimed by no rule. Rules that belong
// to a later policy version (match.PolicyVersion, "custmatch-policy/N") carry that version and appear once
// the library implements it.
//
// An option that turns a rule on or off is described by the rule itself (its title, text, examples and
// what the switch does): adding such an option to match.Options is one entry in the rule table.
//
// # Languages
//
// [Languages] lists the languages the document is written in: English and German. Every text exists in
// each; a regional tag (de-AT) gives its language, any other language is an error wrapping [ErrLanguage].
//
// # Concurrency
//
// Describe and the Write methods are safe for concurrent use by multiple goroutines: the tables are
// read-only, and a Document is a plain value once built.
package policy
