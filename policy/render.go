package policy

import (
	"bufio"
	"embed"
	"encoding/json"
	"html/template"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/internal/textrule"
)

// The words of the rendered layout (headings, column names), in every language.
var (
	lblSettings = tr{"Settings in effect", "Geltende Einstellungen"}
	lblSetting  = tr{"Setting", "Einstellung"}
	lblValue    = tr{"Value", "Wert"}
	lblMeaning  = tr{"Meaning", "Bedeutung"}
	lblDefault  = tr{"default", "Standard"}
	lblMerchant = tr{"Merchant", "Händler"}
	lblProvider = tr{"Provider", "Anbieter"}
	lblResult   = tr{"Result", "Ergebnis"}
	lblEmpty    = tr{"(empty)", "(leer)"}
	lblCodes    = tr{"Codes in a verdict", "Codes im Ergebnis"}
	lblCodesTxt = tr{
		"Each verdict carries a decision and, for each field, a status, reasons and flags. Their codes are stable; this is what they mean.",
		"Jedes Ergebnis enthält eine Entscheidung und für jedes Feld einen Status, Gründe und Markierungen. Die Codes sind stabil; sie bedeuten Folgendes.",
	}
	lblCode  = tr{"Code", "Code"}
	lblKinds = map[string]tr{
		"decision": {"Decisions", "Entscheidungen"},
		"status":   {"Field statuses", "Feldstatus"},
		"reason":   {"Reasons", "Gründe"},
		"flag":     {"Flags", "Markierungen"},
	}
	lblStates = map[string]tr{
		StateOn:  {"on", "an"},
		StateOff: {"off", "aus"},
	}
	lblAlways = tr{"always", "immer"}
)

// view is the language-bound helper the renderers use.
type view struct {
	d *Document
	c ctx
}

func newView(d *Document) *view {
	li := 0
	tag, err := language.Parse(d.Lang)
	if err == nil {
		base, _ := tag.Base()
		for i, t := range languages {
			if b, _ := t.Base(); b == base {
				li = i
			}
		}
	}
	return &view{d: d, c: ctx{l: li}}
}

// T returns x in the document's language.
func (v *view) T(x tr) string { return v.c.t(x) }

// State words a rule's state: "" for always.
func (v *view) State(s string) string {
	if x, ok := lblStates[s]; ok {
		return v.c.t(x)
	}
	return ""
}

// Value renders a setting's value, marked when it is the default.
func (v *view) Value(s Setting) string {
	if s.Default {
		return s.Value + " (" + v.c.t(lblDefault) + ")"
	}
	return s.Value
}

// Party renders one side of an example: first / last [/ date of birth] [/ email], with columns that
// either side of the example fills.
func (v *view) Party(p, other Party) string {
	parts := []string{v.cell(p.FirstName), v.cell(p.LastName)}
	if p.DOB != "" || other.DOB != "" {
		parts = append(parts, v.cell(p.DOB))
	}
	if p.Email != "" || other.Email != "" {
		parts = append(parts, v.cell(p.Email))
	}
	return strings.Join(parts, " / ")
}

// cell shows a value, (empty) for an empty one, hidden characters as <U+XXXX>.
func (v *view) cell(s string) string {
	if s == "" {
		return v.c.t(lblEmpty)
	}
	return textrule.Visible(s)
}

// Result renders an example's outcome and detail.
func (v *view) Result(e Example) string { return e.Outcome + " — " + e.Detail }

// Kinds groups the glossary by kind, in order of first appearance.
func (v *view) Kinds() []glossaryGroup {
	var out []glossaryGroup
	for _, t := range v.d.Glossary {
		if len(out) == 0 || out[len(out)-1].Kind != t.Kind {
			out = append(out, glossaryGroup{Kind: t.Kind, Title: v.c.t(lblKinds[t.Kind])})
		}
		out[len(out)-1].Terms = append(out[len(out)-1].Terms, t)
	}
	return out
}

type glossaryGroup struct {
	Kind, Title string
	Terms       []Term
}

// WriteMarkdown writes the document as Markdown (CommonMark with GitHub tables).
func (d *Document) WriteMarkdown(w io.Writer) error {
	v := newView(d)
	b := bufio.NewWriter(w)
	row := func(cells ...string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + mdCell(c) + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("# " + d.Title + "\n\n")
	for _, p := range d.Intro {
		b.WriteString(p + "\n\n")
	}
	b.WriteString("## " + v.T(lblSettings) + "\n\n")
	row(v.T(lblSetting), v.T(lblValue), v.T(lblMeaning))
	b.WriteString("|---|---|---|\n")
	for _, s := range d.Settings {
		row(s.Label, v.Value(s), s.Meaning)
	}
	for _, sec := range d.Sections {
		b.WriteString("\n## " + sec.Title + "\n\n")
		if sec.Intro != "" {
			b.WriteString(sec.Intro + "\n")
		}
		for _, r := range sec.Rules {
			b.WriteString("\n### " + r.Title)
			if st := v.State(r.State); st != "" {
				b.WriteString(" (" + st + ")")
			}
			b.WriteString("\n\n" + r.Text + "\n")
			if len(r.Examples) == 0 {
				continue
			}
			b.WriteString("\n")
			row(v.T(lblMerchant), v.T(lblProvider), v.T(lblResult))
			b.WriteString("|---|---|---|\n")
			for _, e := range r.Examples {
				row(v.Party(e.Merchant, e.Provider), v.Party(e.Provider, e.Merchant), v.Result(e))
			}
		}
	}
	b.WriteString("\n## " + v.T(lblCodes) + "\n\n" + v.T(lblCodesTxt) + "\n")
	for _, g := range v.Kinds() {
		b.WriteString("\n### " + g.Title + "\n\n")
		row(v.T(lblCode), v.T(lblMeaning))
		b.WriteString("|---|---|\n")
		for _, t := range g.Terms {
			row("`"+t.Code+"`", t.Meaning)
		}
	}
	return b.Flush()
}

// mdCell escapes a table cell: a pipe would end the cell, a line break the row.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

//go:embed document.html.tmpl
var templates embed.FS

// page is the HTML template, parsed once; a *template.Template is safe for concurrent Execute.
var page = template.Must(template.New("document.html.tmpl").ParseFS(templates, "document.html.tmpl"))

// WriteHTML writes the document as one self-contained HTML page (inline style, no scripts). Every text
// is escaped by html/template.
func (d *Document) WriteHTML(w io.Writer) error {
	v := newView(d)
	b := bufio.NewWriter(w)
	err := page.Execute(b, map[string]any{
		"D": d, "V": v,
		"Settings": lblSettings, "Setting": lblSetting, "Value": lblValue, "Meaning": lblMeaning,
		"Merchant": lblMerchant, "Provider": lblProvider, "Result": lblResult,
		"Codes": lblCodes, "CodesText": lblCodesTxt, "Code": lblCode,
	})
	if err != nil {
		return err
	}
	return b.Flush()
}

// WriteJSON writes the document as indented JSON (the Document's struct tags), one value and a newline.
func (d *Document) WriteJSON(w io.Writer) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	e.SetEscapeHTML(false)
	return e.Encode(d)
}
