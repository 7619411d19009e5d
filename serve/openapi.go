package serve

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/translit"
)

// allCodes lists every Code, for the OpenAPI document and its test.
var allCodes = []Code{
	CodeInvalidJSON, CodeInvalidUTF8, CodeReplacement, CodeLoneSurrogate, CodeUnknownField,
	CodeWrongType, CodeDuplicateKey, CodeMissingRecord, CodeConflictingRecord, CodeInvalidPayload, CodeInvalidID,
	CodeLineTooLong, CodeBodyTooLarge, CodeBodyRead, CodeMediaType, CodeUnauthorized, CodeForeignHost, CodeNotFound,
	CodeMethod, CodeSaturated, CodeShuttingDown, CodeInternal,
}

// enumNames returns the names of an enumeration of match, from start up to the first value without a
// name of its own (match names values outside its table "kind(n)").
func enumNames[T ~uint8](start T) []string {
	var names []string
	for v := start; ; v++ {
		s := fmt.Sprint(v)
		if s == "" || strings.ContainsRune(s, '(') {
			return names
		}
		names = append(names, s)
		if v == 255 {
			return names
		}
	}
}

// OpenAPI returns the OpenAPI 3.1 document of the API, as /openapi.json serves it. The enumerations
// of field, status, reason and flag names and of error codes are filled in from the match package and
// this one, so the document cannot fall behind the policy. The caller must not modify the result.
var OpenAPI = sync.OnceValue(func() []byte {
	var doc map[string]any
	if err := json.Unmarshal(openAPITemplate, &doc); err != nil {
		panic("serve: openapi.json is not JSON: " + err.Error()) // a build defect, caught by every test
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	prop := func(schema string, path ...string) map[string]any {
		m := schemas[schema].(map[string]any)
		for _, p := range path {
			m = m[p].(map[string]any)
		}
		return m
	}
	codes := make([]string, len(allCodes))
	for i, c := range allCodes {
		codes[i] = string(c)
	}
	prop("FieldName")["enum"] = enumNames(match.FirstName)
	prop("FieldResult", "properties", "status")["enum"] = enumNames(match.StatusMatch)
	// A transliteration's reason carries its scheme, as match writes it (FieldResult.Transliteration):
	// "transliterated:icao". TestOpenAPIEnums reads every name back through match.
	reasons := enumNames(match.ReasonExact)
	for _, scheme := range enumNames(translit.ICAO) {
		reasons = append(reasons, match.ReasonTransliterated.String()+":"+scheme)
	}
	prop("FieldResult", "properties", "reasons", "items")["enum"] = reasons
	prop("FieldResult", "properties", "flags", "items")["enum"] = enumNames(match.FlagInvisibleRemoved)
	prop("Error", "properties", "code")["enum"] = codes
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		panic("serve: marshalling the OpenAPI document: " + err.Error())
	}
	return append(out, '\n')
})
