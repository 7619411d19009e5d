package messages_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/tools/txtar"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

var update = flag.Bool("update", false, "update golden files")

// wantKeys is the message each variant must give: a change in match or in Render that moves a variant
// to another message fails here, not only in a golden diff.
var wantKeys = map[string]messages.Key{
	"first_name":               messages.KeyFirstName,
	"last_name":                messages.KeyLastName,
	"dob":                      messages.KeyDOB,
	"dob_day_month_swapped":    messages.KeyDOBDayMonthSwapped,
	"dob_invalid_merchant":     messages.KeyDOBInvalidDate,
	"dob_invalid_provider":     messages.KeyProviderValue,
	"several":                  messages.KeyMultiple,
	"several_invalid_provider": messages.KeyCheckBoth,
	"email":                    messages.KeyEmail,
	"review":                   messages.KeyReview,
	"generic":                  messages.KeyGeneric,
}

func TestVariants(t *testing.T) {
	vs := messages.Variants()
	names := make([]string, len(vs))
	keys := map[messages.Key]bool{}
	for i, v := range vs {
		names[i] = v.Name
		keys[v.Key] = true
		t.Run(v.Name, func(t *testing.T) {
			want, ok := wantKeys[v.Name]
			require.True(t, ok, "variant without an expected key")
			assert.Equal(t, want, v.Key, v.Verdict.String())
			assert.Equal(t, v.Name != "generic", v.Compared)
			assert.NotEmpty(t, v.Title)
			assert.Regexp(t, `^[a-z_]+$`, v.Name)
			assert.Equal(t, match.PolicyVersion, v.Verdict.Policy)
		})
	}
	assert.Len(t, names, len(wantKeys))
	// Every message Render can return for a decline or review has a variant.
	for _, k := range []messages.Key{messages.KeyFirstName, messages.KeyLastName, messages.KeyDOB,
		messages.KeyDOBDayMonthSwapped, messages.KeyDOBInvalidDate, messages.KeyEmail, messages.KeyMultiple,
		messages.KeyProviderValue, messages.KeyCheckBoth, messages.KeyGeneric, messages.KeyReview} {
		assert.True(t, keys[k], "no variant gives %s", k)
	}
	// The provider's sample values are what the variants show.
	byName := map[string]messages.Variant{}
	for _, v := range vs {
		byName[v.Name] = v
	}
	assert.Equal(t, "Maximillian", byName["first_name"].Merchant.FirstName)
	assert.Equal(t, "Max", byName["first_name"].Provider.FirstName)
	assert.Equal(t, "Must", byName["last_name"].Merchant.LastName)
	assert.Equal(t, "Mustermann", byName["last_name"].Provider.LastName)
	assert.Equal(t, "1988-07-23", byName["dob"].Merchant.DOB)
	assert.Equal(t, "1988-01-01", byName["dob"].Provider.DOB)
}

// leftovers finds what a rendered text must never hold: a formatting error or an unreplaced verb
// (%!, %s, %[1]s, %v, %d), catalog or template syntax ({…}, ${…}), a test placeholder («A1»), a
// form-letter article (Hungarian "a(z)"), or a catalog key printed in place of a missing translation.
var leftovers = regexp.MustCompile(`%[!\[a-z]|[{}]|«|»|\(z\)|\b(decline|provider|field|detail|where|value|list)\.[a-z_]+`)

// renderOptions are the Options every variant is rendered with in the golden files.
var renderOptions = []struct {
	suffix string
	o      messages.Options
}{
	{"", messages.Options{ProviderName: "paysafecard"}},
	{".neutral_url", messages.Options{ChangeURL: "https://shop.example/account"}},
	{".long", messages.Options{ProviderName: "paysafecard", DateStyle: messages.DateLong}},
}

// showsFullDate reports whether v's message shows a date of birth read as a full date: only those
// renderings differ between date styles, and only those the golden files hold in the long style.
func showsFullDate(v match.Verdict) bool {
	f := v.Field(match.DOB)
	full := func(d dob.Date) bool { return d.Day != 0 && d.Month != 0 }
	return v.Decision == match.Decline && slices.Contains(v.Failing(), match.DOB) &&
		(full(f.MerchantDate) || full(f.ProviderDate))
}

// TestVariantsRenderClean renders every variant in every language with every option set and checks that
// no text is empty, falls back to another language's sentence, or holds a leftover.
func TestVariantsRenderClean(t *testing.T) {
	for _, tag := range messages.Supported() {
		for _, v := range messages.Variants() {
			for _, ro := range renderOptions {
				t.Run(tag.String()+"/"+v.Name+ro.suffix, func(t *testing.T) {
					m := messages.Render(v.Verdict, tag, ro.o)
					assert.Equal(t, v.Key, m.Key)
					assert.Equal(t, tag, m.Tag)
					require.NotEmpty(t, m.Text)
					assert.Nil(t, leftovers.FindStringIndex(m.Text), "leftover %q in %q", leftovers.FindString(m.Text), m.Text)
					if tag != language.English {
						assert.NotContains(t, m.Text, "Your transaction", "English fallback")
					}
				})
			}
		}
	}
}

// goldenExtras are verdicts the golden files show besides the variants: texts a reviewer must read that
// the provider's samples do not produce.
func goldenExtras(t *testing.T) []messages.Variant {
	m, err := match.New(match.Options{})
	require.NoError(t, err)
	p := match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"}
	unknown := m.Compare(match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-02-30"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "05/04/1988"})
	emptyAtProvider := m.Compare(p, p)
	emptyAtProvider.Decision = match.Decline
	f := &emptyAtProvider.Fields[match.LastName]
	f.Status, f.Provider, f.Reasons = match.StatusMismatch, "\u200b", match.Reasons(0).With(match.ReasonDifferent)
	return []messages.Variant{
		{Name: "extra_dob_invalid_side_unknown", Verdict: unknown},
		{Name: "extra_value_empty_at_provider", Verdict: emptyAtProvider},
	}
}

// TestGolden renders every variant in every language, with and without a provider name and change
// address, into testdata/golden/<lang>.txtar (one file per rendering: the key, then the text), so that a
// reviewer reads the texts as customers see them and any change shows in a diff. Run with -update to
// rewrite.
func TestGolden(t *testing.T) {
	vs := append(messages.Variants(), goldenExtras(t)...)
	for _, tag := range messages.Supported() {
		t.Run(tag.String(), func(t *testing.T) {
			ar := &txtar.Archive{Comment: []byte("Every customer message variant in " + tag.String() +
				", rendered by TestGolden (go test ./messages -run TestGolden -update rewrites this file).\n" +
				"<variant>.txt: provider paysafecard, no change address; <variant>.neutral_url.txt: neutral " +
				"provider, change address https://shop.example/account; <variant>.long.txt (variants showing a " +
				"full date of birth): provider paysafecard, DateLong.\n")}
			for _, v := range vs {
				for _, ro := range renderOptions {
					if ro.o.DateStyle == messages.DateLong && !showsFullDate(v.Verdict) {
						continue
					}
					m := messages.Render(v.Verdict, tag, ro.o)
					ar.Files = append(ar.Files, txtar.File{Name: v.Name + ro.suffix + ".txt",
						Data: []byte("key: " + string(m.Key) + "\n" + m.Text + "\n")})
				}
			}
			golden(t, filepath.Join("testdata", "golden", tag.String()+".txtar"), txtar.Format(ar))
		})
	}
}

// golden compares got with the file at path, rewriting it first under -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./messages -update to create the golden files")
	if !bytes.Equal(want, got) {
		assert.Equal(t, string(want), string(got), path)
	}
}

// TestHTML checks the HTML rendering: values escaped, the change address a link only when it is an http
// or https URL, and a golden page of every variant in English.
func TestHTML(t *testing.T) {
	v := verdict(match.Decline, mismatch(match.FirstName, `<script>alert("x")</script>`, "Max & Moritz"))
	tests := []struct {
		name string
		o    messages.Options
		want []string
		not  []string
	}{
		{"escaped, no link", messages.Options{ProviderName: "<b>Pay</b>"},
			[]string{`lang="en"`, `data-key="decline.first_name"`, "&lt;script&gt;", "Max &amp; Moritz", "&lt;b&gt;Pay&lt;/b&gt;", " here "},
			[]string{"<script", "<a ", "<b>"}},
		{"https link", messages.Options{ChangeURL: "https://shop.example/account?a=1&b=2"},
			[]string{`<a href="https://shop.example/account?a=1&amp;b=2">https://shop.example/account?a=1&amp;b=2</a> and retry`}, nil},
		{"javascript is text", messages.Options{ChangeURL: "javascript:alert(1)"},
			[]string{"at javascript:alert(1) and retry"}, []string{"<a "}},
		{"relative is text", messages.Options{ChangeURL: "/account"},
			[]string{"at /account and retry"}, []string{"<a "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(messages.HTML(messages.Render(v, language.English, tt.o), tt.o))
			assert.True(t, strings.HasPrefix(got, `<div class="custmatch-message"`), got)
			for _, s := range tt.want {
				assert.Contains(t, got, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, got, s)
			}
		})
	}

	o := messages.Options{ProviderName: "paysafecard", ChangeURL: "https://shop.example/account"}
	var items []messages.PageItem
	for _, tag := range []language.Tag{language.English, language.German} {
		for _, v := range messages.Variants() {
			items = append(items, messages.PageItem{Caption: v.Title, Message: messages.Render(v.Verdict, tag, o)})
		}
	}
	var b bytes.Buffer
	require.NoError(t, messages.WritePage(&b, "Customer messages", items, o))
	golden(t, filepath.Join("testdata", "golden", "page.html"), b.Bytes())
}
