package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/messages"
)

// leftover finds what a rendered message must never hold: a formatting error or an unreplaced verb, and
// a catalog key printed in place of a missing translation.
var leftover = regexp.MustCompile(`%[!\[a-z]|\b(decline|review|provider|field|detail|where|value|list)\.[a-z_]+`)

// heading is the first line of a message in the text output.
var heading = regexp.MustCompile(`^== (\S+): (\S+) \((\S+)\)$`)

// TestMessagesAllLanguages runs "custmatch messages --lang all" and checks every variant in every
// language: present once, non-empty, with the variant's key, without a leftover, and (outside English)
// not the English text, which is what a missing translation falls back to.
func TestMessagesAllLanguages(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"messages", "--lang", "all", "--provider-name", "paysafecard", "--change-url", "https://shop.example/account"},
		nil, &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())
	require.Empty(t, stderr.String())

	type entry struct{ key, text string }
	got := map[string]map[string]entry{} // language → variant → message
	blocks := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n\n")
	for _, b := range blocks {
		lines := strings.Split(b, "\n")
		require.Len(t, lines, 3, "a message block is heading, title, text: %q", b)
		m := heading.FindStringSubmatch(lines[0])
		require.NotNil(t, m, lines[0])
		if got[m[1]] == nil {
			got[m[1]] = map[string]entry{}
		}
		_, dup := got[m[1]][m[2]]
		assert.False(t, dup, "%s %s twice", m[1], m[2])
		got[m[1]][m[2]] = entry{m[3], lines[2]}
	}
	variants := messages.Variants()
	require.Len(t, got, len(messages.Supported()))
	for _, lang := range messages.Supported() {
		for _, v := range variants {
			t.Run(lang.String()+"/"+v.Name, func(t *testing.T) {
				e, ok := got[lang.String()][v.Name]
				require.True(t, ok, "missing from the output")
				assert.Equal(t, string(v.Key), e.key)
				assert.NotEmpty(t, e.text)
				assert.NotRegexp(t, leftover, e.text)
				if lang != language.English {
					assert.NotEqual(t, got["en"][v.Name].text, e.text, "the English text: a missing translation")
				}
			})
		}
	}
}

func TestMessageTags(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []language.Tag
	}{
		{"all", messages.Supported()},
		{"ALL", messages.Supported()},
		{"de", []language.Tag{language.German}},
		{"de-AT", []language.Tag{language.German}},
		{"pt-PT", []language.Tag{language.EuropeanPortuguese}},
		{"pt-BR", []language.Tag{language.Portuguese}},
		{"ja", nil},
		{"und", nil},
		{"", nil},
		{"x!", nil},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := messageTags(c.in)
			if c.want == nil {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}
