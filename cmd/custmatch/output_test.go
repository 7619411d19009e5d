package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outputVerdicts compares records whose verdicts the output tests write (with Options.Transliterate):
// exact, fuzzy, swapped, transliterated, missing values, a bidi control and HTML characters.
func outputVerdicts(t testing.TB) []match.Verdict {
	m, err := match.New(match.Options{Transliterate: true, Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	var vs []match.Verdict
	for _, p := range [][2]match.Record{
		{{FirstName: "Max", LastName: "Mustermann", DOB: "1990-09-28"}, {FirstName: "Max", LastName: "Mustermann", DOB: "28.09.1990"}},
		{{FirstName: "Maximillian", LastName: "Mußterman", DOB: "05/04/1986", Email: "MAX@example.com"}, {FirstName: "Max", LastName: "Mussterman", DOB: "1986-04-05"}},
		{{FirstName: "Дмитрий", LastName: "Иванов"}, {FirstName: "Dmitry", LastName: "Ivanov"}},
		{{FirstName: "Γιώργος", LastName: "Müller"}, {FirstName: "Yiorgos", LastName: "Mueller", DOB: "1986"}},
		{{FirstName: "Mustermann", LastName: "Max"}, {FirstName: "Max\u202e", LastName: "<b>&"}},
	} {
		vs = append(vs, m.Compare(p[0], p[1]))
	}
	return vs
}

// TestOutputReasons: the CSV reasons columns name the same reasons as the JSON, with the
// transliteration scheme ("transliterated:icao").
func TestOutputReasons(t *testing.T) {
	c := &batchCmd{}
	c.cols[colID] = 0
	schemes := 0
	for i, v := range outputVerdicts(t) {
		it := &item{row: i + 1, id: "r"}
		row := c.appendRow(nil, it, &v, v.Failing())
		rec, err := csv.NewReader(bytes.NewReader(row)).Read()
		require.NoError(t, err, string(row))
		require.Len(t, rec, 3+3*match.NumFields)
		var back struct {
			Fields []struct {
				Reasons []string `json:"reasons"`
			} `json:"fields"`
		}
		require.NoError(t, json.Unmarshal(v.AppendJSON(nil, nil, nil), &back))
		for f := range v.Fields {
			assert.Equal(t, strings.Join(back.Fields[f].Reasons, ";"), rec[3+3*f+2], "row %d field %d", i, f)
			if v.Fields[f].Transliteration != 0 {
				schemes++
				assert.Contains(t, rec[3+3*f+2], "transliterated:"+v.Fields[f].Transliteration.String())
			}
		}
	}
	assert.GreaterOrEqual(t, schemes, 2, "transliterated fields in the test records")
}

// TestJSONRowAgreesWithMarshalJSON: a JSON Lines row is {"id":…,"row":N, then the members
// Verdict.MarshalJSON writes (for the redacted verdict unless --values), then "message" with --lang.
func TestJSONRowAgreesWithMarshalJSON(t *testing.T) {
	for _, v := range outputVerdicts(t) {
		for _, c := range []struct {
			values, msg bool
		}{{false, false}, {true, false}, {false, true}, {true, true}} {
			want := v
			if !c.values {
				want = v.Redacted()
			}
			own, err := json.Marshal(want)
			require.NoError(t, err)
			text := "Bitte prüfen Sie <Ihren> Namen & \u202e"
			got := appendJSONRow([]byte("prev\n"), "id\u200b\"7", 42, &v, c.values, c.msg, text)
			require.True(t, bytes.HasPrefix(got, []byte("prev\n")))
			got = got[len("prev\n"):]
			exp := `{"id":"id\u200b\"7","row":42,` + string(own[1:len(own)-1])
			if c.msg {
				exp += `,"message":"Bitte prüfen Sie \u003cIhren\u003e Namen \u0026 \u202e"`
			}
			assert.Equal(t, exp+"}\n", string(got))
			assert.True(t, json.Valid(got))
			if !c.values {
				assert.NotContains(t, string(got), `"merchant"`)
				assert.NotContains(t, string(got), `"provider"`)
			}
			var back match.Verdict
			require.NoError(t, json.Unmarshal(got, &back))
			assert.Equal(t, want.Decision, back.Decision)
			assert.Equal(t, want.Fields[match.FirstName].Merchant, back.Fields[match.FirstName].Merchant)
		}
	}
}
