package policy

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
)

// languages lists the languages the document is written in, English first. Every text in the tables
// has one entry per language, in this order (see tr).
var languages = []language.Tag{language.English, language.German}

// Languages returns the languages Describe writes the document in, English first. The caller owns the
// returned slice.
func Languages() []language.Tag { return slices.Clone(languages) }

// ErrLanguage is wrapped by the error Describe returns for a language it does not write.
var ErrLanguage = errors.New("policy: unsupported language")

// Document is the comparison logic in effect for one set of match.Options, in one language: what a
// merchant hands to the payment provider's customer care. It is a plain value built by Describe; it
// holds no personal data (its examples are made-up customers) and is safe to share between goroutines
// once built. Its JSON form (the struct tags) round-trips through encoding/json.
type Document struct {
	// Policy is the policy version (match.PolicyVersion) that every verdict of these options carries.
	Policy string `json:"policy"`
	// Lang is the BCP 47 tag of the language the texts are in.
	Lang  string   `json:"lang"`
	Title string   `json:"title"`
	Intro []string `json:"intro"`
	// Settings lists every option of match.Options with its value as set.
	Settings []Setting `json:"settings"`
	// Sections group the rules: names prepared, names compared, date of birth, decision.
	Sections []Section `json:"sections"`
	// Glossary explains every code a verdict can show: decisions, statuses, reasons and flags.
	Glossary []Term `json:"glossary"`
}

// Setting is one option of match.Options as set.
type Setting struct {
	Option  string `json:"option"`  // the match.Options field, e.g. "Threshold"
	Label   string `json:"label"`   // what the option is called in the document
	Value   string `json:"value"`   // its effective value, in words
	Default bool   `json:"default"` // whether the value is the default policy's
	Meaning string `json:"meaning"` // what it does
}

// Section is a group of rules with a heading.
type Section struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Intro string `json:"intro,omitempty"`
	Rules []Rule `json:"rules"`
}

// The states of a rule.
const (
	StateAlways = "always" // part of the policy, no option turns it off
	StateOn     = "on"     // an option turns it on or off, and it is on
	StateOff    = "off"    // an option turns it on or off, and it is off
)

// Rule is one rule of the policy with its examples, each computed under the options in effect.
type Rule struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	State    string    `json:"state"`            // StateAlways, StateOn or StateOff
	Option   string    `json:"option,omitempty"` // the match.Options field that switches it
	Text     string    `json:"text"`
	Reasons  []string  `json:"reasons"` // the reason codes a verdict shows when this rule applied
	Examples []Example `json:"examples"`
}

// Example is one comparison run through match.Matcher.Compare under the options in effect: the two
// records as given, and the verdict.
type Example struct {
	Merchant Party    `json:"merchant"`
	Provider Party    `json:"provider"`
	Field    string   `json:"field"`           // the field the example is about, e.g. "first_name"
	Status   string   `json:"status"`          // that field's status
	Score    *float64 `json:"score,omitempty"` // that field's similarity (names only), 4 decimals
	Reasons  []string `json:"reasons"`         // that field's reason codes
	Flags    []string `json:"flags"`           // that field's flags
	Decision string   `json:"decision"`
	Failing  []string `json:"failing"`
	Outcome  string   `json:"outcome"` // the decision and failing fields in words
	Detail   string   `json:"detail"`  // the field's status, score and reasons in words
}

// Party is one side of an example.
type Party struct {
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
	DOB       string `json:"dob,omitempty"`
	Email     string `json:"email,omitempty"`
}

// Term explains one code of the verdict.
type Term struct {
	Kind    string `json:"kind"` // decision, status, reason or flag
	Code    string `json:"code"`
	Meaning string `json:"meaning"`
}

// missingMark stands in for a text the tables lack in the document's language; the tests render every
// document and fail on it, so a released document never shows it.
const missingMark = "⟦untranslated⟧"

// Describe returns the comparison logic in effect under o, in the language lang (one of Languages();
// a regional variant such as de-AT gives its language). Invalid options give the *match.OptionsError of
// match.New; a language Describe does not write gives an error wrapping ErrLanguage. Every example in the
// document is compared by a match.Matcher built from o, so the document shows what the code does.
func Describe(o match.Options, lang language.Tag) (*Document, error) {
	li := -1
	base, conf := lang.Base()
	for i, t := range languages {
		if conf != language.Exact {
			break // und, or a tag whose language is only guessed
		}
		if b, _ := t.Base(); b == base {
			li = i
		}
	}
	if li < 0 {
		return nil, fmt.Errorf("%w %q (want one of %s)", ErrLanguage, lang, languageList())
	}
	m, err := match.New(o)
	if err != nil {
		return nil, err
	}
	// The Threshold setting as match resolves it (0 means match.DefaultThreshold): the threshold of a
	// name field without its own, under Threshold alone. The fields' thresholds come from m.Threshold.
	mb, err := match.New(match.Options{Threshold: o.Threshold})
	if err != nil {
		return nil, err
	}
	c := &ctx{l: li, o: o, m: m, base: mb.Threshold(match.FirstName), version: policyNumber(match.PolicyVersion)}
	d := &Document{
		Policy: match.PolicyVersion,
		Lang:   languages[li].String(),
		Title:  fmt.Sprintf(c.t(txtTitle), match.PolicyVersion),
		Intro:  []string{c.t(txtIntro1), c.t(txtIntro2), c.t(txtIntro3)},
	}
	d.Settings = c.settings()
	for _, s := range sections {
		sec := Section{ID: s.id, Title: c.t(s.title), Intro: c.t(s.intro)}
		for i := range rules {
			if r := &rules[i]; r.section == s.id && r.minPolicy <= c.version {
				sec.Rules = append(sec.Rules, c.rule(r))
			}
		}
		d.Sections = append(d.Sections, sec)
	}
	d.Glossary = c.glossary()
	return d, nil
}

// languageList names the languages for error messages: "en, de".
func languageList() string {
	s := make([]string, len(languages))
	for i, t := range languages {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}

// policyNumber returns the number at the end of a policy version ("custmatch-policy/2" gives 2), 0 when
// there is none.
func policyNumber(v string) int {
	n, _ := strconv.Atoi(v[strings.LastIndexByte(v, '/')+1:])
	return n
}

// tr is one text in every language of languages, in that order.
type tr [2]string

// ctx is the state of one Describe call: the language, the options and the Matcher built from them.
type ctx struct {
	l       int
	o       match.Options
	m       *match.Matcher // built from o: its decisions and resolved thresholds
	base    float64        // Threshold as resolved by match
	version int
}

// t returns x in the document's language, or missingMark when the tables lack it.
func (c *ctx) t(x tr) string {
	if s := x[c.l]; s != "" {
		return s
	}
	return missingMark
}

// pct formats a similarity as a percentage in the document's language: 90%, 88.9% (en); 90 %, 88,9 % (de).
func (c *ctx) pct(v float64) string {
	s := strconv.FormatFloat(v*100, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if c.l == 1 {
		return strings.ReplaceAll(s, ".", ",") + " %"
	}
	return s + "%"
}

// optionValue returns the field name of match.Options from c.o, by reflection.
func (c *ctx) optionValue(name string) (reflect.Value, bool) {
	v := reflect.ValueOf(c.o).FieldByName(name)
	return v, v.IsValid()
}

// settings lists every field of match.Options in declaration order: from optionDocs, from the rule that
// names it, or, for a field neither describes, a row marked missingMark with the value as Go prints it
// (the tests fail on it).
func (c *ctx) settings() []Setting {
	t := reflect.TypeFor[match.Options]()
	var out []Setting
	for i := range t.NumField() {
		name := t.Field(i).Name
		if od := findOption(name); od != nil {
			val, def := od.value(c)
			out = append(out, Setting{Option: name, Label: c.t(od.label), Value: val, Default: def, Meaning: c.t(od.meaning)})
			continue
		}
		if r := ruleFor(name); r != nil {
			on := c.ruleOn(r)
			val := c.t(txtOff)
			if on {
				val = c.t(txtOn)
			}
			out = append(out, Setting{Option: name, Label: c.t(r.title), Value: val, Default: on == r.defaultOn(),
				Meaning: c.t(r.optionMeaning)})
			continue
		}
		v, _ := c.optionValue(name)
		out = append(out, Setting{Option: name, Label: name, Value: fmt.Sprint(v.Interface()), Meaning: missingMark})
	}
	return out
}

// findOption returns the optionDoc for a field of match.Options, or nil.
func findOption(name string) *optionDoc {
	for i := range optionDocs {
		if optionDocs[i].field == name {
			return &optionDocs[i]
		}
	}
	return nil
}

// ruleFor returns the rule an option switches, or nil.
func ruleFor(option string) *ruleDoc {
	for i := range rules {
		if rules[i].option == option {
			return &rules[i]
		}
	}
	return nil
}

// ruleOn reports whether a switchable rule is on under c.o: its option's bool value equals onWhen.
func (c *ctx) ruleOn(r *ruleDoc) bool {
	v, ok := c.optionValue(r.option)
	if !ok || v.Kind() != reflect.Bool {
		return false // the tests check that every rule option is a bool field
	}
	return v.Bool() == r.onWhen
}

// rule renders one rule: its state, its text and its examples compared under c.o.
func (c *ctx) rule(r *ruleDoc) Rule {
	out := Rule{ID: r.id, Title: c.t(r.title), State: StateAlways, Option: r.option, Reasons: []string{}}
	switch {
	case r.option != "":
		out.State = StateOff
		if c.ruleOn(r) {
			out.State = StateOn
		}
	case r.onFn != nil:
		out.Option, out.State = r.setting, StateOff
		if r.onFn(c) {
			out.State = StateOn
		}
	case r.setting != "":
		out.Option = r.setting
	}
	if r.text != nil {
		out.Text = r.text(c)
	} else {
		out.Text = c.t(r.plain)
	}
	for _, rs := range r.reasons {
		out.Reasons = append(out.Reasons, rs.String())
	}
	for _, ex := range r.examples {
		if ex.minPolicy <= c.version {
			out.Examples = append(out.Examples, c.example(ex))
		}
	}
	return out
}

// example compares one example under c.o.
func (c *ctx) example(ex exampleDoc) Example {
	v := c.m.Compare(ex.merchant, ex.provider)
	f := v.Field(ex.field)
	out := Example{
		Merchant: party(ex.merchant), Provider: party(ex.provider),
		Field: ex.field.String(), Status: f.Status.String(), Reasons: []string{}, Flags: []string{},
		Decision: v.Decision.String(), Failing: []string{},
	}
	if f.Scored {
		s, _ := strconv.ParseFloat(strconv.FormatFloat(f.Score, 'f', 4, 64), 64)
		out.Score = &s
	}
	for r := range f.Reasons.All() {
		out.Reasons = append(out.Reasons, r.String())
	}
	for fl := range f.Flags.All() {
		out.Flags = append(out.Flags, fl.String())
	}
	var names []string
	for _, fl := range v.Failing() {
		out.Failing = append(out.Failing, fl.String())
		names = append(names, c.t(fieldNames[fl]))
	}
	out.Outcome = c.t(decisionWords[v.Decision])
	if len(names) > 0 {
		out.Outcome += ": " + strings.Join(names, ", ")
	}
	out.Detail = c.t(fieldNames[ex.field]) + ": " + c.t(statusWords[f.Status])
	// The score explains a match only when the similarity made it (a rule such as extra-names matches
	// whatever the whole-name score); it always explains a mismatch.
	if f.Scored && (f.Status != match.StatusMatch || f.Reasons.Has(match.ReasonFuzzy)) {
		out.Detail += ", " + c.pct(f.Score)
	}
	codes := slices.Clone(out.Reasons)
	for _, fl := range out.Flags {
		if !slices.Contains(codes, fl) { // mixed-script is a reason and a flag
			codes = append(codes, fl)
		}
	}
	if len(codes) > 0 {
		out.Detail += " (" + strings.Join(codes, ", ") + ")"
	}
	return out
}

// party copies a record for display.
func party(r match.Record) Party {
	return Party{FirstName: r.FirstName, LastName: r.LastName, DOB: r.DOB, Email: r.Email}
}

// glossary explains every decision, status, reason and flag the match package defines. The codes are
// enumerated from match itself (a value past the last one prints as "kind(n)"), so a code added to match
// without a text here shows missingMark and fails the tests.
func (c *ctx) glossary() []Term {
	var out []Term
	add := func(kind, code string) {
		x, ok := glossaryTexts[kind+":"+code]
		text := missingMark
		if ok {
			text = c.t(x)
		}
		out = append(out, Term{Kind: kind, Code: code, Meaning: text})
	}
	for _, d := range codes[match.Decision]("decision") {
		add("decision", d.String())
	}
	for _, s := range codes[match.Status]("status") {
		add("status", s.String())
	}
	for _, r := range codes[match.Reason]("reason") {
		add("reason", r.String())
	}
	for _, f := range codes[match.Flag]("flag") {
		add("flag", f.String())
	}
	return out
}

// codes enumerates the values of one of match's code types (Decision, Status, Reason, Flag) from its
// String method: a value without a name ("", the unset zero value) is skipped, and the first value that
// prints as "kind(n)" (match's form for a value past the last one) ends the list.
func codes[T interface {
	~uint8
	String() string
}](kind string) []T {
	var out []T
	for i := range 256 {
		v := T(i)
		name := v.String()
		if strings.HasPrefix(name, kind+"(") {
			break
		}
		if name != "" {
			out = append(out, v)
		}
	}
	return out
}
